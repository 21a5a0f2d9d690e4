package io.xwindow.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Importing the package where there is no DOM, as server-side rendering does (Next.js, Nuxt,
 * Angular): nothing throws, no global appears, nothing reads window or document; each module has
 * its global's members, as named exports and in its default export.
 */
@Tag(Lane.BUNDLE)
@Tag(Lane.NODE)
class NodeImportTest {
  /** The members of each global, as the script tag defines it. */
  private static final Map<String, List<String>> MEMBERS = Map.of(
      "post-robot", List.of("cleanUpWindow", "on", "once", "send", "stats", "version"),
      "xcomponent", List.of("CLOSE_REASON", "CONTEXT", "EVENT", "PROP_SERIALIZATION", "PROP_TYPE",
          "create", "destroy", "destroyAll", "destroyComponents", "isChild", "version"),
      "beaver-logger", List.of("LOG_LEVEL", "Logger", "PROTOCOL", "version"),
      "memcookies", List.of("allowOrigins", "auto", "getCookies", "getHeaderName", "patchFetch",
          "patchXhr", "setCookies", "setHeaderName", "version"));

  /** The subpaths with xcomponent's API: zoid, and the child's builds of both. */
  private static final Set<String> XCOMPONENTS_API = Set.of("zoid", "xcomponent-child", "zoid-child");

  private static Path dir;

  @BeforeAll
  static void install() throws IOException {
    dir = Npm.consumer("node-import", "{\"private\":true}\n");
    for (String script : List.of("watch-globals.mjs", "import-in-node.mjs", "require-in-node.cjs", "addon-in-node.mjs")) {
      try (InputStream in = NodeImportTest.class.getResourceAsStream(script)) {
        Files.copy(in, dir.resolve(script));
      }
    }
  }

  @Test
  void importingEverySubpathDefinesNoGlobalAndTouchesNoWindow() {
    String seen = node("import-in-node.mjs");

    assertTrue(seen.contains("\"added\":[],\"touched\":[]"), seen);
  }

  @Test
  void eachModuleHasItsGlobalsMembersAsNamedExportsAndInItsDefault() {
    String seen = node("import-in-node.mjs");

    for (String subpath : Npm.subpaths()) {
      List<String> members = MEMBERS.get(XCOMPONENTS_API.contains(subpath) ? "xcomponent" : subpath);
      String list = "[\"" + String.join("\",\"", members) + "\"]";
      String shape = "\"" + subpath + "\":{\"named\":" + list + ",\"defaultKeys\":" + list
          + ",\"sameMembers\":true,\"version\":\"" + Npm.version() + "\"}";
      assertTrue(seen.contains(shape), "no " + shape + " in\n" + seen);
    }
  }

  @Test
  void requiringEverySubpathWorksToo() {
    String seen = node("require-in-node.cjs");

    assertTrue(seen.startsWith("{\"added\":0,"), seen);
    for (String subpath : Npm.subpaths()) {
      assertTrue(seen.contains("\"" + subpath + "\":{\"keys\":"), seen);
    }
    assertEquals(Npm.subpaths().size(), seen.split("\"version\":\"" + Npm.version() + "\"").length - 1, seen);
  }

  @Test
  void anAddOnImportedOrRequiredRegistersItselfUnderItsSymbolAndTouchesNoWindow() {
    for (String addOn : Npm.addOns()) {
      String seen = Command.succeed(dir, "node", "addon-in-node.mjs", addOn).trim();

      // no global name: only the key of the add-on's registry entry, which no name reaches
      assertEquals("{\"added\":[\"Symbol(xwindow." + addOn + ")\"],\"touched\":[],\"imported\":[],\"required\":[],"
          + "\"registered\":\"function\"}", seen);
    }
  }

  private static String node(String script) {
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(Npm.subpaths());
    return Command.succeed(dir, command.toArray(String[]::new)).trim();
  }
}

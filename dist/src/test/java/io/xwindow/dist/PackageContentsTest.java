package io.xwindow.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Bundles;
import io.xwindow.testkit.Readme;
import io.xwindow.testkit.Lane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the tarball holds, and what its package.json and integrity manifest say. */
@Tag(Lane.BUNDLE)
class PackageContentsTest {
  private final String version = Npm.version();
  private final Path folder = Npm.packageFolder();

  @Test
  void theTarballHoldsThePackageAndNothingElse() {
    List<String> expected = new ArrayList<>(List.of(
        "package/package.json", "package/README.md", "package/LICENSE", "package/CHANGELOG.md",
        "package/dist/integrity.json"));
    for (String lib : everySubpath()) {
      for (String file : List.of("dist/%s.js", "dist/%s.js.map", "dist/%s-" + version + ".min.js",
          "dist/%s.d.ts", "dist/esm/%s.mjs", "dist/esm/%s.d.mts", "dist/cjs/%s.cjs",
          "dist/cjs/%s.d.cts", "%s/package.json")) {
        expected.add("package/" + file.replace("%s", lib));
      }
    }
    String listing = Command.succeed(Npm.tarball().getParent(), "tar", "-tzf", Npm.tarball().toString());

    assertEquals(new TreeSet<>(expected), new TreeSet<>(List.of(listing.trim().split("\n"))));
  }

  @Test
  void packageJsonHasTheMavenVersionAndEachSubpathWithItsTypesFirst() throws IOException {
    String json = Files.readString(folder.resolve("package.json"));

    assertTrue(json.contains("\"name\": \"xwindow\""), json);
    assertTrue(json.contains("\"version\": \"" + version + "\""), json);
    assertTrue(json.contains("\"license\": \"Apache-2.0\""), json);
    // a bundler keeps an add-on's import for its side effect (registering itself), and drops an unused library's
    assertTrue(json.contains("\"sideEffects\": [\n    \"./dist/*.js\",\n    \"./dist/esm/beaver-vitals.mjs\",\n"
        + "    \"./dist/cjs/beaver-vitals.cjs\",\n    \"./dist/esm/beaver-transitions.mjs\",\n"
        + "    \"./dist/cjs/beaver-transitions.cjs\"\n  ]"), json);
    assertTrue(json.contains("\"unpkg\": \"./dist/post-robot.js\""), json);
    assertTrue(json.contains("\"jsdelivr\": \"./dist/post-robot.js\""), json);
    for (String lib : everySubpath()) {
      for (String condition : List.of("import", "require")) {
        String kind = condition.equals("import") ? "esm" : "cjs";
        String ext = condition.equals("import") ? "m" : "c";
        String entry = "\"" + condition + "\": {\n        \"types\": \"./dist/" + kind + "/" + lib
            + ".d." + ext + "ts\",\n        \"default\": \"./dist/" + kind + "/" + lib + "." + ext + "js\"\n      }";
        assertTrue(json.contains(entry), "no " + entry + " in\n" + json);
      }
    }
  }

  @Test
  void eachScriptTagFileIsTheTestedBundleWithItsSourceMapAndAVersionedCopy() throws IOException {
    for (String lib : everySubpath()) {
      byte[] tested = Files.readAllBytes(Bundles.path(lib + ".js"));
      byte[] shipped = Files.readAllBytes(folder.resolve("dist/" + lib + ".js"));
      String comment = "//# sourceMappingURL=" + lib + ".js.map\n";

      assertEquals(new String(tested, "UTF-8") + comment, new String(shipped, "UTF-8"), lib);
      assertArrayEquals(shipped, Files.readAllBytes(folder.resolve("dist/" + lib + "-" + version + ".min.js")), lib);
      String map = Files.readString(folder.resolve("dist/" + lib + ".js.map"));
      assertTrue(map.contains("\"file\":\"./" + lib + ".js\""), lib + " map: " + map.substring(0, 200));
      // our own sources travel inside the map: a page's developer tools show the Java
      assertTrue(map.contains("\"io/xwindow/") && map.contains("public final class"), lib + ": no Java inside its map");
    }
  }

  @Test
  void theManifestGivesEachFileItsSha384() throws Exception {
    String manifest = Files.readString(folder.resolve("dist/integrity.json"));
    Matcher entry = Pattern.compile("\"([^\"]+)\": \\{\\s*\"integrity\": \"(sha384-[^\"]+)\",\\s*\"bytes\": (\\d+)").matcher(manifest);
    List<String> listed = new ArrayList<>();
    while (entry.find()) {
      byte[] bytes = Files.readAllBytes(folder.resolve("dist").resolve(entry.group(1)));
      assertEquals(sri(bytes), entry.group(2), entry.group(1));
      assertEquals(bytes.length, Integer.parseInt(entry.group(3)), entry.group(1));
      listed.add(entry.group(1));
    }
    List<String> files;
    try (var all = Files.walk(folder.resolve("dist"))) {
      files = all.filter(Files::isRegularFile).map(f -> folder.resolve("dist").relativize(f).toString())
          .filter(f -> !f.equals("integrity.json")).sorted().collect(Collectors.toList());
    }
    assertEquals(files, listed.stream().sorted().collect(Collectors.toList()));
    assertTrue(manifest.contains("\"version\": \"" + version + "\""), manifest);
  }

  @Test
  void everyTypingsFileNamesTheVersion() throws IOException {
    try (var all = Files.walk(folder.resolve("dist"))) {
      for (Path typings : (Iterable<Path>) all.filter(f -> f.toString().matches(".*\\.d\\.[mc]?ts$"))::iterator) {
        assertTrue(Files.readString(typings).startsWith("// Type definitions for xwindow " + version + ": "), typings.toString());
      }
    }
  }

  @Test
  void theLicenseIsApache2AndTheChangelogHasThisVersion() throws IOException {
    assertTrue(Files.readString(folder.resolve("LICENSE")).contains("Apache License\n                           Version 2.0, January 2004"));
    String release = version.replace("-SNAPSHOT", "");
    assertTrue(Files.readString(folder.resolve("CHANGELOG.md")).contains("\n## [" + release + "]"),
        "CHANGELOG.md has no section for " + release);
  }

  @Test
  void theReadmeShowsEachBundlesScriptTagAsTheBuildMakesIt() throws IOException {
    String tags = Files.readString(Bundles.root().resolve("dist/target/script-tags.html"));
    // five libraries and the child's builds of two, then beaver-logger's two add-ons
    assertEquals(9, tags.lines().count(), tags);
    assertTrue(tags.contains("/dist/xcomponent-child-" + version + ".min.js\""), tags);
    assertTrue(tags.contains("/dist/zoid-child-" + version + ".min.js\""), tags);
    assertTrue(tags.contains("/dist/beaver-vitals-" + version + ".min.js\""), tags);
    assertTrue(tags.contains("/dist/beaver-transitions-" + version + ".min.js\""), tags);

    // the integrity exact in a release only: see ScriptTagLines
    assertEquals(List.of(), ScriptTagLines.problems(Readme.snippet("script-tags"), tags, version),
        "README.md's script tags against this build's (dist/target/script-tags.html; bin/readme-script-tags copies them)");
  }

  @Test
  void theWebJarHasEachScriptTagFileAsThePackageHasIt() throws IOException {
    Path webJar = Bundles.root().resolve("dist/target/classes/META-INF/resources/webjars/xwindow/" + version);
    for (String lib : everySubpath()) {
      for (String file : List.of("%s.js", "%s.js.map", "%s-" + version + ".min.js", "%s.d.ts")) {
        String name = file.replace("%s", lib);
        assertArrayEquals(Files.readAllBytes(folder.resolve("dist/" + name)), Files.readAllBytes(webJar.resolve(name)), name);
      }
    }
  }

  @Test
  void anAddOnsModulesAreItsScriptTagCodeRunWithThePagesGlobalAndExportNothing() throws IOException {
    for (String addOn : Npm.addOns()) {
      String script = Files.readString(Bundles.path(addOn + ".js"));
      String asModule = script.substring(0, script.length() - "}).call(this);\n".length()) + "}).call(globalThis);\n";

      assertEquals(asModule, Files.readString(folder.resolve("dist/esm/" + addOn + ".mjs")), addOn);
      assertEquals("\"use strict\";" + asModule, Files.readString(folder.resolve("dist/cjs/" + addOn + ".cjs")), addOn);
      for (String typings : List.of("dist/%s.d.ts", "dist/esm/%s.d.mts", "dist/cjs/%s.d.cts")) {
        assertTrue(Files.readString(folder.resolve(typings.replace("%s", addOn))).endsWith("\nexport {};\n"), typings);
      }
    }
  }

  private static List<String> everySubpath() {
    List<String> all = new ArrayList<>(Npm.subpaths());
    all.addAll(Npm.addOns());
    return all;
  }

  static String sri(byte[] bytes) throws NoSuchAlgorithmException {
    return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(bytes));
  }
}

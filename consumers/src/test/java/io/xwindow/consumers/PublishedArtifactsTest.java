package io.xwindow.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the build publishes, as it lies in the staging repository. */
class PublishedArtifactsTest {
  private static final List<String> J2CL_LIBRARIES = List.of(
      "xwindow-base", "xwindow-post-robot", "xwindow-xcomponent", "xwindow-beaver-logger", "xwindow-memcookies-client");
  private static final List<String> SERVER_MODULES = List.of(
      "xwindow-beaver-logger-server", "xwindow-memcookies-server", "xwindow-server-kit", "xwindow-webjar-undertow");

  @Test
  void eachJ2clLibrarysJarCarriesWhatJ2clCompilesWithItsSourcesAndJavadoc() throws IOException {
    for (String library : J2CL_LIBRARIES) {
      List<String> entries = entries(file(library, ".jar"));

      assertTrue(entries.stream().anyMatch(e -> e.endsWith(".java")), library + ": no .java in " + entries);
      assertTrue(entries.stream().anyMatch(e -> e.endsWith(".class")), library + ": no .class");
      assertTrue(Files.size(file(library, "-sources.jar")) > 0, library);
      assertTrue(entries(file(library, "-javadoc.jar")).contains("index.html"), library);
    }
    List<String> postRobot = entries(file("xwindow-post-robot", ".jar"));
    assertTrue(postRobot.contains("io/xwindow/postrobot/browser/Guard.native.js"), postRobot.toString());
    assertTrue(postRobot.contains("io/xwindow/postrobot/post-robot.externs.js"), postRobot.toString());
    assertTrue(entries(file("xwindow-base", ".jar")).contains("io/xwindow/base/Version.java"), "the generated Version.java");
  }

  @Test
  void eachServerModuleHasItsSourcesAndJavadoc() throws IOException {
    for (String module : SERVER_MODULES) {
      assertTrue(entries(file(module, "-sources.jar")).stream().anyMatch(e -> e.endsWith(".java")), module);
      assertTrue(entries(file(module, "-javadoc.jar")).contains("index.html"), module);
    }
  }

  @Test
  @Tag(Lane.BUNDLE)
  void theWebJarHasTheBundlesWhereWebJarsAre() throws IOException {
    String dir = "META-INF/resources/webjars/xwindow/" + Consumers.version() + "/";
    List<String> entries = entries(file("xwindow-webjar", ".jar"));

    for (String bundle : List.of("post-robot", "xcomponent", "zoid", "xcomponent-child", "zoid-child", "beaver-logger",
        "beaver-vitals", "beaver-transitions", "memcookies")) {
      assertTrue(entries.contains(dir + bundle + ".js"), bundle);
      assertTrue(entries.contains(dir + bundle + "-" + Consumers.version() + ".min.js"), bundle);
      assertTrue(entries.contains(dir + bundle + ".js.map"), bundle);
    }
    assertTrue(entries.contains(dir + "integrity.json"));
    assertTrue(entries.contains("META-INF/resources/webjars-locator.properties"));
  }

  @Test
  void theKeysetToolIsARunnableJar() throws IOException {
    try (JarFile jar = new JarFile(file("xwindow-memcookies-keyset", ".jar").toFile())) {
      assertEquals("io.xwindow.memcookies.server.seal.KeysetTool", jar.getManifest().getMainAttributes().getValue("Main-Class"));
      assertTrue(jar.getEntry("com/google/crypto/tink/KeysetHandle.class") != null, "Tink inside");
      assertTrue(jar.getEntry("io/undertow/Undertow.class") == null, "no Undertow inside");
    }
  }

  @Test
  void theBomAndTheParentArePublishedAndNothingElse() throws IOException {
    assertTrue(Files.readString(file("xwindow-bom", ".pom")).contains("<artifactId>xwindow-post-robot</artifactId>"));
    assertTrue(Files.isRegularFile(file("xwindow-parent", ".pom")));
    List<String> published;
    try (Stream<Path> dirs = Files.list(Consumers.staging().resolve("io/xwindow"))) {
      published = dirs.map(d -> d.getFileName().toString()).sorted().collect(Collectors.toList());
    }
    assertEquals(List.of("xwindow-base", "xwindow-beaver-logger", "xwindow-beaver-logger-server", "xwindow-bom",
        "xwindow-memcookies-client", "xwindow-memcookies-keyset", "xwindow-memcookies-server", "xwindow-parent",
        "xwindow-post-robot", "xwindow-server-kit", "xwindow-webjar", "xwindow-webjar-undertow", "xwindow-xcomponent"), published);
    // the BOM aligns every artifact a user depends on
    String bom = Files.readString(file("xwindow-bom", ".pom"));
    for (String artifact : published) {
      if (!artifact.equals("xwindow-bom") && !artifact.equals("xwindow-parent")) {
        assertTrue(bom.contains("<artifactId>" + artifact + "</artifactId>"), "the BOM has no " + artifact);
      }
    }
  }

  /**
   * The newest file of {@code artifact} that ends with {@code suffix}: {@code .jar} (the main
   * jar), {@code -sources.jar}, {@code -javadoc.jar} or {@code .pom}.
   */
  private static Path file(String artifact, String suffix) throws IOException {
    Path dir = Consumers.staging().resolve("io/xwindow").resolve(artifact).resolve(Consumers.version());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> {
            String name = f.getFileName().toString();
            return name.endsWith(suffix)
                && (!suffix.equals(".jar") || !(name.endsWith("-sources.jar") || name.endsWith("-javadoc.jar")));
          })
          .max(java.util.Comparator.naturalOrder())
          .orElseThrow(() -> new AssertionError("no " + artifact + " *" + suffix + " in " + dir));
    }
  }

  private static List<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(e -> e.getName()).collect(Collectors.toList());
    }
  }
}

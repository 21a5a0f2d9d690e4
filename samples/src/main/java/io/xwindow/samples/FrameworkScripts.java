package io.xwindow.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The frameworks of the framework pages, as script tags load them: {@code /frameworks/react.js},
 * {@code react-dom.js} and {@code vue.js}, read from the WebJars the samples depend on (their
 * POM pins the versions; each jar's {@code pom.properties} says which one it is, so the version
 * is written once). Only the script-tag builds are served: React's UMD and Vue's runtime-only
 * global build, which has no template compiler, the build a Vue application gets by default.
 */
final class FrameworkScripts {
  /** A file of a WebJar. */
  private record Script(String webJar, String file) {}

  /** Each served name, and the file it is. */
  private static final Map<String, Script> SCRIPTS = Map.of(
      "react.js", new Script("react", "umd/react.production.min.js"),
      "react-dom.js", new Script("react-dom", "umd/react-dom.production.min.js"),
      "vue.js", new Script("vue", "dist/vue.runtime.global.prod.js"));

  private FrameworkScripts() {}

  /** The script served as {@code name} (e.g. {@code vue.js}); empty for any other name. */
  static Optional<byte[]> read(String name) {
    Script script = SCRIPTS.get(name);
    if (script == null) {
      return Optional.empty();
    }
    return Optional.of(bytes("/META-INF/resources/webjars/" + script.webJar() + "/"
        + version(script.webJar()) + "/" + script.file()));
  }

  /** The version of the WebJar {@code webJar} on the class path, e.g. {@code 18.3.1}. */
  static String version(String webJar) {
    Properties properties = new Properties();
    try (InputStream in = open("/META-INF/maven/org.webjars.npm/" + webJar + "/pom.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A resource of the class path; its absence is a broken build, not a client's mistake. */
  private static InputStream open(String resource) {
    InputStream in = FrameworkScripts.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the class path: see samples/pom.xml");
    }
    return in;
  }
}

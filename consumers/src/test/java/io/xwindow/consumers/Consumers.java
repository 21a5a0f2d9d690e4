package io.xwindow.consumers;

import io.xwindow.testkit.Bundles;
import io.xwindow.testkit.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Projects of xwindow's users, outside the reactor: copied from {@code src/test/projects/NAME} to
 * {@code target/projects/NAME}, with the README's snippets written in, and built by a Maven of
 * their own, which resolves xwindow from the build's staging repository only.
 *
 * <p>That Maven's local repository is {@code target/consumer-m2}: nothing it resolves goes into
 * the {@code ~/.m2} that other checkouts share. Other artifacts (plugins, Undertow, J2CL...) are
 * read from that {@code ~/.m2} as from a remote repository, releases only, else from Maven Central.
 */
final class Consumers {
  private Consumers() {}

  static String version() {
    return property("xwindow.project.version");
  }

  static Path staging() {
    return Path.of(property("xwindow.staging.repository"));
  }

  /** The project {@code name}, fresh in {@code target/projects}. */
  static Path project(String name) {
    Path from = Bundles.root().resolve("consumers/src/test/projects").resolve(name);
    Path to = Bundles.root().resolve("consumers/target/projects").resolve(name);
    try {
      Folders.deleteTree(to);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Path target = to.resolve(from.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} at {@code path} of {@code project}, making its folders. */
  static void write(Path project, String path, String text) {
    try {
      Path file = project.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the line {@code <!-- README snippet: NAME -->} of {@code path} in {@code project} by {@code text}. */
  static void fill(Path project, String path, String name, String text) {
    try {
      Path file = project.resolve(path);
      String marker = "<!-- README snippet: " + name + " -->";
      String content = Files.readString(file);
      if (!content.contains(marker)) {
        throw new IllegalStateException(file + " has no " + marker);
      }
      Files.writeString(file, content.replace(marker, text.strip()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the project's own Maven with {@code goals} (and their options); returns its output, or
   * fails with it unless it succeeded.
   */
  static String mvn(Path project, String... goals) {
    Path m2 = Bundles.root().resolve("consumers/target/consumer-m2");
    try {
      List<String> command = new ArrayList<>(List.of("mvn", "-B", "-ntp", "-s", settings().toString(),
          "-Dmaven.repo.local=" + m2, "-Dgwt3.cache.dir=" + property("xwindow.j2cl.cache")));
      command.addAll(List.of(goals));
      Folders.deleteTree(m2.resolve("io/xwindow")); // xwindow from the staging repository, every time
      Path log = Files.createTempFile("consumer-mvn", ".log");
      Process process = new ProcessBuilder(command).directory(project.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("mvn " + String.join(" ", goals) + " took over 10 minutes in " + project);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.delete(log);
      if (process.exitValue() != 0) {
        throw new AssertionError(String.join(" ", command) + " failed in " + project + ":\n" + tail(output));
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The settings of the consumers' Maven: the staging repository, then the shared cache, read-only. */
  private static synchronized Path settings() throws IOException {
    Path settings = Bundles.root().resolve("consumers/target/consumer-settings.xml");
    String repositories = repository("xwindow-staging", staging(), true)
        + repository("shared-cache", Path.of(property("xwindow.local.repository")), false);
    Files.createDirectories(settings.getParent());
    Files.writeString(settings, "<settings>\n  <profiles>\n    <profile>\n      <id>consumer</id>\n"
        + "      <repositories>\n" + repositories + "      </repositories>\n"
        + "      <pluginRepositories>\n" + repositories.replace("repository>", "pluginRepository>")
        + "      </pluginRepositories>\n    </profile>\n  </profiles>\n"
        + "  <activeProfiles>\n    <activeProfile>consumer</activeProfile>\n  </activeProfiles>\n</settings>\n");
    return settings;
  }

  private static String repository(String id, Path dir, boolean snapshots) {
    return "        <repository>\n          <id>" + id + "</id>\n          <url>" + dir.toUri() + "</url>\n"
        + "          <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>\n"
        + "          <snapshots><enabled>" + snapshots + "</enabled><updatePolicy>always</updatePolicy></snapshots>\n"
        + "        </repository>\n";
  }

  private static String tail(String output) {
    String[] lines = output.split("\n");
    return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 60), lines.length));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException("no " + name + ": run the tests with Maven");
    }
    return value;
  }

}

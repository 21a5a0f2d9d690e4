package io.xwindow.dist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's script tags against those the build generated ({@code dist/target/script-tags.html},
 * which {@code bin/readme-script-tags} copies into the README).
 *
 * <p>In every build the README's lines must have the generated form: one line per bundle, in the
 * same order, naming the CDN, this version and each bundle's versioned file, each with a sha384
 * integrity and {@code crossorigin}. Only a release build (a version without {@code -SNAPSHOT})
 * must have the very integrity of its bundles: that is the README the release publishes, and a
 * partner copies it. Between releases every change to browser code changes a bundle's bytes, so
 * an exact check would turn red on each such commit until someone reran {@code
 * bin/readme-script-tags}, a failure that says nothing about the code.
 */
final class ScriptTagLines {
  private static final Pattern INTEGRITY = Pattern.compile("integrity=\"sha384-[A-Za-z0-9+/]{64}\"");

  private ScriptTagLines() {}

  /** Whether {@code version} is a release, whose README must carry the exact integrity. */
  static boolean isRelease(String version) {
    return !version.endsWith("-SNAPSHOT");
  }

  /**
   * What is wrong with the README's {@code readme} lines for the {@code generated} ones of a build
   * of {@code version}: nothing (an empty list), or one message per problem.
   */
  static List<String> problems(String readme, String generated, String version) {
    List<String> problems = new ArrayList<>();
    if (!INTEGRITY.matcher(generated).find()) {
      problems.add("the build generated no script tag with a sha384 integrity:\n" + generated);
      return problems;
    }
    List<String> shown = readme.lines().toList();
    List<String> made = generated.lines().toList();
    if (shown.size() != made.size()) {
      problems.add("README.md shows " + shown.size() + " script tags, the build made " + made.size());
    }
    for (int i = 0; i < Math.min(shown.size(), made.size()); i++) {
      if (!INTEGRITY.matcher(shown.get(i)).find() || !masked(shown.get(i)).equals(masked(made.get(i)))) {
        problems.add("README.md's script tag " + (i + 1) + " is not of the form the build generates for "
            + version + ":\n  shown: " + shown.get(i) + "\n  made:  " + made.get(i));
      }
    }
    if (problems.isEmpty() && isRelease(version) && !readme.equals(generated)) {
      problems.add("a release's README.md must show its bundles' integrity: rerun bin/readme-script-tags");
    }
    return problems;
  }

  /**
   * The README's lines as a page of this build can load them: as they are for a release; with
   * each integrity replaced by the build's otherwise (the lines checked by {@link #problems} first).
   */
  static String asLoadable(String readme, String generated, String version) {
    if (isRelease(version)) {
      return readme;
    }
    List<String> made = generated.lines().toList();
    StringBuilder lines = new StringBuilder();
    List<String> shown = readme.lines().toList();
    for (int i = 0; i < shown.size(); i++) {
      Matcher integrity = INTEGRITY.matcher(made.get(i));
      integrity.find();
      lines.append(INTEGRITY.matcher(shown.get(i)).replaceFirst(Matcher.quoteReplacement(integrity.group())))
          .append('\n');
    }
    return lines.toString();
  }

  private static String masked(String line) {
    return INTEGRITY.matcher(line).replaceAll("integrity=\"sha384-*\"");
  }
}

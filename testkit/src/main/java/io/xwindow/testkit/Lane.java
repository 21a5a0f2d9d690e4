package io.xwindow.testkit;

import java.util.List;

/**
 * The test lanes. {@code bin/test} runs every test, as CI does. {@code bin/test fast} runs the JVM
 * tests only: it builds no bundle and leaves out each test tagged with one of the tags below, so it
 * needs no browser, no redis-server, no Node.js and no network. A test that needs one of these
 * says so with its tag ({@link CrossBrowser} tags its tests {@value #BROWSER} by itself):
 *
 * <pre>{@code
 * @Tag(Lane.REDIS)
 * class RedisSharedTest { ... }
 * }</pre>
 *
 * <p>The kit refuses, in the fast lane, what an untagged test reaches for (a bundle, a browser, a
 * redis-server, the TypeScript compiler, an npm package) with a message that names the tag to add,
 * so a test cannot pass the fast lane on what an earlier full build left behind.
 */
public final class Lane {
  /** Drives a browser (HtmlUnit, Chromium, Firefox or WebKit). */
  public static final String BROWSER = "browser";
  /** Reads a bundle that J2CL built ({@code post-robot.js}...), with no browser. */
  public static final String BUNDLE = "bundle";
  /** Checks TypeScript typings with {@code tsc} (Node.js, and the compiler from npm). */
  public static final String TSC = "tsc";
  /** Runs Node.js or a package fetched from npm. */
  public static final String NODE = "node";
  /** Starts a real redis-server. */
  public static final String REDIS = "redis";

  /** Every tag the fast lane leaves out. */
  public static final List<String> LEFT_OUT_OF_FAST = List.of(BROWSER, BUNDLE, TSC, NODE, REDIS);

  /** The system property that names the lane a test runs in; Surefire sets it to {@code fast} there. */
  public static final String PROPERTY = "xwindow.lane";

  private Lane() {}

  /**
   * Fails when this run is the fast lane: the test needs {@code what} and lacks {@code tag}. The
   * kit's own helpers call it; so does a module's test helper that reaches for such a thing
   * itself (the npm package the build packed, a tool from npm).
   */
  public static void require(String tag, String what) {
    require(System.getProperty(PROPERTY, ""), tag, what);
  }

  static void require(String lane, String tag, String what) {
    if ("fast".equals(lane)) {
      throw new IllegalStateException(
          "this test needs " + what + ", which the fast lane (bin/test fast) does not provide:"
              + " tag it @Tag(Lane." + tag.toUpperCase(java.util.Locale.ROOT) + ") so that only"
              + " bin/test runs it");
    }
  }
}

package io.xwindow.postrobot.wire;

import jsinterop.annotations.JsFunction;

/**
 * The key under which post-robot puts its messages in a posted JSON string, e.g. {@code
 * {"__post_robot_10_0_46__":[...]}}. Each post-robot release hears only its own key; we hear
 * every {@code __post_robot_<digits and underscores>__} key and answer in the key we were asked
 * in, so windows running post-robot 10.0.44 (zoid 9), 10.0.46 and 11.0.0 (zoid 10, and the
 * package's own browser build) all talk to us.
 */
public final class EnvelopeKey {
  /** post-robot 10.0.46, the newest unscoped release: the key we speak first. */
  public static final String POST_ROBOT_10_0_46 = "__post_robot_10_0_46__";
  /** {@code @krakenjs/post-robot} 11.0.0, embedded in zoid 10. */
  public static final String POST_ROBOT_11_0_0 = "__post_robot_11_0_0__";
  /** post-robot 10.0.44, embedded in zoid 9. */
  public static final String POST_ROBOT_10_0_44 = "__post_robot_10_0_44__";
  /**
   * {@code @krakenjs/post-robot} 11.0.0 as its package ships it for script tags ({@code
   * dist/post-robot.min.js}): that build was made before the release bumped the version, so it
   * speaks 10.0.47, a version never published on its own. zoid 10 builds from the sources and
   * speaks {@link #POST_ROBOT_11_0_0}.
   */
  public static final String POST_ROBOT_11_0_0_DIST = "__post_robot_10_0_47__";

  /** What receives the keys a first hello is said in: {@link #helloKeys}. */
  @JsFunction
  public interface HelloKeys<T> {
    T of(String first, String second, String third, String fourth);
  }

  /**
   * The keys a first hello is said in, all in one posted string, to a window whose post-robot
   * release is not known yet: each release reads its own key and ignores the others. A
   * post-robot parent waits for its child's hello before its first request (5 s, then "Window
   * did not load"), so a release missing here cannot talk to us as our parent. Handed to {@code
   * list}, not returned as an array (the bundle rules in {@link io.xwindow.postrobot}): the
   * bundle makes a {@code JsArray} of them and gets one array literal, a JVM test {@code List::of}.
   */
  public static <T> T helloKeys(HelloKeys<T> list) {
    return list.of(POST_ROBOT_10_0_46, POST_ROBOT_11_0_0, POST_ROBOT_10_0_44, POST_ROBOT_11_0_0_DIST);
  }

  private static final String PREFIX = "__post_robot_";
  private static final String SUFFIX = "__";

  /** The start of every posted post-robot string: a cheap test before any parsing. */
  public static final String ENVELOPE_START = "{\"" + PREFIX;

  private EnvelopeKey() {}

  /**
   * True for {@code __post_robot_<v>__} where {@code v} is digit groups joined by single
   * underscores, as post-robot derives it from its version ({@code 10.0.46} gives {@code
   * 10_0_46}).
   */
  public static boolean isKey(String key) {
    // The key two xwindow windows speak is known without a regular expression: J2CL makes a new
    // RegExp on every matches(), and every envelope is asked. For the others, one regular
    // expression, the same in Java and in JavaScript (\d is ASCII digits in both, whole string):
    // fewer bundle bytes than a loop over the characters. Linear: every group starts with "_".
    return POST_ROBOT_10_0_46.equals(key)
        || key != null && key.matches(PREFIX + "\\d+(_\\d+)*" + SUFFIX);
  }

  /** True when a posted string may be a post-robot envelope, without parsing it. */
  public static boolean mayBeEnvelope(String data) {
    return data.startsWith(ENVELOPE_START);
  }
}

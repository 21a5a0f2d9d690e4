package io.xwindow.postrobot.domain;

import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.JsRegExp;
import jsinterop.base.Js;

/**
 * A {@code domain} option: a string ({@code "*"} for any origin), an array of strings, or a
 * RegExp, matched against an origin as post-robot matches it. A RegExp is not anchored for you,
 * as in post-robot: write {@code /^https:\/\/([a-z]+\.)?example\.com$/}, not {@code
 * /example\.com/}, which also admits {@code https://example.com.evil.test}.
 */
public final class DomainPattern {
  /** How well a listener's pattern fits an origin; lower wins. */
  public static final int EXACT = Origin.EXACT;
  public static final int PATTERN = 1;
  public static final int WILDCARD = Origin.WILDCARD;
  public static final int NONE = Origin.NONE;

  private DomainPattern() {}

  /** True for a string, an array of strings, or a RegExp. */
  public static boolean isValid(Object pattern) {
    if (pattern instanceof String || pattern instanceof JsRegExp) {
      return true;
    }
    // the array's own every and some, here and elsewhere: fewer bundle bytes than a loop
    return JsArray.isArray(pattern)
        && Js.<JsArray<Object>>uncheckedCast(pattern).every((item, index) -> item instanceof String);
  }

  /** True when {@code pattern} admits {@code origin}. */
  public static boolean matches(Object pattern, String origin) {
    return rank(pattern, origin) != NONE;
  }

  /** How {@code pattern} admits {@code origin}: {@link #EXACT}, ..., or {@link #NONE}. */
  public static int rank(Object pattern, String origin) {
    if (pattern instanceof String) {
      return Origin.rank((String) pattern, origin);
    }
    if (pattern instanceof JsRegExp) {
      JsRegExp regExp = (JsRegExp) pattern;
      regExp.lastIndex = 0;
      return regExp.test(origin) ? PATTERN : NONE;
    }
    if (JsArray.isArray(pattern)) {
      JsArray<Object> items = Js.uncheckedCast(pattern);
      int best = NONE;
      for (int i = 0; i < items.length; i++) {
        int rank = rank(items.getAt(i), origin);
        if (rank != NONE && (best == NONE || rank < best)) {
          best = rank;
        }
      }
      return best == EXACT ? EXACT : best == NONE ? NONE : PATTERN;
    }
    return NONE;
  }

  /** A concrete origin to post to when the pattern names exactly one, else null. */
  public static String single(Object pattern) {
    if (pattern instanceof String && !Origin.ANY.equals(pattern)) {
      return (String) pattern;
    }
    return null;
  }

  /** The pattern as post-robot writes it in messages. */
  public static String describe(Object pattern) {
    if (pattern instanceof String) {
      return (String) pattern;
    }
    if (pattern instanceof JsRegExp) {
      return "RegExp(" + pattern + ")";
    }
    return "(" + Js.<JsArray<Object>>uncheckedCast(pattern).join(" | ") + ")";
  }

  /** True when two listener patterns are the same pattern. */
  public static boolean same(Object a, Object b) {
    if (a instanceof String || b instanceof String) {
      // a cast, not Object.equals: a virtual equals keeps a dispatch and Object.equals in the bundle
      return a instanceof String && ((String) a).equals(b);
    }
    return Global.JSON.stringify(a).equals(Global.JSON.stringify(b)) && ("" + a).equals("" + b);
  }
}

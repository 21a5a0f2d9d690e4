package io.xwindow.memcookies;

import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.URL;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The jar behind the global {@code memcookies}: cookie names to sealed values, in page memory
 * only, and which requests it goes with (the page's own origin and the origins allowed). {@code
 * entry.js} patches {@code XMLHttpRequest} and {@code fetch} around it.
 *
 * <p>Small on purpose (a budget of 1 KiB gzipped): static members, because a page has one jar
 * (as memcookies has) and an instance would pull in J2CL's class machinery (about 500 B); a
 * JavaScript object for the jar and a JavaScript array for the origins, no Java collections, no
 * exceptions of our own.
 */
@JsType
public final class MemCookies {
  /** The version of xwindow this bundle was built from: the Maven project version. */
  public static final String VERSION = io.xwindow.base.Version.XWINDOW;

  private static final JsPropertyMap<Object> JAR = JsPropertyMap.of();
  private static final JsArray<String> ORIGINS = new JsArray<>();
  private static String header = "x-cookies";

  private MemCookies() {}

  /** The version of xwindow this bundle was built from, e.g. {@code "0.1.0"}. */
  public static String version() {
    return VERSION;
  }

  /**
   * Merges a jar (its JSON text, or the parsed object): each name set to its sealed value, or
   * forgotten when its value is {@code null} (a tombstone). Values that are not strings are ignored.
   */
  public static void setCookies(Object changes) {
    if (changes == null) {
      return;
    }
    JsPropertyMap<Object> parsed =
        Js.asPropertyMap("string".equals(Js.typeof(changes)) ? Global.JSON.parse((String) changes) : changes);
    parsed.forEach(
        name -> {
          Object value = parsed.get(name);
          if (value == null) {
            JAR.delete(name);
          } else if ("string".equals(Js.typeof(value))) {
            JAR.set(name, value);
          }
        });
  }

  /** A copy of the jar: names to sealed values. */
  public static Object getCookies() {
    return Global.JSON.parse(Global.JSON.stringify(JAR));
  }

  /** The name of the header that carries the jar, {@code x-cookies} by default. */
  public static void setHeaderName(String name) {
    header = name;
  }

  public static String getHeaderName() {
    return header;
  }

  /** Lets the jar go to other origins too, e.g. {@code ["https://api.example"]}. */
  public static void allowOrigins(JsArray<String> more) {
    for (int i = 0; i < more.length; i++) {
      ORIGINS.push(more.getAt(i));
    }
  }

  /** The header value for a request to {@code url}, or {@code null} where the jar must not go. */
  public static String headerFor(String url) {
    String origin = new URL(url, DomGlobal.location.href).origin;
    return Js.isTripleEqual(origin, DomGlobal.location.origin) || ORIGINS.indexOf(origin) >= 0
        ? Global.JSON.stringify(JAR)
        : null;
  }
}

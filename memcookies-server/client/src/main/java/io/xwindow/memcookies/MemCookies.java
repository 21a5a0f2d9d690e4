package io.xwindow.memcookies;

import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.JsObject;
import elemental2.core.JsString;
import elemental2.dom.Location;
import elemental2.dom.URL;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The jars behind the global {@code memcookies}: one per origin the page talks to (its own and
 * the origins allowed), each cookie names to sealed values, in page memory only. A request gets
 * only its origin's jar and its answer changes only that jar: an allowed origin never sees
 * another's sealed values, and its tombstones ({@code null}) cannot erase them. {@code entry.js}
 * patches {@code XMLHttpRequest} and {@code fetch} around it.
 *
 * <p>Small on purpose (a budget of 1 KiB gzipped): static members, because a page has one set of
 * jars (as memcookies has one jar) and an instance would pull in J2CL's class machinery (about
 * 500 B); JavaScript objects for the jars and a JavaScript array for the origins, no Java
 * collections, no exceptions of our own.
 */
@JsType
public final class MemCookies {
  /** The version of xwindow this bundle was built from: the Maven project version. */
  public static final String VERSION = io.xwindow.base.Version.XWINDOW;

  /** Origin to jar. Keys are origins ({@code scheme://host[:port]}), never a name on Object's prototype. */
  private static final JsPropertyMap<JsPropertyMap<Object>> JARS = JsPropertyMap.of();
  private static final JsArray<String> ORIGINS = new JsArray<>();
  /** Null for the default: an initialised static would cost a class initialiser on every call. */
  private static String header;

  private MemCookies() {}

  /** The version of xwindow this bundle was built from, e.g. {@code "0.1.0"}. */
  public static String version() {
    return VERSION;
  }

  /**
   * Merges a jar (its JSON text, or the parsed object) into the jar of {@code origin} (the page's
   * own when null; any URL of the origin will do): each name set to its sealed value, or forgotten
   * when its value is {@code null} (a tombstone). Values that are not strings are ignored.
   */
  public static void setCookies(Object changes, String origin) {
    mergeInto(jarOf(origin), changes);
  }

  /** A copy of the jar of {@code origin} (the page's own when null): names to sealed values. */
  public static Object getCookies(String origin) {
    return Global.JSON.parse(Global.JSON.stringify(jarOf(origin)));
  }

  /** The name of the header that carries the jar, {@code x-cookies} by default. */
  public static void setHeaderName(String name) {
    header = name;
  }

  public static String getHeaderName() {
    return header == null ? "x-cookies" : header;
  }

  /** Lets the jar go to other origins too, e.g. {@code ["https://api.example"]}. */
  public static void allowOrigins(JsArray<String> more) {
    for (int i = 0; i < more.length; i++) {
      ORIGINS.push(more.getAt(i));
    }
  }

  /**
   * The header value for a request to {@code url}: its origin's jar, or {@code null} where none
   * may go. Cookies that share one sealed value (the server seals together what one answer sets)
   * go as one member, their names joined by spaces, e.g. {@code {"sid csrf":"AeFq..."}}: the
   * value is sent once.
   */
  public static String headerFor(String url) {
    JsPropertyMap<Object> jar = allowedJar(url);
    if (jar == null) {
      return null;
    }
    JsPropertyMap<Object> byValue = emptyMap(); // sealed value -> names joined by spaces
    JsArray<String> names = JsObject.keys(jar);
    for (int i = 0; i < names.length; i++) {
      String value = (String) jar.get(names.getAt(i));
      Object joined = byValue.get(value);
      byValue.set(value, joined == null ? names.getAt(i) : joined + " " + names.getAt(i));
    }
    JsPropertyMap<Object> header = emptyMap();
    JsArray<String> values = JsObject.keys(byValue);
    for (int i = 0; i < values.length; i++) {
      header.set((String) byValue.get(values.getAt(i)), values.getAt(i));
    }
    return Global.JSON.stringify(header);
  }

  /**
   * Merges {@code answer}, the jar header of a response from {@code url} (after redirects), into
   * that origin's jar; an answer from an origin that is not allowed is ignored.
   */
  public static void merge(String url, String answer) {
    mergeInto(allowedJar(url), answer);
  }

  /** Merges {@code changes} into {@code jar}; nothing when either is null. */
  private static void mergeInto(JsPropertyMap<Object> jar, Object changes) {
    if (jar == null || changes == null) {
      return;
    }
    JsPropertyMap<Object> parsed =
        Js.asPropertyMap("string".equals(Js.typeof(changes)) ? Global.JSON.parse((String) changes) : changes);
    // Own names only (Object.keys): JsPropertyMap.forEach is for...in, which also walks what a
    // page added to Object.prototype and would merge it as cookies.
    // A member may name several cookies sealed together, joined by spaces (names hold none).
    // JavaScript's own split: Java's String.split would bring J2CL's regex emulation (1.4 KB).
    JsArray<String> members = JsObject.keys(parsed);
    for (int i = 0; i < members.length; i++) {
      Object value = parsed.get(members.getAt(i));
      JsArray<String> names = Js.<JsString>uncheckedCast(members.getAt(i)).split(" ");
      for (int n = 0; n < names.length; n++) {
        if (value == null) {
          jar.delete(names.getAt(n));
        } else if ("string".equals(Js.typeof(value))) {
          jar.set(names.getAt(n), value);
        }
      }
    }
  }

  /** The jar of the origin of {@code url} when the jar may go there, else null. */
  private static JsPropertyMap<Object> allowedJar(String url) {
    String origin = originOf(url);
    return Js.isTripleEqual(origin, location().origin) || ORIGINS.indexOf(origin) >= 0
        ? jar(origin)
        : null;
  }

  private static String originOf(String url) {
    return new URL(url, location().href).origin;
  }

  /** The jar of the origin of {@code url}, the page's own when null. */
  private static JsPropertyMap<Object> jarOf(String url) {
    return jar(originOf(url == null ? location().href : url));
  }

  /** {@code location}, without the class initialiser of {@code DomGlobal} at every use. */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "location")
  private static native Location location();

  /**
   * A jar has no prototype: a cookie may be named {@code __proto__}, which a plain object would
   * silently refuse to hold (its inherited setter), or after any other member of {@code Object}.
   */
  private static JsPropertyMap<Object> jar(String origin) {
    JsPropertyMap<Object> jar = JARS.get(origin);
    if (jar == null) {
      jar = emptyMap();
      JARS.set(origin, jar);
    }
    return jar;
  }

  /** An object without prototype: any name is its own, {@code __proto__} included. */
  private static JsPropertyMap<Object> emptyMap() {
    return Js.uncheckedCast(JsObject.create(null));
  }
}

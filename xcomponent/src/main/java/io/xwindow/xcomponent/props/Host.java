package io.xwindow.xcomponent.props;

import jsinterop.annotations.JsFunction;

/**
 * What the prop rules need from JavaScript values, so that the rules themselves stay plain Java
 * that JVM tests drive with a fake. The browser's is {@code browser.JsHost}.
 *
 * <p>{@code null} and {@code undefined} are both Java {@code null} here (as in J2CL), and both
 * mean "not given", as zoid's {@code isDefined} treats them.
 */
public interface Host {
  /**
   * One of {@code string number boolean object array function undefined}: JavaScript's {@code
   * typeof}, with {@code array} for arrays and {@code undefined} for null too.
   */
  String typeOf(Object value);

  /** True for a RegExp (a domain matcher). */
  boolean isRegExp(Object value);

  /** The own enumerable keys of an object, in order ({@code "0"}, {@code "1"}... for an array). */
  String[] keys(Object object);

  /** {@code object[key]}. */
  Object get(Object object, String key);

  /** {@code object[key] = value}. */
  void set(Object object, String key, Object value);

  /** A new empty plain object {@code {}}. */
  Object newObject();

  /** Defines {@code object[key]} as an enumerable, configurable property read by {@code getter}. */
  void defineGetter(Object object, String key, Getter getter);

  /** Calls the JavaScript function {@code function(argument)}: its result, or a {@link Thrown}. */
  Object call(Object function, Object argument);

  /** JavaScript's {@code String(value)}: {@code 1} is {@code "1"}, {@code true} is {@code "true"}. */
  String text(Object value);

  /** {@code JSON.stringify(value)}, or null when it throws (a cycle). */
  String json(Object value);

  /** {@code encodeURIComponent(text)}. */
  String encodeUriComponent(String text);

  /** Base64 of the UTF-8 bytes of {@code text}, without {@code =} padding (zoid writes none). */
  String base64(String text);

  /**
   * The origin of {@code url} when it is an absolute {@code http:} or {@code https:} URL, as the
   * browser's URL parser reads it (e.g. {@code https://a.example}); null for anything else: a
   * relative URL, {@code javascript:}, {@code data:}, {@code blob:}, or no URL at all.
   */
  String httpOrigin(String url);

  /** True when {@code matcher} (a string, {@code "*"}, a RegExp, or an array of them) admits {@code origin}. */
  boolean matchDomain(Object matcher, String origin);

  /** A property getter; a JavaScript function in the browser. */
  @JsFunction
  interface Getter {
    Object get();
  }
}

package io.xwindow.xcomponent.browser;

import elemental2.core.JsArray;
import elemental2.core.JsRegExp;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.xcomponent.props.Host;
import io.xwindow.xcomponent.props.Thrown;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The prop rules' {@link Host} over real JavaScript values. The try/catch around a user's
 * function, {@code Object.defineProperty}, {@code JSON.stringify}, {@code btoa} and the URL parser live in
 * {@code JsHost.native.js}: a Java {@code catch} would pull J2CL's exception runtime into the
 * bundle.
 */
public final class JsHost implements Host {
  @Override
  public String typeOf(Object value) {
    if (value == null) {
      return "undefined";
    }
    return JsArray.isArray(value) ? "array" : Js.typeof(value);
  }

  @Override
  public boolean isRegExp(Object value) {
    return value instanceof JsRegExp;
  }

  @Override
  public String[] keys(Object object) {
    return ownKeys(object);
  }

  @Override
  public Object get(Object object, String key) {
    return object == null ? null : Js.asPropertyMap(object).get(key);
  }

  @Override
  public void set(Object object, String key, Object value) {
    Js.asPropertyMap(object).set(key, value);
  }

  @Override
  public Object newObject() {
    return JsPropertyMap.of();
  }

  @Override
  public void defineGetter(Object object, String key, Getter getter) {
    define(object, key, getter);
  }

  @Override
  public Object call(Object function, Object argument) {
    return attempt(function, argument, Thrown::new);
  }

  @Override
  public String text(Object value) {
    return string(value);
  }

  @Override
  public String json(Object value) {
    return stringify(value);
  }

  @Override
  public String encodeUriComponent(String text) {
    return encode(text);
  }

  @Override
  public String base64(String text) {
    return utf8Base64(text);
  }

  @Override
  public String httpOrigin(String url) {
    return origin(url);
  }

  @Override
  public boolean matchDomain(Object matcher, String origin) {
    return DomainPattern.matches(matcher, origin);
  }

  /** Makes what a user's function threw into a {@link Thrown}. */
  @JsFunction
  interface Catch {
    Thrown caught(Object error);
  }

  @JsMethod
  private static native String[] ownKeys(Object object);

  @JsMethod
  private static native void define(Object object, String key, Getter getter);

  @JsMethod
  private static native Object attempt(Object function, Object argument, Catch onThrow);

  @JsMethod
  private static native String string(Object value);

  @JsMethod
  private static native String stringify(Object value);

  @JsMethod
  private static native String encode(String text);

  @JsMethod
  private static native String utf8Base64(String text);

  @JsMethod
  private static native String origin(String url);
}

package io.xwindow.xcomponent.props;

import io.xwindow.xcomponent.error.Errors;

/**
 * The child's URL: the component's {@code url} (a string, or a function of {@code {props}}) with
 * the props that have a {@code queryParam} appended to its query, in zoid's encodings. The URL's
 * own query and {@code #hash} stay as they are; parameters go before the hash.
 *
 * <p>Per prop with a value (undefined and null are left out): the name is the key, the {@code
 * queryParam} string, or {@code queryParam({value})}; the value is {@code queryValue({value})}
 * when given; booleans and numbers as text, strings as they are ({@code ""} gives {@code key=}),
 * objects by {@code serialization}: {@code dotify} (the default; named after the key, as zoid
 * does), {@code json} or {@code base64}. A function value is left out.
 */
public final class QueryString {
  private final Host host;
  /** The parameters, in order: a chain, as a Java array would bring J2CL's array runtime. */
  private Param first;

  /** One {@code name=value} of the query, and the next. */
  private static final class Param {
    final String name;
    String value;
    Param next;

    Param(String name, String value) {
      this.name = name;
      this.value = value;
    }
  }

  private QueryString(Host host) {
    this.host = host;
  }

  /**
   * The child URL for these resolved props; {@code BAD_OPTIONS} when a {@code url} function does
   * not give an absolute http(s) URL, {@code PROP_INVALID} when a {@code queryParam} or {@code queryValue}
   * function throws.
   */
  public static Outcome<String> url(Host host, Object url, PropDefinitions definitions,
      Object props) {
    Object base = url;
    if ("function".equals(host.typeOf(url))) {
      Object ctx = host.newObject();
      host.set(ctx, "props", props);
      base = host.call(url, ctx);
      if (base instanceof Thrown) {
        return Outcome.fail(Errors.badOptions("options.url threw: " + ((Thrown) base).message(host)));
      }
    }
    if (!"string".equals(host.typeOf(base))) {
      return Outcome.fail(Errors.badOptions("Expected options.url to give a string, got "
          + host.typeOf(base)));
    }
    if (host.httpOrigin((String) base) == null) {
      // a url function may build on props: never javascript:, data: or blob: in a frame's src
      return Outcome.fail(Errors.badOptions("Expected options.url to give an absolute http(s) URL"));
    }
    QueryString query = new QueryString(host);
    String[] keys = host.keys(props);
    for (int i = 0; i < keys.length; i++) {
      PropDefinition definition = definitions.get(keys[i]);
      if (definition != null && definition.queryParam != null) {
        Outcome<String> added = query.add(definition, host.get(props, keys[i]));
        if (added.failed()) {
          return added;
        }
      }
    }
    return Outcome.ok(query.appendTo((String) base));
  }

  private Outcome<String> add(PropDefinition definition, Object value) {
    if (value == null) {
      return Outcome.ok(null);
    }
    String name = definition.name;
    Object param = definition.queryParam;
    if ("function".equals(host.typeOf(param))) {
      Object computed = callWithValue(param, value);
      if (computed instanceof Thrown) {
        return thrown(definition, "queryParam", (Thrown) computed);
      }
      name = host.text(computed);
    } else if (param instanceof String) {
      name = (String) param;
    }
    Object finalValue = value;
    if (definition.queryValue != null) {
      finalValue = callWithValue(definition.queryValue, value);
      if (finalValue instanceof Thrown) {
        return thrown(definition, "queryValue", (Thrown) finalValue);
      }
    }
    String type = host.typeOf(finalValue);
    if ("string".equals(type) || "boolean".equals(type) || "number".equals(type)) {
      put(name, host.text(finalValue));
    } else if ("object".equals(type) || "array".equals(type)) {
      if (PropSerialization.JSON.equals(definition.serialization)) {
        put(name, host.json(finalValue));
      } else if (PropSerialization.BASE64.equals(definition.serialization)) {
        put(name, host.base64(host.json(finalValue)));
      } else {
        dotify(finalValue, definition.name);
      }
    }
    return Outcome.ok(null);
  }

  private Object callWithValue(Object function, Object value) {
    Object ctx = host.newObject();
    host.set(ctx, "value", value);
    return host.call(function, ctx);
  }

  private Outcome<String> thrown(PropDefinition definition, String step, Thrown thrown) {
    return Outcome.fail(Errors.propInvalid(definition.name, step + " threw: "
        + thrown.message(host)));
  }

  /**
   * belter's {@code dotify}: nested keys joined with dots; an array of primitives as {@code
   * key[]=a,b}; undefined, null and functions left out.
   */
  private void dotify(Object object, String prefix) {
    String[] keys = host.keys(object);
    for (int i = 0; i < keys.length; i++) {
      Object value = host.get(object, keys[i]);
      String type = host.typeOf(value);
      String name = prefix + "." + keys[i];
      if ("undefined".equals(type) || "function".equals(type)) {
        continue;
      }
      if ("array".equals(type) && host.keys(value).length > 0 && hasOnlyPrimitives(value)) {
        put(name + "[]", join(value));
      } else if ("object".equals(type) || "array".equals(type)) {
        dotify(value, name);
      } else {
        put(name, host.text(value));
      }
    }
  }

  private boolean hasOnlyPrimitives(Object array) {
    String[] indexes = host.keys(array);
    for (int i = 0; i < indexes.length; i++) {
      String type = host.typeOf(host.get(array, indexes[i]));
      if ("object".equals(type) || "array".equals(type) || "undefined".equals(type)) {
        // typeof null is "object" in JavaScript: zoid recurses into such an array too
        return false;
      }
    }
    return true;
  }

  private String join(Object array) {
    String[] indexes = host.keys(array);
    // string concatenation, not StringBuilder: J2CL's StringBuilder adds ~100 B gzipped
    String joined = "";
    for (int i = 0; i < indexes.length; i++) {
      joined += (i > 0 ? "," : "") + host.text(host.get(array, indexes[i]));
    }
    return joined;
  }

  /** Sets {@code name}; a later prop giving the same name wins, as in zoid's params object. */
  private void put(String name, String value) {
    Param last = null;
    for (Param param = first; param != null; param = param.next) {
      if (param.name.equals(name)) {
        param.value = value;
        return;
      }
      last = param;
    }
    Param added = new Param(name, value);
    if (last == null) {
      first = added;
    } else {
      last.next = added;
    }
  }

  private String appendTo(String url) {
    if (first == null) {
      return url;
    }
    // indexOf(String), not indexOf(char): the char form goes through String.fromCodePoint
    int hashAt = url.indexOf("#");
    String beforeHash = hashAt < 0 ? url : url.substring(0, hashAt);
    String hash = hashAt < 0 ? "" : url.substring(hashAt);
    char last = beforeHash.isEmpty() ? ' ' : beforeHash.charAt(beforeHash.length() - 1);
    String result = beforeHash
        + (beforeHash.indexOf("?") < 0 ? "?" : last == '?' || last == '&' ? "" : "&");
    for (Param param = first; param != null; param = param.next) {
      result += (param != first ? "&" : "") + host.encodeUriComponent(param.name) + "="
          + host.encodeUriComponent(param.value);
    }
    return result + hash;
  }
}

package io.xwindow.xcomponent.props;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * JavaScript values on the JVM, for the tests: an object is a {@link Obj} (a LinkedHashMap whose
 * getters run on {@code get}), an array a {@link List}, a function a {@link Function} (throwing
 * means throwing), a RegExp a {@link Pattern}, a number a {@link Double}, undefined/null {@code null}.
 */
public final class JvmHost implements Host {
  /** A JavaScript object; its lazy getters run when read, as in the browser. */
  public static final class Obj extends LinkedHashMap<String, Object> {
    @Override
    public Object get(Object key) {
      Object value = super.get(key);
      return value instanceof Getter ? ((Getter) value).get() : value;
    }
  }

  /** {@code {k1: v1, k2: v2...}}. */
  public static Obj obj(Object... keysAndValues) {
    Obj obj = new Obj();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      obj.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return obj;
  }

  /** A JavaScript function of one argument (the context object). */
  public static Function<Object, Object> fn(Function<Obj, Object> body) {
    return argument -> body.apply((Obj) argument);
  }

  @Override
  public String typeOf(Object value) {
    if (value == null) {
      return "undefined";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Function) {
      return "function";
    }
    if (value instanceof List) {
      return "array";
    }
    return "object";
  }

  @Override
  public boolean isRegExp(Object value) {
    return value instanceof Pattern;
  }

  @Override
  public String[] keys(Object object) {
    if (object instanceof List) {
      String[] indexes = new String[((List<?>) object).size()];
      for (int i = 0; i < indexes.length; i++) {
        indexes[i] = String.valueOf(i);
      }
      return indexes;
    }
    if (object instanceof Map) {
      return ((Map<?, ?>) object).keySet().toArray(new String[0]);
    }
    return new String[0];
  }

  @Override
  public Object get(Object object, String key) {
    if (object instanceof List) {
      List<?> list = (List<?>) object;
      int index = Integer.parseInt(key);
      return index < list.size() ? list.get(index) : null;
    }
    return object instanceof Map ? ((Map<?, ?>) object).get(key) : null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void set(Object object, String key, Object value) {
    ((Map<String, Object>) object).put(key, value);
  }

  @Override
  public Object newObject() {
    return new Obj();
  }

  @Override
  @SuppressWarnings("unchecked")
  public void defineGetter(Object object, String key, Getter getter) {
    ((Map<String, Object>) object).put(key, getter);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object call(Object function, Object argument) {
    try {
      return ((Function<Object, Object>) function).apply(argument);
    } catch (RuntimeException thrown) {
      return new Thrown(obj("message", thrown.getMessage()));
    }
  }

  @Override
  public String text(Object value) {
    if (value == null) {
      return "undefined";
    }
    if (value instanceof Double && (Double) value == Math.rint((Double) value)
        && !Double.isInfinite((Double) value)) {
      return String.valueOf(((Double) value).longValue());
    }
    if (value instanceof Map) {
      return "[object Object]";
    }
    return String.valueOf(value);
  }

  @Override
  public String json(Object value) {
    StringBuilder out = new StringBuilder();
    return write(value, out, new IdentityHashMap<>()) ? out.toString() : null;
  }

  private boolean write(Object value, StringBuilder out, IdentityHashMap<Object, Boolean> seen) {
    if (value instanceof Map || value instanceof List) {
      if (seen.put(value, true) != null) {
        return false; // a cycle: JSON.stringify throws
      }
      boolean list = value instanceof List;
      out.append(list ? '[' : '{');
      boolean first = true;
      for (String key : keys(value)) {
        Object item = get(value, key);
        if (!list && (item == null || item instanceof Function)) {
          continue;
        }
        if (!first) {
          out.append(',');
        }
        first = false;
        if (!list) {
          out.append('"').append(key).append("\":");
        }
        if (!write(item instanceof Function ? null : item, out, seen)) {
          return false;
        }
      }
      out.append(list ? ']' : '}');
      seen.remove(value);
      return true;
    }
    if (value instanceof String) {
      out.append('"').append(((String) value).replace("\\", "\\\\").replace("\"", "\\\""))
          .append('"');
    } else {
      out.append(value == null ? "null" : text(value));
    }
    return true;
  }

  @Override
  public String encodeUriComponent(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")
        .replace("%21", "!").replace("%27", "'").replace("%28", "(").replace("%29", ")")
        .replace("%7E", "~");
  }

  @Override
  public String base64(String text) {
    return Base64.getEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** java.net.URI's reading, close to the browser's for the URLs the tests give. */
  @Override
  public String httpOrigin(String url) {
    try {
      java.net.URI uri = new java.net.URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return null;
      }
      int port = uri.getPort();
      boolean usual = port < 0 || port == (scheme.equals("http") ? 80 : 443);
      return scheme + "://" + uri.getHost().toLowerCase() + (usual ? "" : ":" + port);
    } catch (java.net.URISyntaxException notAUrl) {
      return null;
    }
  }

  @Override
  public boolean matchDomain(Object matcher, String origin) {
    if (matcher instanceof String) {
      return matcher.equals("*") || matcher.equals(origin);
    }
    if (matcher instanceof Pattern) {
      return ((Pattern) matcher).matcher(origin).find();
    }
    if (matcher instanceof List) {
      for (Object item : (List<?>) matcher) {
        if (matchDomain(item, origin)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A JavaScript array. */
  public static List<Object> array(Object... items) {
    return new ArrayList<>(java.util.Arrays.asList(items));
  }
}

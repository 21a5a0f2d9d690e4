package io.xwindow.xcomponent.props;

import static io.xwindow.xcomponent.props.JvmHost.array;
import static io.xwindow.xcomponent.props.JvmHost.fn;
import static io.xwindow.xcomponent.props.JvmHost.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.xcomponent.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {
  private static final String URL = "http://127.0.0.1:8081/child";
  private final JvmHost host = new JvmHost();

  private String url(Object url, Object definitions, Object props) {
    PropDefinitions defs = PropDefinitions.read(host, definitions).value();
    Outcome<String> outcome = QueryString.url(host, url, defs, props);
    assertTrue(!outcome.failed(), () -> outcome.error().message);
    return outcome.value();
  }

  private String url(Object definitions, Object props) {
    return url(URL, definitions, props);
  }

  @Test
  void passesPropsInTheUrlCorrectly() {
    assertEquals(URL + "?foo=bar&n=42&x=1.5",
        url(obj("foo", obj("type", "string", "queryParam", true),
            "n", obj("type", "number", "queryParam", true),
            "x", obj("type", "number", "queryParam", true),
            "notInUrl", obj("type", "string")),
            obj("foo", "bar", "n", 42.0, "x", 1.5, "notInUrl", "secret")));
  }

  @Test
  void passesBooleanPropsInTheUrlCorrectly() {
    assertEquals(URL + "?yes=true&no=false", url(obj("yes", obj("type", "boolean", "queryParam", true),
        "no", obj("type", "boolean", "queryParam", true)), obj("yes", true, "no", false)));
  }

  @Test
  void passesAnEmptyStringAsAQueryParam() {
    assertEquals(URL + "?empty=", url(obj("empty", obj("type", "string", "queryParam", true)),
        obj("empty", "")));
  }

  @Test
  void leavesOutUndefinedAndNull() {
    assertEquals(URL, url(obj("a", obj("type", "string", "queryParam", true),
        "b", obj("type", "string", "queryParam", true)), obj("b", null)));
  }

  @Test
  void encodesNamesAndValues() {
    assertEquals(URL + "?q%20s=a%26b%3Dc%20%C3%A9", url(obj("q", obj("type", "string",
        "queryParam", "q s")), obj("q", "a&b=c é")));
  }

  @Test
  void keepsTheUrlsOwnQueryAndHash() {
    Object defs = obj("foo", obj("type", "string", "queryParam", true));
    Object props = obj("foo", "bar");
    assertEquals(URL + "?a=1&foo=bar#top", url(URL + "?a=1#top", defs, props));
    assertEquals(URL + "?foo=bar#top?x", url(URL + "#top?x", defs, props));
    assertEquals(URL + "?foo=bar", url(URL + "?", defs, props));
  }

  @Test
  void theParamNameMayBeAStringOrAFunctionOfTheValue() {
    assertEquals(URL + "?email=a%40b.test&via-fn-x=x", url(obj(
        "defaultEmail", obj("type", "string", "queryParam", "email"),
        "other", obj("type", "string", "queryParam", fn(ctx -> "via-fn-" + ctx.get("value")))),
        obj("defaultEmail", "a@b.test", "other", "x")));
  }

  @Test
  void queryValueTransformsTheValueAndLetsAFunctionPropIn() {
    assertEquals(URL + "?amount=2.50&callback=yes", url(obj(
        "amount", obj("type", "number", "queryParam", true,
            "queryValue", fn(ctx -> String.format("%.2f", (Double) ctx.get("value")))),
        "callback", obj("type", "function", "queryParam", true, "queryValue", fn(ctx -> "yes"))),
        obj("amount", 2.5, "callback", (java.util.function.Function<Object, Object>) x -> null)));
  }

  @Test
  void objectsAreDotifiedByDefault() {
    Object user = obj("name", "Ann", "age", 30.0, "tags", array("a", "b"), "address",
        obj("city", "Oslo"), "none", null, "fn", (java.util.function.Function<Object, Object>) x -> x);
    assertEquals(URL + "?user.name=Ann&user.age=30&user.tags%5B%5D=a%2Cb&user.address.city=Oslo",
        url(obj("user", obj("type", "object", "queryParam", true)), obj("user", user)));
  }

  @Test
  void dotifyIsNamedAfterThePropKeyAsInZoid() {
    assertEquals(URL + "?user.name=Ann", url(obj("user", obj("type", "object",
        "queryParam", "u")), obj("user", obj("name", "Ann"))));
  }

  @Test
  void objectsMayGoAsJsonOrBase64() {
    Map<String, Object> value = obj("name", "Zoë");
    String json = "{\"name\":\"Zoë\"}";
    String base64 = Base64.getEncoder().withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(URL + "?j=" + host.encodeUriComponent(json) + "&b=" + host.encodeUriComponent(base64),
        url(obj("j", obj("type", "object", "queryParam", true, "serialization", "json"),
            "b", obj("type", "object", "queryParam", true, "serialization", "base64")),
            obj("j", value, "b", value)));
    assertTrue(!base64.endsWith("="));
  }

  @Test
  void rendersAComponentWhereTheUrlIsAFunctionOfProps() {
    assertEquals("http://127.0.0.1:8081/en/child?foo=bar",
        url(fn(ctx -> "http://127.0.0.1:8081/" + ((Map<?, ?>) ctx.get("props")).get("lang")
            + "/child"), obj("foo", obj("type", "string", "queryParam", true)),
            obj("lang", "en", "foo", "bar")));
  }

  @Test
  void aUrlFunctionThatFailsOrGivesNoStringIsBadOptions() {
    PropDefinitions defs = PropDefinitions.builtIn();
    assertEquals(ErrorCode.BAD_OPTIONS,
        QueryString.url(host, fn(ctx -> 1.0), defs, obj()).error().code);
    assertEquals(ErrorCode.BAD_OPTIONS, QueryString.url(host, fn(ctx -> {
      throw new IllegalStateException("no");
    }), defs, obj()).error().code);
  }

  @Test
  void aUrlFunctionThatGivesNoAbsoluteHttpUrlIsBadOptions() {
    PropDefinitions defs = PropDefinitions.builtIn();
    for (String url : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x",
        "blob:http://127.0.0.1:8081/0b1e", "/child", "child.html", "ftp://127.0.0.1/child", ""}) {
      Outcome<String> built = QueryString.url(host, fn(ctx -> url), defs, obj());
      assertTrue(built.failed(), url);
      assertEquals(ErrorCode.BAD_OPTIONS, built.error().code, url);
    }
  }

  @Test
  void aThrowingQueryParamOrQueryValueIsPropInvalid() {
    java.util.function.Function<Object, Object> throwing = fn(ctx -> {
      throw new IllegalStateException("no");
    });
    PropDefinitions defs = PropDefinitions.read(host, obj(
        "a", obj("type", "string", "queryParam", throwing))).value();
    assertEquals(ErrorCode.PROP_INVALID, QueryString.url(host, URL, defs, obj("a", "x")).error().code);
    defs = PropDefinitions.read(host, obj(
        "a", obj("type", "string", "queryParam", true, "queryValue", throwing))).value();
    assertEquals(ErrorCode.PROP_INVALID, QueryString.url(host, URL, defs, obj("a", "x")).error().code);
  }

  @Test
  void doesNotPassAnEmptyDefaultStringAsAQueryParamWhenDecoratedToNull() {
    PropDefinitions defs = PropDefinitions.read(host, obj("foo", obj("type", "string",
        "required", false, "queryParam", true, "default", fn(ctx -> ""),
        "decorate", fn(ctx -> null)))).value();
    Object props = new PropResolver(host, defs, null).resolve(obj(), null, new JvmHost.Obj()).value();
    assertEquals(URL, QueryString.url(host, URL, defs, props).value());
  }
}

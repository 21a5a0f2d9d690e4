package io.xwindow.xcomponent.delegate;

import static io.xwindow.xcomponent.props.JvmHost.array;
import static io.xwindow.xcomponent.props.JvmHost.fn;
import static io.xwindow.xcomponent.props.JvmHost.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.xcomponent.error.ErrorCode;
import io.xwindow.xcomponent.props.ComponentOptions;
import io.xwindow.xcomponent.props.JvmHost;
import io.xwindow.xcomponent.props.Outcome;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DelegatedRenderTest {
  private static final String URL = "https://pay.example/card";
  private final JvmHost host = new JvmHost();

  private ComponentOptions options(Object... more) {
    JvmHost.Obj given = obj("tag", "pay-card", "url", URL,
        "props", obj("amount", obj("type", "number", "queryParam", true),
            "theme", obj("type", "string", "required", false, "allowDelegate", true)));
    for (int i = 0; i < more.length; i += 2) {
      given.put((String) more[i], more[i + 1]);
    }
    Outcome<ComponentOptions> read = ComponentOptions.read(host, given);
    assertTrue(!read.failed(), () -> read.error().message);
    return read.value();
  }

  /** A request as {@code renderTo} sends it, with {@code changes} (a null value removes the field). */
  private static JvmHost.Obj request(Object... changes) {
    JvmHost.Obj request = obj("uid", "k3x9a0", "context", "iframe", "container", "#pay",
        "props", obj("amount", 12.0, "theme", "dark"));
    for (int i = 0; i < changes.length; i += 2) {
      request.put((String) changes[i], changes[i + 1]);
    }
    return request;
  }

  private Outcome<DelegatedRender> read(ComponentOptions options, Object request) {
    return DelegatedRender.read(host, options, request, ".0");
  }

  private String refusal(ComponentOptions options, Object request) {
    Outcome<DelegatedRender> read = read(options, request);
    assertTrue(read.failed(), () -> "taken: " + read.value().url);
    return read.error().code;
  }

  @Test
  void buildsTheUrlFromItsOwnDefinitionWithTheQueryPropsTheRequestCarries() {
    DelegatedRender render = read(options(), request()).value();

    assertEquals(URL + "?amount=12", render.url);
    assertEquals("iframe", render.context);
    assertEquals("#pay", render.container);
    assertEquals(Map.of("amount", 12.0, "theme", "dark"), render.props);
  }

  @Test
  void takesARequestThatNamesExactlyTheUrlItBuilds() {
    assertEquals(URL + "?amount=12", read(options(), request("url", URL + "?amount=12")).value().url);
  }

  @Test
  void refusesARequestNamingAnyOtherUrl() {
    for (String url : new String[] {
        "javascript:parent.document.title=parent.document.cookie", "data:text/html,<script>1</script>",
        "blob:https://pay.example/0b1e", "https://elsewhere.example/card?amount=12",
        "https://pay.example/other?amount=12", URL, URL + "?amount=13", "http://pay.example/card?amount=12"}) {
      assertEquals(ErrorCode.DELEGATE_REFUSED, refusal(options(), request("url", url)), url);
    }
  }

  @Test
  void refusesAUrlFunctionThatGivesNoHttpUrlOrOneOffItsDomain() {
    ComponentOptions built = options("url",
        fn(ctx -> (String) ((Map<?, ?>) ctx.get("props")).get("theme")),
        "domain", "https://pay.example");

    assertEquals(ErrorCode.DELEGATE_REFUSED,
        refusal(built, request("props", obj("theme", "javascript:alert(1)"))));
    assertEquals(ErrorCode.DELEGATE_REFUSED,
        refusal(built, request("props", obj("theme", "https://elsewhere.example/card"))));
    assertEquals("https://pay.example/card?amount=3",
        read(built, request("props", obj("theme", "https://pay.example/card", "amount", 3.0))).value().url);
  }

  @Test
  void aUrlOnItsOwnOriginIsTakenWhenTheDomainIsAnother() {
    // the url redirects to the child's domain: zoid's reason for the domain option
    ComponentOptions redirecting = options("domain", "https://child.pay.example");

    assertEquals(URL + "?amount=12", read(redirecting, request()).value().url);
  }

  @Test
  void aDomainMatcherAdmitsTheUrlsAUrlFunctionGives() {
    ComponentOptions regional = options("url", fn(ctx -> "https://eu.pay.example/card"),
        "domain", array(Pattern.compile("^https://(eu|us)\\.pay\\.example$")));

    assertEquals("https://eu.pay.example/card?amount=12", read(regional, request()).value().url);
  }

  @Test
  void buildsTheWindowNameFromTheInstanceIdAndWhereTheFrameIs() {
    assertEquals("__xcomponent__pay_card__k3x9a0__p.0.2__",
        DelegatedRender.read(host, options(), request(), ".0.2").value().name);
    assertEquals("__xcomponent__pay_card__k3x9a0__o.1__",
        DelegatedRender.read(host, options(), request("context", "popup", "container", null), ".1")
            .value().name);
  }

  @Test
  void refusesAnInstanceIdThatIsNotOne() {
    for (Object uid : new Object[] {null, 12.0, "", "K3X9A0", "k3__p__", "a b", "x".repeat(65)}) {
      assertEquals(ErrorCode.DELEGATE_REFUSED, refusal(options(), request("uid", uid)), String.valueOf(uid));
    }
  }

  @Test
  void refusesAFrameThatIsNotBelowIt() {
    Outcome<DelegatedRender> read = DelegatedRender.read(host, options(), request(), null);

    assertEquals(ErrorCode.DELEGATE_REFUSED, read.error().code);
  }

  @Test
  void anIframeNeedsASelectorAndAPopupMayHaveNone() {
    assertEquals(ErrorCode.BAD_CONTAINER, refusal(options(), request("container", null)));
    assertEquals(ErrorCode.BAD_CONTAINER, refusal(options(), request("container", obj())));
    assertEquals(ErrorCode.BAD_CONTAINER,
        refusal(options(), request("context", "popup", "container", 1.0)));
    assertNull(read(options(), request("context", "popup", "container", null)).value().container);
  }

  @Test
  void refusesAnUnknownContext() {
    assertEquals(ErrorCode.BAD_CONTEXT, refusal(options(), request("context", "lightbox")));
    assertEquals(ErrorCode.BAD_CONTEXT, refusal(options(), request("context", null)));
  }

  @Test
  void refusesPropsThatAreNoObjectAndTakesNone() {
    assertEquals(ErrorCode.DELEGATE_REFUSED, refusal(options(), request("props", "amount=1")));
    assertEquals(URL, read(options(), request("props", null)).value().url);
  }

  @Test
  void rendersForItsDomainElseItsUrlsOriginAndNeverForAnyOrigin() {
    assertEquals("https://pay.example", DelegatedRender.domain(host, options()));
    assertEquals("https://child.pay.example",
        DelegatedRender.domain(host, options("domain", "https://child.pay.example")));
    assertNull(DelegatedRender.domain(host, options("domain", "*")));
    assertNull(DelegatedRender.domain(host, options("url", fn(ctx -> URL))));
  }
}

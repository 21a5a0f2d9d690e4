package io.xwindow.xcomponent.props;

import static io.xwindow.xcomponent.props.JvmHost.array;
import static io.xwindow.xcomponent.props.JvmHost.fn;
import static io.xwindow.xcomponent.props.JvmHost.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.xcomponent.error.ErrorCode;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** create()'s options, with zoid's validation test titles that apply. */
class ComponentOptionsTest {
  private final JvmHost host = new JvmHost();

  private JvmHost.Obj valid(Object... more) {
    JvmHost.Obj options = obj("tag", "log-in", "url", "http://127.0.0.1:8081/login");
    for (int i = 0; i < more.length; i += 2) {
      options.put((String) more[i], more[i + 1]);
    }
    return options;
  }

  private ComponentOptions read(JvmHost.Obj options) {
    Outcome<ComponentOptions> read = ComponentOptions.read(host, options);
    assertFalse(read.failed(), () -> read.error().message);
    return read.value();
  }

  /** Fails with BAD_OPTIONS whose message contains {@code mentions}. */
  private void refused(Object options, String mentions) {
    Outcome<ComponentOptions> read = ComponentOptions.read(host, options);
    assertTrue(read.failed(), "expected a refusal mentioning " + mentions);
    assertEquals(ErrorCode.BAD_OPTIONS, read.error().code);
    assertTrue(read.error().message.contains(mentions), read.error().message);
  }

  @Test
  void minimalOptionsGetZoidsDefaultsButTheBackForwardCacheOn() {
    ComponentOptions options = read(valid());

    assertEquals("log-in", options.tag);
    assertEquals("http://127.0.0.1:8081/login", options.url);
    assertEquals("iframe", options.defaultContext);
    assertEquals("*", options.allowedParentDomains);
    assertFalse(options.parentDomainsGiven);
    assertTrue(options.enableBfcache);
    assertFalse(options.zoidChildren, "no prop goes into a window name unless asked");
    assertFalse(options.autoResizeWidth);
    assertFalse(options.autoResizeHeight);
    assertNull(options.autoResizeElement);
    assertNull(options.dimensions);
    assertEquals(0, options.timeout);
    assertTrue(options.props.get("onError") != null, "built-in props are there");
  }

  @Test
  void everyGivenOptionIsKept() {
    Function<Object, Object> template = x -> null;
    JvmHost.Obj dimensions = obj("width", "400px", "height", "100%");
    Pattern parents = Pattern.compile("^https://partner\\.example$");
    ComponentOptions options = read(valid("dimensions", dimensions,
        "autoResize", obj("height", true, "element", "#content"),
        "allowedParentDomains", array("http://localhost:8080", parents),
        "domain", "http://127.0.0.1:8081", "defaultContext", "popup",
        "containerTemplate", template, "prerenderTemplate", template, "eligible", template,
        "validate", template, "timeout", 5000.0, "attributes", obj("iframe", obj("title", "Log in")),
        "exports", obj("submit", obj("type", "function")), "enableBfcache", false,
        "zoidChildren", true, "props", obj("defaultEmail", obj("type", "string"))));

    assertSame(dimensions, options.dimensions);
    assertTrue(options.autoResizeHeight);
    assertFalse(options.autoResizeWidth);
    assertEquals("#content", options.autoResizeElement);
    assertTrue(options.parentDomainsGiven);
    assertEquals("http://127.0.0.1:8081", options.domain);
    assertEquals("popup", options.defaultContext);
    assertSame(template, options.containerTemplate);
    assertSame(template, options.prerenderTemplate);
    assertSame(template, options.eligible);
    assertSame(template, options.validate);
    assertEquals(5000, options.timeout);
    assertFalse(options.enableBfcache);
    assertTrue(options.zoidChildren);
    assertEquals("{\"width\":false,\"height\":true,\"element\":\"#content\"}",
        host.json(options.autoResize(host)), "as the child reads it");
    assertEquals("string", options.props.get("defaultEmail").type);
  }

  @Test
  void urlMayBeAFunctionOfProps() {
    Function<Object, Object> url = fn(ctx -> "http://127.0.0.1:8081/");
    assertSame(url, read(valid("url", url)).url);
  }

  @Test
  void throwsWhenCreatedWithNoOrEmptyOptions() {
    refused(null, "options");
    refused(obj(), "options.tag");
  }

  @Test
  void throwsWhenCreatedWithNoTag() {
    refused(obj("url", "http://127.0.0.1/"), "options.tag");
  }

  @Test
  void tagIsLowerCaseLettersDigitsAndInnerDashes() {
    refused(valid("tag", "log-in-"), "options.tag");
    refused(valid("tag", "-log-in"), "options.tag");
    refused(valid("tag", "special$%&-chars"), "options.tag");
    refused(valid("tag", "Log-In"), "options.tag");
    refused(valid("tag", "a"), "options.tag"); // zoid's pattern needs two characters
    refused(valid("tag", 12.0), "options.tag");
    assertEquals("login", read(valid("tag", "login")).tag);
    assertEquals("a1", read(valid("tag", "a1")).tag);
  }

  @Test
  void throwsWhenCreatedWithNoOrAnInvalidUrl() {
    refused(obj("tag", "log-in"), "options.url");
    refused(valid("url", 12345.0), "options.url");
    refused(valid("url", "/login"), "options.url");
    refused(valid("url", "//127.0.0.1/login"), "options.url");
  }

  @Test
  void dimensionsArePxOrPercentStringsOrAFunction() {
    refused(valid("dimensions", "moo"), "options.dimensions");
    refused(valid("dimensions", obj()), "options.dimensions.width");
    refused(valid("dimensions", obj("width", "foo", "height", "bar")), "options.dimensions");
    refused(valid("dimensions", obj("width", "400px", "height", "foo")), "options.dimensions.height");
    refused(valid("dimensions", obj("width", 50.0, "height", "100px")), "options.dimensions.width");
    refused(valid("dimensions", obj("width", "1.5px", "height", "100px")), "options.dimensions.width");
    read(valid("dimensions", obj("width", "50%", "height", "200px")));
    read(valid("dimensions", fn(ctx -> obj("width", "1px", "height", "1px"))));
  }

  @Test
  void throwsWhenCreatedWithAnInvalidDefaultContext() {
    refused(valid("defaultContext", "lightbox"), "options.defaultContext");
  }

  @Test
  void modalIsADefaultContextWhoseBackdropClosesOnlyWhenAsked() {
    ComponentOptions modal = read(valid("defaultContext", "modal"));

    assertEquals("modal", modal.defaultContext);
    assertFalse(modal.closeOnBackdropClick, "a stray click on the backdrop keeps the component");
    assertTrue(read(valid("closeOnBackdropClick", true)).closeOnBackdropClick);
    refused(valid("closeOnBackdropClick", "yes"), "options.closeOnBackdropClick");
  }

  @Test
  void throwsWhenCreatedWithNonFunctionTemplates() {
    refused(valid("prerenderTemplate", "<div>"), "options.prerenderTemplate");
    refused(valid("containerTemplate", obj()), "options.containerTemplate");
  }

  @Test
  void domainMatchersAreStringsRegExpsOrArraysOfThem() {
    refused(valid("allowedParentDomains", 1.0), "options.allowedParentDomains");
    refused(valid("allowedParentDomains", array("http://a.test", 1.0)), "options.allowedParentDomains");
    refused(valid("domain", obj()), "options.domain");
    assertEquals("http://a.test", read(valid("allowedParentDomains", "http://a.test")).allowedParentDomains);
  }

  @Test
  void otherOptionsAreCheckedByType() {
    refused(valid("autoResize", true), "options.autoResize");
    refused(valid("autoResize", obj("height", "yes")), "options.autoResize.height");
    refused(valid("timeout", -1.0), "options.timeout");
    refused(valid("timeout", "5s"), "options.timeout");
    refused(valid("attributes", "allow"), "options.attributes");
    refused(valid("exports", 1.0), "options.exports");
    refused(valid("enableBfcache", "no"), "options.enableBfcache");
    refused(valid("zoidChildren", "yes"), "options.zoidChildren");
    refused(valid("eligible", true), "options.eligible");
    refused(valid("validate", true), "options.validate");
  }

  @Test
  void throwsWhenCreatedWithPropsAsAString() {
    refused(valid("props", "foo"), "options.props");
  }

  @Test
  void aBadPropDefinitionIsRefusedByName() {
    refused(valid("props", obj("moo", "wat")), "props.moo");
    refused(valid("props", obj("moo", obj("type", "invalid"))), "props.moo.type");
    refused(valid("props", obj("onSomething", obj())), "props.onSomething.type");
  }
}

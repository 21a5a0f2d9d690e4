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
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PropDefinitionsTest {
  private final JvmHost host = new JvmHost();

  private PropDefinitions read(Object props) {
    Outcome<PropDefinitions> read = PropDefinitions.read(host, props);
    assertFalse(read.failed(), () -> read.error().message);
    return read.value();
  }

  private void refused(Object definition, String mentions) {
    Outcome<PropDefinitions> read = PropDefinitions.read(host, obj("foo", definition));
    assertTrue(read.failed(), "expected a refusal mentioning " + mentions);
    assertEquals(ErrorCode.BAD_OPTIONS, read.error().code);
    assertTrue(read.error().message.contains(mentions), read.error().message);
  }

  @Test
  void builtInPropsAreOptionalAndOnlyCspNonceAndOnErrorReachTheChild() {
    PropDefinitions definitions = read(null);
    List<String> builtIns = List.of("window", "timeout", "cspNonce", "onRender", "onPrerender",
        "onPrerendered", "onDisplay", "onRendered", "onClose", "onDestroy", "onResize", "onFocus",
        "onBfcacheCache", "onBfcacheRestore", "onError", "onProps");
    assertEquals(builtIns.size(), definitions.size());
    for (String name : builtIns) {
      PropDefinition definition = definitions.get(name);
      assertFalse(definition.required, name);
      assertEquals(name.equals("cspNonce") || name.equals("onError"), definition.sendToChild, name);
    }
    assertEquals("object", definitions.get("window").type);
    assertEquals("number", definitions.get("timeout").type);
    assertEquals("string", definitions.get("cspNonce").type);
    assertEquals("function", definitions.get("onRendered").type);
    assertTrue(definitions.get("window").allowDelegate);
    assertNull(definitions.get("nothing"));
  }

  @Test
  void aDefinitionGetsZoidsDefaults() {
    PropDefinition foo = read(obj("foo", obj("type", "string"))).get("foo");
    assertTrue(foo.required);
    assertTrue(foo.sendToChild);
    assertFalse(foo.sameDomain);
    assertFalse(foo.allowDelegate);
    assertEquals(PropSerialization.DOTIFY, foo.serialization);
    assertNull(foo.queryParam);
    assertNull(foo.alias);
    assertNull(foo.trustedDomains);
  }

  @Test
  void everyFieldIsRead() {
    Function<Object, Object> f = fn(ctx -> null);
    List<Object> trusted = array("http://a.test");
    PropDefinition foo = read(obj("foo", obj("type", "object", "required", false, "default", f,
        "value", f, "validate", f, "decorate", f, "queryParam", "q", "queryValue", f,
        "serialization", "json", "alias", "bar", "sendToChild", false, "sameDomain", true,
        "trustedDomains", trusted, "allowDelegate", true))).get("foo");
    assertEquals("object", foo.type);
    assertFalse(foo.required);
    assertSame(f, foo.defaultValue);
    assertSame(f, foo.value);
    assertSame(f, foo.validate);
    assertSame(f, foo.decorate);
    assertEquals("q", foo.queryParam);
    assertSame(f, foo.queryValue);
    assertEquals("json", foo.serialization);
    assertEquals("bar", foo.alias);
    assertFalse(foo.sendToChild);
    assertTrue(foo.sameDomain);
    assertSame(trusted, foo.trustedDomains);
    assertTrue(foo.allowDelegate);
  }

  @Test
  void aUserDefinitionReplacesTheBuiltInOfTheSameName() {
    PropDefinitions definitions =
        read(obj("timeout", obj("type", "number", "sendToChild", true), "extra", obj("type", "array")));
    assertTrue(definitions.get("timeout").sendToChild);
    assertEquals(17, definitions.size());
    assertEquals("extra", definitions.at(16).name);
  }

  @Test
  void badDefinitionsAreRefused() {
    refused("wat", "props.foo to be an object");
    refused(obj(), "props.foo.type");
    refused(obj("type", "invalid"), "props.foo.type");
    refused(obj("type", "string", "required", "yes"), "props.foo.required");
    refused(obj("type", "string", "default", "x"), "props.foo.default");
    refused(obj("type", "string", "serialization", "xml"), "props.foo.serialization");
    refused(obj("type", "string", "queryParam", 1.0), "props.foo.queryParam");
    refused(obj("type", "string", "trustedDomains", "http://a.test"), "props.foo.trustedDomains");
    refused(obj("type", "string", "alias", 1.0), "props.foo.alias");
  }

  @Test
  void throwsWhenCreatedWithRequiredAndDefaultTogether() {
    refused(obj("type", "string", "required", true, "default", fn(ctx -> "x")), "default");
  }

  @Test
  void throwsWhenCreatedWithAFunctionPropWithQueryParamTrue() {
    refused(obj("type", "function", "queryParam", true), "queryParam");
    PropDefinition withValue = read(obj("foo", obj("type", "function", "queryParam", true,
        "queryValue", fn(ctx -> "x")))).get("foo");
    assertEquals(Boolean.TRUE, withValue.queryParam);
  }

  @Test
  void queryParamFalseOrEmptyMeansNone() {
    assertNull(read(obj("foo", obj("type", "string", "queryParam", false))).get("foo").queryParam);
    assertNull(read(obj("foo", obj("type", "string", "queryParam", ""))).get("foo").queryParam);
  }
}

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
import io.xwindow.xcomponent.error.XComponentError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The parent's resolution of input props, with zoid's props and validation test titles. */
class PropResolverTest {
  private final JvmHost host = new JvmHost();

  private PropDefinitions definitions(Object... namesAndDefinitions) {
    return PropDefinitions.read(host, obj(namesAndDefinitions)).value();
  }

  private Outcome<Object> resolve(PropDefinitions definitions, Object input) {
    return new PropResolver(host, definitions, null).resolve(input, null, new JvmHost.Obj());
  }

  private JvmHost.Obj resolved(PropDefinitions definitions, Object input) {
    Outcome<Object> outcome = resolve(definitions, input);
    assertFalse(outcome.failed(), () -> outcome.error().message);
    return (JvmHost.Obj) outcome.value();
  }

  private XComponentError error(PropDefinitions definitions, Object input, String code) {
    Outcome<Object> outcome = resolve(definitions, input);
    assertTrue(outcome.failed(), "expected " + code);
    assertEquals(code, outcome.error().code, outcome.error().message);
    return outcome.error();
  }

  @Test
  void callsBackWithEachPropType() {
    Function<Object, Object> callback = x -> null;
    PropDefinitions defs = definitions("s", obj("type", "string"), "n", obj("type", "number"),
        "b", obj("type", "boolean"), "a", obj("type", "array"), "o", obj("type", "object"),
        "f", obj("type", "function"));
    JvmHost.Obj props = resolved(defs, obj("s", "x", "n", 1.5, "b", false, "a", array(1.0),
        "o", obj("k", "v"), "f", callback));
    assertEquals("x", props.get("s"));
    assertEquals(1.5, props.get("n"));
    assertEquals(false, props.get("b"));
    assertEquals(array(1.0), props.get("a"));
    assertEquals(obj("k", "v"), props.get("o"));
    assertSame(callback, props.get("f"));
  }

  @Test
  void throwsWhenRenderedWithAWrongType() {
    PropDefinitions defs = definitions("functionProp", obj("type", "function", "required", false),
        "stringProp", obj("type", "string", "required", false),
        "numberProp", obj("type", "number", "required", false),
        "arrayProp", obj("type", "array", "required", false));
    Function<Object, Object> f = x -> null;
    assertTrue(error(defs, obj("functionProp", "foobar"), ErrorCode.PROP_TYPE).message
        .contains("functionProp"));
    error(defs, obj("stringProp", f), ErrorCode.PROP_TYPE);
    error(defs, obj("stringProp", obj()), ErrorCode.PROP_TYPE);
    error(defs, obj("numberProp", obj()), ErrorCode.PROP_TYPE);
    error(defs, obj("numberProp", "1"), ErrorCode.PROP_TYPE);
    error(defs, obj("arrayProp", obj()), ErrorCode.PROP_TYPE);
  }

  @Test
  void anEmailPropIsAStringThatLooksLikeAnEmailAddress() {
    PropDefinitions defs = definitions("defaultEmail", obj("type", "email", "required", false));
    assertEquals("ann@example.com",
        resolved(defs, obj("defaultEmail", "ann@example.com")).get("defaultEmail"));
    assertEquals("a.b+c@mail.example.co.uk",
        resolved(defs, obj("defaultEmail", "a.b+c@mail.example.co.uk")).get("defaultEmail"));
    for (String notAnAddress : new String[] {"ann", "ann@", "@example.com", "ann@example",
        "ann@example.", "ann@@example.com", "a@b@example.com", "ann @example.com",
        "ann@example.com\n", "ann@.com", ""}) {
      assertTrue(error(defs, obj("defaultEmail", notAnAddress), ErrorCode.PROP_TYPE).message
          .contains("defaultEmail"), notAnAddress);
    }
    error(defs, obj("defaultEmail", 42.0), ErrorCode.PROP_TYPE);
    error(defs, obj("defaultEmail", obj()), ErrorCode.PROP_TYPE);
  }

  @Test
  void anObjectPropAcceptsAnArrayAsZoidsTypeofDoes() {
    PropDefinitions defs = definitions("o", obj("type", "object"));
    assertEquals(array("x"), resolved(defs, obj("o", array("x"))).get("o"));
  }

  @Test
  void throwsWhenRenderedWithAnUnserializableObjectForAnObjectProp() {
    PropDefinitions defs = definitions("o", obj("type", "object"),
        "parentOnly", obj("type", "object", "required", false, "sendToChild", false));
    JvmHost.Obj cyclic = obj();
    cyclic.put("self", cyclic);
    error(defs, obj("o", cyclic), ErrorCode.PROP_INVALID);
    // a prop that never crosses to the child need not serialize
    assertSame(cyclic, resolved(defs, obj("o", obj(), "parentOnly", cyclic)).get("parentOnly"));
  }

  @Test
  void errorsOutIfNotPassedARequiredProp() {
    PropDefinitions defs = definitions("foo", obj("type", "string"));
    assertTrue(error(defs, obj(), ErrorCode.PROP_REQUIRED).message.contains("foo"));
    error(defs, null, ErrorCode.PROP_REQUIRED);
    error(defs, obj("foo", null), ErrorCode.PROP_REQUIRED);
  }

  @Test
  void anOptionalPropMayBeMissing() {
    PropDefinitions defs = definitions("foo", obj("type", "string", "required", false));
    JvmHost.Obj props = resolved(defs, obj());
    assertTrue(props.containsKey("foo"));
    assertNull(props.get("foo"));
  }

  @Test
  void errorsOutIfARequiredPropHasAValueFunctionWhichReturnsUndefined() {
    error(definitions("foo", obj("type", "string", "value", fn(ctx -> null))), obj(),
        ErrorCode.PROP_REQUIRED);
  }

  @Test
  void propsWithoutADefinitionPassThroughUntyped() {
    Function<Object, Object> f = x -> null;
    JvmHost.Obj props = resolved(definitions(), obj("anything", 1.0, "callback", f));
    assertEquals(1.0, props.get("anything"));
    assertSame(f, props.get("callback"));
  }

  @Test
  void rendersAPropWithAPredefinedValueWhateverWasPassed() {
    PropDefinitions defs = definitions("foo", obj("type", "string", "value", fn(ctx -> "fixed")));
    assertEquals("fixed", resolved(defs, obj("foo", "given")).get("foo"));
  }

  @Test
  void usesTheDefaultOnlyWhenNothingWasGiven() {
    PropDefinitions defs = definitions("foo",
        obj("type", "string", "required", false, "default", fn(ctx -> "dflt")));
    assertEquals("dflt", resolved(defs, obj()).get("foo"));
    assertEquals("given", resolved(defs, obj("foo", "given")).get("foo"));
  }

  @Test
  void aDefaultOfTheWrongTypeIsAPropTypeError() {
    error(definitions("foo", obj("type", "number", "required", false, "default", fn(c -> "x"))),
        obj(), ErrorCode.PROP_TYPE);
  }

  @Test
  void aliasesAPropAndCopiesIt() {
    PropDefinitions defs = definitions("foo", obj("type", "string", "alias", "bar"));
    assertEquals("by alias", resolved(defs, obj("bar", "by alias")).get("foo"));
    assertEquals("by name", resolved(defs, obj("foo", "by name", "bar", "by alias")).get("foo"));
  }

  @Test
  void runsValidateOnPropsAndPassesUpTheErrorWhenThrown() {
    PropDefinitions defs = definitions("foo", obj("type", "number", "validate", fn(ctx -> {
      if ((Double) ctx.get("value") < 0) {
        throw new IllegalArgumentException("must not be negative");
      }
      return null;
    })));
    XComponentError invalid = error(defs, obj("foo", -1.0), ErrorCode.PROP_INVALID);
    assertTrue(invalid.message.contains("foo") && invalid.message.contains("must not be negative"),
        invalid.message);
    assertEquals(2.0, resolved(defs, obj("foo", 2.0)).get("foo"));
  }

  @Test
  void validateGetsTheValueAndTheInputProps() {
    List<Object> seen = new ArrayList<>();
    JvmHost.Obj input = obj("foo", "x", "other", 1.0);
    resolved(definitions("foo", obj("type", "string", "validate", fn(ctx -> {
      seen.add(ctx.get("value"));
      seen.add(ctx.get("props"));
      return null;
    }))), input);
    assertEquals(List.of("x", input), seen);
  }

  @Test
  void runsTheComponentsValidateOnTheInputAndPassesUpTheErrorWhenThrown() {
    List<Object> seen = new ArrayList<>();
    Function<Object, Object> validate = fn(ctx -> {
      seen.add(ctx.get("props"));
      throw new IllegalStateException("no way");
    });
    JvmHost.Obj input = obj();
    Outcome<Object> outcome =
        new PropResolver(host, definitions(), validate).resolve(input, null, new JvmHost.Obj());
    assertEquals(ErrorCode.PROP_INVALID, outcome.error().code);
    assertTrue(outcome.error().message.contains("no way"));
    assertSame(input, seen.get(0));
  }

  @Test
  void aThrowingValueOrDecorateFunctionIsPropInvalid() {
    Function<Object, Object> throwing = fn(ctx -> {
      throw new IllegalStateException("boom");
    });
    assertTrue(error(definitions("foo", obj("type", "string", "value", throwing)), obj(),
        ErrorCode.PROP_INVALID).message.contains("boom"));
    error(definitions("foo", obj("type", "string", "decorate", throwing)), obj("foo", "x"),
        ErrorCode.PROP_INVALID);
    error(definitions("foo", obj("type", "string", "required", false, "default", throwing)),
        obj(), ErrorCode.PROP_INVALID);
  }

  @Test
  void decoratesTheResolvedValue() {
    PropDefinitions defs = definitions("baz", obj("type", "number", "required", false,
        "decorate", fn(ctx -> (Double) ctx.get("value") * 2)));
    assertEquals(4.0, resolved(defs, obj("baz", 2.0)).get("baz"));
    assertNull(resolved(defs, obj()).get("baz"), "no decorate without a value");
  }

  @Test
  void getsAPassedValueInTheValueDefaultAndDecorateFunctions() {
    Function<Object, Object> fooFromProps = fn(ctx -> {
      assertFalse(ctx.containsKey("value"), "value and default get no value");
      return ((Map<?, ?>) ctx.get("props")).get("foo");
    });
    PropDefinitions byValue = definitions("foo", obj("type", "number"),
        "baz", obj("type", "number", "required", false, "value", fooFromProps));
    assertEquals(7.0, resolved(byValue, obj("foo", 7.0, "baz", 1.0)).get("baz"));
    PropDefinitions byDefault = definitions("foo", obj("type", "number"),
        "baz", obj("type", "number", "required", false, "default", fooFromProps));
    assertEquals(7.0, resolved(byDefault, obj("foo", 7.0)).get("baz"));
    PropDefinitions byDecorate = definitions("foo", obj("type", "number"),
        "baz", obj("type", "number", "required", false, "decorate",
            fn(ctx -> (Double) ((Map<?, ?>) ctx.get("props")).get("foo") * (Double) ctx.get("value"))));
    assertEquals(21.0, resolved(byDecorate, obj("foo", 7.0, "baz", 3.0)).get("baz"));
  }

  @Test
  void getsAnAliasedCalculatedOrDefaultValueOfAnotherPropInTheDecorator() {
    Function<Object, Object> timesFoo =
        fn(ctx -> (Double) ((Map<?, ?>) ctx.get("props")).get("foo") * (Double) ctx.get("value"));
    assertEquals(6.0, resolved(definitions("foo", obj("type", "number", "alias", "bar"),
        "baz", obj("type", "number", "decorate", timesFoo)), obj("bar", 2.0, "baz", 3.0)).get("baz"));
    assertEquals(15.0, resolved(definitions("foo", obj("type", "number", "value", fn(c -> 5.0)),
        "baz", obj("type", "number", "decorate", timesFoo)), obj("baz", 3.0)).get("baz"));
    assertEquals(12.0, resolved(definitions("foo",
        obj("type", "number", "required", false, "default", fn(c -> 4.0)),
        "baz", obj("type", "number", "decorate", timesFoo)), obj("baz", 3.0)).get("baz"));
  }

  @Test
  void getsASelfCalculatedOrSelfDefaultValueInTheDecorator() {
    Function<Object, Object> decorate =
        fn(ctx -> ((Map<?, ?>) ctx.get("props")).get("baz") + "_" + ctx.get("value") + "_decorated");
    assertEquals("baz_baz_decorated", resolved(definitions("baz",
        obj("type", "string", "value", fn(c -> "baz"), "decorate", decorate)), obj()).get("baz"));
    assertEquals("baz_baz_decorated", resolved(definitions("baz",
        obj("type", "string", "required", false, "default", fn(c -> "baz"), "decorate", decorate)),
        obj()).get("baz"));
  }

  @Test
  void aValueFunctionReadingItsOwnPropGetsTheInput() {
    Function<Object, Object> original = x -> "original";
    PropDefinitions defs = definitions("foo", obj("type", "function", "value", fn(ctx -> {
      Object own = ((Map<?, ?>) ctx.get("props")).get("foo");
      return (Function<Object, Object>) x -> "wrapped " + ((Function<Object, Object>) own).apply(x);
    })));
    @SuppressWarnings("unchecked")
    Function<Object, Object> foo =
        (Function<Object, Object>) resolved(defs, obj("foo", original)).get("foo");
    assertEquals("wrapped original", foo.apply(null));
  }

  @Test
  void getsTheCorrectValueForAllOtherPropsInValueFunctionWhateverTheirOrder() {
    PropDefinitions defs = definitions(
        "superprop", obj("type", "object", "value", fn(ctx -> {
          Map<?, ?> props = (Map<?, ?>) ctx.get("props");
          return obj("foo", props.get("foo"), "bar", props.get("bar"));
        })),
        "foo", obj("type", "string", "value", fn(ctx -> "abc123")),
        "bar", obj("type", "number", "value", fn(ctx -> 12345.0)));
    JvmHost.Obj props = resolved(defs, obj());
    assertEquals(obj("foo", "abc123", "bar", 12345.0), props.get("superprop"));
    assertEquals("abc123", props.get("foo"));
  }

  @Test
  void passesAllInputPropsThroughToValueEvenForTheSameProp() {
    List<Object> seen = new ArrayList<>();
    PropDefinitions defs = definitions("foo", obj("type", "string", "value", fn(ctx -> {
      Map<?, ?> props = (Map<?, ?>) ctx.get("props");
      seen.add(props.get("foo"));
      seen.add(props.get("bar"));
      seen.add(props.get("untyped"));
      return "computed";
    })), "bar", obj("type", "number"));
    resolved(defs, obj("foo", "input", "bar", 1.0, "untyped", true));
    assertEquals(List.of("input", 1.0, true), seen);
  }

  @Test
  void theContextCarriesTheCallersExtras() {
    Object state = obj();
    Function<Object, Object> close = x -> null;
    List<Object> seen = new ArrayList<>();
    PropDefinitions defs = definitions("foo", obj("type", "string", "required", false,
        "default", fn(ctx -> {
          seen.add(ctx.get("state"));
          seen.add(ctx.get("close"));
          return "x";
        })));
    new PropResolver(host, defs, null)
        .resolve(obj(), obj("state", state, "close", close), new JvmHost.Obj());
    assertSame(state, seen.get(0));
    assertSame(close, seen.get(1));
  }

  @Test
  void updatePropsMergesAndResolvesOntoTheSameObjectForTheLatestDecoratedValue() {
    PropDefinitions defs = definitions("baz", obj("type", "number", "required", false,
        "decorate", fn(ctx -> (Double) ctx.get("value") * 2)),
        "name", obj("type", "string"));
    PropResolver resolver = new PropResolver(host, defs, null);
    JvmHost.Obj props = new JvmHost.Obj();
    JvmHost.Obj first = obj("baz", 2.0, "name", "a");
    resolver.resolve(first, null, props);
    assertEquals(4.0, props.get("baz"));

    Object second = PropResolver.merge(host, first, obj("baz", 3.0));
    assertFalse(resolver.resolve(second, null, props).failed());
    assertEquals(6.0, props.get("baz"));
    assertEquals("a", props.get("name"), "props not updated are kept");
    assertEquals(2.0, first.get("baz"), "the previous input is not changed");

    resolver.resolve(PropResolver.merge(host, second, obj("baz", 5.0)), null, props);
    assertEquals(10.0, props.get("baz"));
  }

  @Test
  void updatePropsWithADefaultOrAValueResolvesThemAgain() {
    int[] calls = {0};
    PropDefinitions defs = definitions("d", obj("type", "number", "required", false,
        "default", fn(ctx -> (double) ++calls[0])));
    PropResolver resolver = new PropResolver(host, defs, null);
    JvmHost.Obj props = new JvmHost.Obj();
    resolver.resolve(obj(), null, props);
    assertEquals(1.0, props.get("d"));
    resolver.resolve(PropResolver.merge(host, obj(), obj("x", 1.0)), null, props);
    assertEquals(2.0, props.get("d"));
    assertEquals(2.0, props.get("d"), "resolved once per update, not per read");
  }

  @Test
  void aPropTypeErrorInAnUpdateIsReturned() {
    PropResolver resolver =
        new PropResolver(host, definitions("n", obj("type", "number")), null);
    JvmHost.Obj props = new JvmHost.Obj();
    resolver.resolve(obj("n", 1.0), null, props);
    Outcome<Object> update =
        resolver.resolve(PropResolver.merge(host, obj("n", 1.0), obj("n", "one")), null, props);
    assertEquals(ErrorCode.PROP_TYPE, update.error().code);
  }
}

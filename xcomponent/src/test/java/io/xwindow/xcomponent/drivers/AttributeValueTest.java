package io.xwindow.xcomponent.drivers;

import static io.xwindow.xcomponent.props.JvmHost.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.xwindow.xcomponent.props.JvmHost;
import io.xwindow.xcomponent.props.PropDefinitions;
import org.junit.jupiter.api.Test;

class AttributeValueTest {
  private final PropDefinitions props = PropDefinitions.read(new JvmHost(), obj(
      "defaultEmail", obj("type", "string"),
      "contact", obj("type", "email"),
      "amount", obj("type", "number"),
      "remember", obj("type", "boolean"),
      "style", obj("type", "object"),
      "items", obj("type", "array"),
      "onLoginSuccess", obj("type", "function"))).value();

  @Test
  void stringNumberAndBooleanPropsHaveKebabCaseAttributes() {
    // what the element observes: the attributes for which an empty text gives a value
    for (String attribute : new String[] {"timeout", "csp-nonce", "default-email", "contact",
        "amount", "remember"}) {
      assertNotNull(AttributeValue.of(props, attribute, "", 0), attribute);
    }
  }

  @Test
  void aStringAttributeIsItsText() {
    assertEquals("ann@example.com",
        AttributeValue.of(props, "default-email", "ann@example.com", Double.NaN));
    assertEquals("a@b.example", AttributeValue.of(props, "contact", "a@b.example", Double.NaN));
    assertEquals("", AttributeValue.of(props, "default-email", "", 0));
  }

  @Test
  void aNumberAttributeIsTheNumberTheBrowserParsed() {
    assertEquals(12.5, AttributeValue.of(props, "amount", "12.5", 12.5));
    assertEquals(0.0, AttributeValue.of(props, "amount", "0", 0));
  }

  @Test
  void aNumberAttributeThatDoesNotParseStaysTextForThePropCheckToName() {
    assertEquals("twelve", AttributeValue.of(props, "amount", "twelve", Double.NaN));
    // Number("") is 0 in JavaScript: an empty attribute is no number either
    assertEquals("", AttributeValue.of(props, "amount", "", 0));
  }

  @Test
  void aBooleanAttributeIsTrueWhenPresentUnlessItSaysFalse() {
    assertEquals(true, AttributeValue.of(props, "remember", "", 0));
    assertEquals(true, AttributeValue.of(props, "remember", "remember", Double.NaN));
    assertEquals(false, AttributeValue.of(props, "remember", "false", Double.NaN));
  }

  @Test
  void aRemovedAttributeGivesThePropNoMore() {
    assertNull(AttributeValue.of(props, "default-email", null, Double.NaN));
    assertNull(AttributeValue.of(props, "remember", null, Double.NaN));
  }

  @Test
  void anAttributeOfNoPropOrOfAPropWithoutAttributeIsNothing() {
    assertNull(AttributeValue.of(props, "style", "color: red", Double.NaN));
    assertNull(AttributeValue.of(props, "on-login-success", "alert(1)", Double.NaN));
    assertNull(AttributeValue.of(props, "unknown", "x", Double.NaN));
  }
}

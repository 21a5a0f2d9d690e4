package io.xwindow.xcomponent.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PropNamesTest {
  @Test
  void aTagWithAHyphenIsTheElementsName() {
    assertEquals("log-in", PropNames.element("log-in"));
    assertEquals("card-form-2", PropNames.element("card-form-2"));
  }

  @Test
  void aTagThatIsNoCustomElementNameIsPrefixed() {
    assertEquals("xcomponent-login", PropNames.element("login"));
    assertEquals("xcomponent-3d-card", PropNames.element("3d-card"));
  }

  @Test
  void camelCaseBecomesKebabCase() {
    assertEquals("default-email", PropNames.kebab("defaultEmail"));
    assertEquals("on-login-success", PropNames.kebab("onLoginSuccess"));
    assertEquals("user-i-d", PropNames.kebab("userID"));
    assertEquals("amount", PropNames.kebab("amount"));
    assertEquals("line2", PropNames.kebab("line2"));
  }

  @Test
  void kebabCaseBecomesCamelCaseAndCamelCaseStays() {
    assertEquals("defaultEmail", PropNames.camel("default-email"));
    assertEquals("onLoginSuccess", PropNames.camel("on-login-success"));
    assertEquals("defaultEmail", PropNames.camel("defaultEmail"));
    assertEquals("line2", PropNames.camel("line2"));
    assertEquals("trailing-", PropNames.camel("trailing-"));
  }

  @Test
  void everyPropNameSurvivesTheRoundTripThroughItsAttribute() {
    for (String name : new String[] {"defaultEmail", "onLoginSuccess", "userID", "a", "cspNonce"}) {
      assertEquals(name, PropNames.camel(PropNames.kebab(name)));
    }
  }

  @Test
  void theDriversKeepContextChildrenAndRefForThemselves() {
    assertTrue(PropNames.reserved("context"));
    assertTrue(PropNames.reserved("children"));
    assertTrue(PropNames.reserved("ref"));
    assertFalse(PropNames.reserved("defaultEmail"));
  }
}

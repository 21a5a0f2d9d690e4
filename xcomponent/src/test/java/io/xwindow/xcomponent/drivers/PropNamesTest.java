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
  void theDriversKeepContextChildrenAndRefForThemselves() {
    assertTrue(PropNames.reserved("context"));
    assertTrue(PropNames.reserved("children"));
    assertTrue(PropNames.reserved("ref"));
    assertFalse(PropNames.reserved("defaultEmail"));
  }
}

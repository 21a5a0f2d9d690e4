package io.xwindow.xcomponent.dom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a modal component counts as closed by the user, and by which clicks and keys. */
class DismissalTest {
  @Test
  void aDialogTheUserClosedEndsTheComponentAsUserClosed() {
    assertEquals("user_closed", Dismissal.reason(true, true, false));
  }

  @Test
  void anOpenDialogOrOneXcomponentHidItselfIsNotGone() {
    assertNull(Dismissal.reason(true, true, true));
    assertNull(Dismissal.reason(true, false, false), "hide() closed it: not the user");
  }

  @Test
  void aContainerThatLeftThePageWinsOverTheDialogsState() {
    assertEquals("container_removed", Dismissal.reason(false, true, false));
    assertEquals("container_removed", Dismissal.reason(false, true, true));
  }

  @Test
  void onlyAClickOnTheDialogOutsideItsBoxIsOnTheBackdrop() {
    // the dialog's box: 100..300 across, 50..250 down
    assertTrue(Dismissal.onBackdrop(true, 10, 10, 100, 50, 300, 250));
    assertTrue(Dismissal.onBackdrop(true, 301, 100, 100, 50, 300, 250));
    assertTrue(Dismissal.onBackdrop(true, 200, 251, 100, 50, 300, 250));
    assertFalse(Dismissal.onBackdrop(true, 200, 100, 100, 50, 300, 250), "the dialog's own padding");
    assertFalse(Dismissal.onBackdrop(true, 100, 50, 100, 50, 300, 250), "its edge");
    assertFalse(Dismissal.onBackdrop(false, 10, 10, 100, 50, 300, 250), "a click on its content");
  }

  @Test
  void escapeThePageLeftAloneClosesAndNothingElseDoes() {
    assertTrue(Dismissal.closes("Escape", false, false));
    assertFalse(Dismissal.closes("Escape", true, false), "the page used it (preventDefault)");
    assertFalse(Dismissal.closes("Escape", false, true), "it cancels an input method's text");
    assertFalse(Dismissal.closes("Esc", false, false));
    assertFalse(Dismissal.closes("Enter", false, false));
    assertFalse(Dismissal.closes(null, false, false));
  }
}

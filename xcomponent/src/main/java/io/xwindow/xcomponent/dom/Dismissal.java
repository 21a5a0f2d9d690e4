package io.xwindow.xcomponent.dom;

import io.xwindow.xcomponent.constant.CloseReason;

/**
 * The {@code modal} context's decisions, apart from the browser (tested on the JVM): when the
 * user has closed the dialog, which clicks are on its backdrop, which keys close it.
 */
public final class Dismissal {
  private Dismissal() {}

  /**
   * Why a modal component is gone, or null while it is not: its container left the page ({@code
   * inPage} false), or the dialog is no longer open though xcomponent left it shown (the user
   * closed it: Escape, the close button, the backdrop).
   */
  public static String reason(boolean inPage, boolean shown, boolean open) {
    if (!inPage) {
      return CloseReason.CONTAINER_REMOVED;
    }
    return shown && !open ? CloseReason.USER_CLOSED : null;
  }

  /**
   * True for a click on the dialog's backdrop: its target is the dialog itself ({@code onDialog})
   * and the point ({@code x}, {@code y}) is outside the dialog's box. A click on the dialog's own
   * padding or border targets the dialog too, and is not one.
   */
  public static boolean onBackdrop(boolean onDialog, double x, double y, double left, double top,
      double right, double bottom) {
    return onDialog && (x < left || x > right || y < top || y > bottom);
  }

  /**
   * True when a key the child's page did not handle closes a modal component: Escape ({@code key}
   * as {@code KeyboardEvent.key}); not while an input method composes text, where Escape cancels
   * the composition, nor when the page called {@code preventDefault} (it used the key itself).
   */
  public static boolean closes(Object key, boolean handled, boolean composing) {
    return "Escape".equals(key) && !handled && !composing;
  }
}

package io.xwindow.xcomponent.constant;

/**
 * Why a component ended: the value the {@code close} event and {@code onClose} receive (as {@code
 * {reason}}). None of these is an error.
 */
public final class CloseReason {
  /** The parent called {@code close()}. */
  public static final String PARENT_CALL = "parent_call";
  /** The child called {@code xprops.close()}. */
  public static final String CHILD_CALL = "child_call";
  /** The user closed the popup, or something other than xcomponent closed the child window. */
  public static final String USER_CLOSED = "user_closed";
  /** The container element left the page. */
  public static final String CONTAINER_REMOVED = "container_removed";
  /** The parent page navigated away (and did not enter the back/forward cache). */
  public static final String PARENT_NAVIGATED = "parent_navigated";
  /** The component was destroyed ({@code destroy}, {@code destroyAll}, or a replaced tag). */
  public static final String DESTROYED = "destroyed";
  /** Render failed; the error event carried why. */
  public static final String ERROR = "error";

  private CloseReason() {}
}

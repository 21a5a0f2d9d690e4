package io.xwindow.xcomponent.constant;

/**
 * Where a component renders: zoid's {@code CONTEXT} values, and {@link #MODAL}, an iframe in an
 * in-page dialog (xcomponent's own).
 */
public final class Context {
  public static final String IFRAME = "iframe";
  public static final String POPUP = "popup";
  /** An iframe in the page's modal {@code <dialog>}, over the page. */
  public static final String MODAL = "modal";

  private Context() {}

  /** True for a context xcomponent knows. */
  public static boolean isKnown(Object context) {
    return IFRAME.equals(context) || POPUP.equals(context) || MODAL.equals(context);
  }
}

package io.xwindow.xcomponent.constant;

/** Where a component renders: zoid's {@code CONTEXT} values. */
public final class Context {
  public static final String IFRAME = "iframe";
  public static final String POPUP = "popup";

  private Context() {}

  /** True for a context xcomponent knows. */
  public static boolean isKnown(Object context) {
    return IFRAME.equals(context) || POPUP.equals(context);
  }
}

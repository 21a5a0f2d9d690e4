package io.xwindow.xcomponent.error;

import jsinterop.annotations.JsMethod;

/** The one place every typed error of xcomponent is made, with its {@link ErrorCode}. */
public final class Errors {
  private Errors() {}

  /** An error with {@code code} and {@code message}. */
  public static XComponentError of(String code, String message) {
    XComponentError error = new XComponentError(message);
    error.message = message; // as the constructor does in JavaScript; so that JVM tests see it
    error.code = code;
    return error;
  }

  public static XComponentError badOptions(String message) {
    return of(ErrorCode.BAD_OPTIONS, message);
  }

  public static XComponentError propRequired(String prop) {
    return of(ErrorCode.PROP_REQUIRED, "Expected prop \"" + prop + "\" to be passed");
  }

  public static XComponentError propType(String prop, String expected, String actual) {
    return of(ErrorCode.PROP_TYPE,
        "Prop is not of type " + expected + ": " + prop + " (got " + actual + ")");
  }

  public static XComponentError propInvalid(String prop, String why) {
    return of(ErrorCode.PROP_INVALID, "Prop \"" + prop + "\" is invalid: " + why);
  }

  /** The component's own {@code validate({props})} threw. */
  public static XComponentError propsInvalid(String why) {
    return of(ErrorCode.PROP_INVALID, "Props are invalid: " + why);
  }

  public static XComponentError badContainer(String why) {
    return of(ErrorCode.BAD_CONTAINER, why);
  }

  public static XComponentError badContext(String context) {
    return of(ErrorCode.BAD_CONTEXT, "Unrecognized context: " + context);
  }

  public static XComponentError badWindow(String why) {
    return of(ErrorCode.BAD_WINDOW, why);
  }

  public static XComponentError notEligible(String reason) {
    return of(ErrorCode.NOT_ELIGIBLE, reason == null ? "Component is not eligible" : reason);
  }

  public static XComponentError popupBlocked() {
    return of(ErrorCode.POPUP_BLOCKED, "Can not open popup window - blocked");
  }

  public static XComponentError renderTimeout(double millis) {
    return of(ErrorCode.RENDER_TIMEOUT, "Loading component timed out after " + (int) millis + " milliseconds");
  }

  public static XComponentError parentDomainRejected(String origin) {
    return of(ErrorCode.PARENT_DOMAIN_REJECTED,
        "Can not be rendered by domain: " + origin);
  }

  public static XComponentError childDomainRejected(String origin, String expected) {
    return of(ErrorCode.CHILD_DOMAIN_REJECTED,
        "Child domain " + origin + " does not match " + expected);
  }

  public static XComponentError delegateRefused(String why) {
    return of(ErrorCode.DELEGATE_REFUSED, why);
  }

  public static XComponentError childError(String message) {
    return of(ErrorCode.CHILD_ERROR, message);
  }

  /**
   * The page in the child window of {@code tag} runs zoid 10, which reads its props from the
   * window name, and the definition does not allow that.
   */
  public static XComponentError zoidChild(String tag) {
    return of(ErrorCode.ZOID_CHILD, "The page in the " + tag
        + " window runs zoid: set zoidChildren: true in create to render it");
  }

  /** This window's name says a zoid parent rendered it, but it cannot be that parent's child. */
  public static XComponentError badParent(String why) {
    return of(ErrorCode.BAD_PARENT, why);
  }

  /**
   * The child's build (see {@code Sides}) was asked to render, or for a driver. Called from
   * install.js, hence its JavaScript name.
   */
  @JsMethod
  public static XComponentError childOnly() {
    return of(ErrorCode.CHILD_ONLY, "This page loaded the child's build, which renders no component:"
        + " load xcomponent.js or zoid.js to render");
  }

  public static XComponentError closed() {
    return of(ErrorCode.CLOSED, "Component closed");
  }
}

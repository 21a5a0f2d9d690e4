package io.xwindow.beaver.browser;

import io.xwindow.beaver.deliver.Clock;
import jsinterop.annotations.JsMethod;

/**
 * The page's {@link Clock}: {@code setTimeout}, {@code clearTimeout} and {@code Math.random}, in
 * an object literal written in PageClock.native.js (a Java implementation would be an object of
 * ours, which brings J2CL's {@code Object} into the bundle).
 */
public final class PageClock {
  private PageClock() {}

  /** The page's clock. In PageClock.native.js. */
  @JsMethod
  public static native Clock create();
}

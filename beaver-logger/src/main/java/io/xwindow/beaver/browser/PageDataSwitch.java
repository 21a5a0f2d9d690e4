package io.xwindow.beaver.browser;

import jsinterop.annotations.JsMethod;

/**
 * Whether the bundle has page transitions and the hooks of the add-ons (web vitals, automatic
 * transitions): always, but for the benchmark's build of the logger without them ({@code bin/bench
 * sizes}, Maven profile {@code beaver-without-page-data}), which measures what they add to {@code
 * beaver-logger.js}. A Closure define, so that Closure removes their code from that build.
 */
public final class PageDataSwitch {
  private PageDataSwitch() {}

  /** False where the define {@code xwindow.BEAVER_WITHOUT_PAGE_DATA} is true. In PageDataSwitch.native.js. */
  @JsMethod
  public static native boolean on();
}

package io.xwindow.xcomponent;

import jsinterop.annotations.JsMethod;

/**
 * Which sides of the conversation the bundle has: the parent's (render, the instance API, the
 * framework drivers, rendering for frames below) and the child's (the hello as the bundle loads,
 * {@code xprops}, {@code ready}). Both in {@code xcomponent.js} and {@code zoid.js}; the child's
 * only in {@code xcomponent-child.js} and {@code zoid-child.js}, for a component's own page that
 * renders no component (its {@code create} gives the same API, where what only a parent does
 * throws {@code CHILD_ONLY}); and one side or neither in the benchmark's builds that weigh each
 * side ({@code bin/bench side-sizes}, Maven profile {@code bundle-sides}). A Closure define, so
 * that Closure removes the code of the side a build lacks: every way into a side goes through
 * {@link #parent} or {@link #child}.
 */
public final class Sides {
  private Sides() {}

  /** False in the build without the parent's side. In Sides.native.js. */
  @JsMethod
  public static native boolean parent();

  /** False in the build without the child's side. In Sides.native.js. */
  @JsMethod
  public static native boolean child();
}

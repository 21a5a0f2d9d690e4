package io.xwindow.postrobot.message;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * What this window holds for others, from {@link io.xwindow.postrobot.PostRobot#stats()}: to check
 * that nothing leaks.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class Stats {
  /** Functions (and promises) handed to other windows and still callable by them. */
  public int functions;
  /** Requests sent and not yet answered. */
  public int pending;
  /** Listeners registered with on/once, the built-in ones included. */
  public int listeners;
}

package io.xwindow.postrobot.serialize;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * A value that JSON cannot carry, as post-robot (universal-serialize) writes it:
 * {@code {"__type__": TAG, "__val__": VALUE}}.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
class Tagged {
  public Object __type__;
  public Object __val__;

  @JsOverlay
  static Tagged of(String type, Object value) {
    Tagged tagged = new Tagged();
    tagged.__type__ = type;
    tagged.__val__ = value;
    return tagged;
  }
}

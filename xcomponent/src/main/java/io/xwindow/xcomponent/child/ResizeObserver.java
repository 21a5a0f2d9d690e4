package io.xwindow.xcomponent.child;

import elemental2.dom.Element;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** The browser's {@code ResizeObserver}, which Elemental2 1.2.1 does not bind. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL)
class ResizeObserver {
  @JsFunction
  interface Callback {
    void changed();
  }

  ResizeObserver(Callback callback) {}

  native void observe(Element element);

  native void disconnect();
}

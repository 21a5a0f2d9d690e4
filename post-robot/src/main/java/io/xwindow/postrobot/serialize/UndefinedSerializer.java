package io.xwindow.postrobot.serialize;

import elemental2.dom.Window;
import jsinterop.base.Js;

/** {@code undefined} in objects, arrays and arguments: {@code {"__type__":"undefined"}}. */
final class UndefinedSerializer implements Serializer {
  @Override
  public String tag() {
    return "undefined";
  }

  @Override
  public boolean writes(Object value) {
    return "undefined".equals(Js.typeof(value));
  }

  @Override
  public Object write(Object value, Window target, Object domain) {
    return Js.undefined(); // no __val__ at all
  }

  @Override
  public Object read(Object value, Window source, String origin, RemoteCaller remote) {
    return Js.undefined(); // the key it stood for is deleted, as post-robot's reviver does
  }
}

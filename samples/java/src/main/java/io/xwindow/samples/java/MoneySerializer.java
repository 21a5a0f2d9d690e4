package io.xwindow.samples.java;

import elemental2.dom.Window;
import io.xwindow.postrobot.serialize.RemoteCaller;
import io.xwindow.postrobot.serialize.Serializer;
import jsinterop.base.Js;

/** {@link Money} across windows, as {@code {"__type__":"money","__val__":cents}}. */
final class MoneySerializer implements Serializer {
  @Override
  public String tag() {
    return "money";
  }

  @Override
  public boolean writes(Object value) {
    return value instanceof Money;
  }

  @Override
  public Object write(Object value, Window target, Object domain) {
    return (double) ((Money) value).cents;
  }

  @Override
  public Object read(Object value, Window source, String origin, RemoteCaller remote) {
    return new Money((int) Js.asDouble(value));
  }
}

package io.xwindow.postrobot.serialize;

import elemental2.core.JsDate;
import elemental2.dom.Window;
import jsinterop.base.Js;

/** Dates as their ISO string: {@code {"__type__":"date","__val__":"2020-01-02T03:04:05.000Z"}}. */
final class DateSerializer implements Serializer {
  @Override
  public String tag() {
    return "date";
  }

  @Override
  public boolean writes(Object value) {
    return value instanceof JsDate;
  }

  @Override
  public Object write(Object value, Window target, Object domain) {
    return ((JsDate) value).toJSON();
  }

  @Override
  public Object read(Object value, Window source, String origin, RemoteCaller remote) {
    return new JsDate(Js.<String>uncheckedCast(value));
  }
}

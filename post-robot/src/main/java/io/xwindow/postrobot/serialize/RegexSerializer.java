package io.xwindow.postrobot.serialize;

import elemental2.core.JsRegExp;
import elemental2.dom.Window;

/** Regular expressions by their source (flags are lost, as in post-robot). */
final class RegexSerializer implements Serializer {
  @Override
  public String tag() {
    return "regex";
  }

  @Override
  public boolean writes(Object value) {
    return value instanceof JsRegExp;
  }

  @Override
  public Object write(Object value, Window target, Object domain) {
    return ((JsRegExp) value).source;
  }

  @Override
  public Object read(Object value, Window source, String origin, RemoteCaller remote) {
    return new JsRegExp("" + value); // an invalid one throws: the message is refused
  }
}

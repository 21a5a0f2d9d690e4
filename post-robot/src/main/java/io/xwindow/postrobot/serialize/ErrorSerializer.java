package io.xwindow.postrobot.serialize;

import elemental2.core.JsError;
import elemental2.dom.Window;
import io.xwindow.postrobot.Errors;
import io.xwindow.postrobot.PostRobotError;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Errors by their {@code message}, {@code stack}, {@code code} and {@code data}; read back as an
 * {@code Error} whose stack is the remote one, then ours.
 */
final class ErrorSerializer implements Serializer {
  @Override
  public String tag() {
    return "error";
  }

  @Override
  public boolean writes(Object value) {
    return value instanceof JsError;
  }

  @Override
  public Object write(Object value, Window target, Object domain) {
    JsPropertyMap<Object> error = Js.asPropertyMap(value);
    JsPropertyMap<Object> fields = JsPropertyMap.of();
    fields.set("message", error.get("message"));
    fields.set("stack", error.get("stack"));
    fields.set("code", error.get("code"));
    fields.set("data", error.get("data"));
    return fields;
  }

  @Override
  public Object read(Object value, Window source, String origin, RemoteCaller remote) {
    JsPropertyMap<Object> fields =
        value != null && "object".equals(Js.typeof(value)) ? Js.asPropertyMap(value) : JsPropertyMap.of();
    PostRobotError error = Errors.fromWire("" + fields.get("message"), fields.get("code"));
    Object data = fields.get("data");
    if (Js.isTruthy(data)) {
      error.data = data;
    }
    Object remoteStack = fields.get("stack");
    if (remoteStack instanceof String) {
      error.stack = remoteStack + "\n\n" + error.stack;
    }
    return error;
  }
}

package io.xwindow.postrobot.serialize;

import elemental2.core.JsError;
import elemental2.dom.Window;
import io.xwindow.postrobot.error.Errors;
import io.xwindow.postrobot.error.PostRobotError;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Errors by their {@code message}, {@code stack}, {@code code} and {@code data}; read back as an
 * {@code Error} whose stack is the remote one, then ours. Both ways the remote stack starts with
 * the message ({@link Stacks}), in every engine.
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
    Object message = error.get("message");
    Object stack = error.get("stack");
    fields.set("message", message);
    fields.set("stack", stack instanceof String && message instanceof String
        ? Stacks.headed((String) stack, nameOf(error), (String) message)
        : stack);
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
      // a peer of another version (or another engine) may send a stack without its message
      error.stack = Stacks.headed((String) remoteStack, null, error.message) + "\n\n" + error.stack;
    }
    return error;
  }

  private static String nameOf(JsPropertyMap<Object> error) {
    Object name = error.get("name");
    return name instanceof String ? (String) name : null;
  }
}

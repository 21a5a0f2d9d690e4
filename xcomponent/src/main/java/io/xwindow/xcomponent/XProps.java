package io.xwindow.xcomponent;

import elemental2.promise.Promise;
import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.event.Callbacks;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The props a child got, for Java code: typed reads of the same object as {@code window.xprops},
 * and its helpers. A function prop is read as the caller's own {@code @JsFunction} type, whose
 * method returns a {@code Promise} (it calls across windows).
 *
 * <pre>{@code
 * card.readyProps().then(xprops -> {
 *   holder.textContent = xprops.string("holder");
 *   RemoteCharge charge = xprops.function("onCharge");
 *   ...
 * });
 * }</pre>
 */
public final class XProps {
  private final JsPropertyMap<Object> values;

  private XProps(JsPropertyMap<Object> values) {
    this.values = values;
  }

  /** A view of {@code xprops}, as {@code Component.ready()} resolves with it. */
  public static XProps of(Object xprops) {
    return new XProps(Js.asPropertyMap(xprops));
  }

  /** The prop {@code name}, as it came. */
  public Object get(String name) {
    return values.get(name);
  }

  /** The string prop {@code name}, or null when it is absent or not a string. */
  public String string(String name) {
    Object value = values.get(name);
    return value instanceof String ? (String) value : null;
  }

  /** The number prop {@code name}, or NaN when it is absent or not a number. */
  public double number(String name) {
    Object value = values.get(name);
    return value instanceof Double ? (Double) value : Double.NaN;
  }

  /** The boolean prop {@code name}; false when it is absent. */
  public boolean bool(String name) {
    return Js.isTruthy(values.get(name)) && values.get(name) instanceof Boolean;
  }

  /** The function prop {@code name}, as the caller's {@code @JsFunction} type; null if absent. */
  public <F> F function(String name) {
    Object value = values.get(name);
    return "function".equals(Js.typeof(value)) ? Js.uncheckedCast(value) : null;
  }

  /** The parent's origin, as the browser reported it. */
  public String parentDomain() {
    return Js.asString(Callbacks.call(values.get("getParentDomain"), null));
  }

  /** Ends the component, with reason {@link CloseReason#CHILD_CALL}. */
  public Promise<Object> close() {
    return Js.uncheckedCast(Callbacks.call(values.get("close"), null));
  }

  /** Asks the parent to resize the frame to {@code width} x {@code height} pixels. */
  public Promise<Object> resize(double width, double height) {
    JsPropertyMap<Object> size = JsPropertyMap.of();
    size.set("width", width);
    size.set("height", height);
    return Js.uncheckedCast(Callbacks.call(values.get("resize"), size));
  }
}

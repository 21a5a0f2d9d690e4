package io.xwindow.postrobot.serialize;

import elemental2.dom.Window;

/**
 * One kind of value that JSON cannot carry, written as {@code {"__type__": tag(), "__val__":
 * ...}}, as post-robot's universal-serialize writes it. The codec asks each serializer of its
 * {@link Serializers} in turn; a module built on post-robot adds its own types there rather
 * than a branch in the codec.
 *
 * <pre>{@code
 * PostRobot.serializers().add(new Serializer() {
 *   public String tag() { return "money"; }
 *   public boolean writes(Object value) { return value instanceof Money; }
 *   public Object write(Object value, Window target, Object domain) { return ((Money) value).cents; }
 *   public Object read(Object value, Window source, String origin, RemoteCaller remote) {
 *     return new Money(Js.asInt(value));
 *   }
 * });
 * }</pre>
 */
public interface Serializer {
  /** The {@code __type__} it writes and reads. */
  String tag();

  /** True when it writes {@code value} (any value but null, a string, a number or a boolean). */
  boolean writes(Object value);

  /**
   * The {@code __val__} for {@code value}, sent to {@code target} whose origin must match {@code
   * domain}. The codec walks what it returns in turn: functions, dates... inside it are written
   * by their own serializers.
   */
  Object write(Object value, Window target, Object domain);

  /**
   * The value a {@code __val__} stands for (already read in turn), from {@code source} at {@code
   * origin}; functions in it call back through {@code remote}.
   */
  Object read(Object value, Window source, String origin, RemoteCaller remote);
}

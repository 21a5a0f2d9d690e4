package io.xwindow.postrobot.serialize;

import elemental2.core.JsArray;
import io.xwindow.base.time.Timers;
import io.xwindow.postrobot.browser.Dictionary;
import jsinterop.base.JsPropertyMap;

/**
 * The serializers of a window, in the order they are asked: post-robot's own ({@code
 * undefined}, functions, windows, promises, errors, dates, regexes), then any added.
 */
public final class Serializers {
  private final JsArray<Serializer> inOrder = new JsArray<>();
  private final JsPropertyMap<Serializer> byTag = Dictionary.create();

  /**
   * post-robot's own, in the order they are asked: a window before a promise (a cross-origin
   * window throws when asked for its {@code then}). {@code timers} batch the releases of
   * functions other windows handed us.
   */
  public static Serializers builtIn(FunctionStore functions, ProxyWindows windows, Timers timers) {
    Serializers serializers = new Serializers();
    serializers.add(new UndefinedSerializer());
    serializers.add(new FunctionSerializer(functions, timers));
    serializers.add(new WindowSerializer(windows));
    serializers.add(new PromiseSerializer());
    serializers.add(new ErrorSerializer());
    serializers.add(new DateSerializer());
    serializers.add(new RegexSerializer());
    return serializers;
  }

  /** Adds {@code serializer}, asked after those before it; it replaces one with its tag. */
  public void add(Serializer serializer) {
    Serializer replaced = byTag.get(serializer.tag());
    if (replaced != null) {
      inOrder.splice(inOrder.indexOf(replaced), 1);
    }
    inOrder.push(serializer);
    byTag.set(serializer.tag(), serializer);
  }

  /** The serializer that writes {@code value}, or null. */
  Serializer writerOf(Object value) {
    for (int i = 0; i < inOrder.length; i++) {
      if (inOrder.getAt(i).writes(value)) {
        return inOrder.getAt(i);
      }
    }
    return null;
  }

  /** The serializer that reads {@code tag}, or null (unknown tags give their value). */
  Serializer readerOf(String tag) {
    return byTag.get(tag);
  }
}

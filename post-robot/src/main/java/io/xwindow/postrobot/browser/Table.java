package io.xwindow.postrobot.browser;

import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * A map, as JavaScript's {@code Map} and {@code WeakMap} are one: the state of the classes whose
 * decisions are tested on the JVM ({@code SeenIds}, {@code FunctionTable}, {@code WindowIds})
 * lives in Tables. In the browser a Table is the real {@code Map} or {@code WeakMap} ({@link
 * Tables}), with no wrapper and no Java collection in the bundle (the bundle rules in {@link
 * io.xwindow.postrobot}); on the JVM the tests hand them a Java map. Keys compare as {@code ===}
 * does (a window by identity), and a string key from another window, even {@code __proto__},
 * is only a key.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Map")
public interface Table<K, V> {
  /** What {@link #forEach} calls, for each entry. */
  @JsFunction
  interface Visitor<K, V> {
    void visit(V value, K key);
  }

  /** The value of {@code key}, or null. */
  V get(K key);

  boolean has(K key);

  /** Sets {@code key} to {@code value}; returns the table itself (ignore it). */
  Object set(K key, V value);

  boolean delete(K key);

  /** Visits every entry; a {@code WeakMap} cannot. Deleting the visited entry is allowed. */
  void forEach(Visitor<K, V> visitor);
}

package io.xwindow.postrobot.browser;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link Table} over a Java map, for the JVM tests: keys compare as the browser's do. */
public final class JavaTable<K, V> implements Table<K, V> {
  private final Map<K, V> entries = new LinkedHashMap<>();

  @Override
  public V get(K key) {
    return entries.get(key);
  }

  @Override
  public boolean has(K key) {
    return entries.containsKey(key);
  }

  @Override
  public Object set(K key, V value) {
    entries.put(key, value);
    return this;
  }

  @Override
  public boolean delete(K key) {
    boolean had = entries.containsKey(key);
    entries.remove(key);
    return had;
  }

  @Override
  public void forEach(Visitor<K, V> visitor) {
    new HashMap<>(entries).forEach((key, value) -> visitor.visit(value, key));
  }

  /** How many entries it holds. */
  public int size() {
    return entries.size();
  }
}

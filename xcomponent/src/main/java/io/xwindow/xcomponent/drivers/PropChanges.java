package io.xwindow.xcomponent.drivers;

import io.xwindow.xcomponent.props.Host;

/**
 * What changed between the props a driver gave an instance and the props the framework gives it
 * now: only those go to {@code updateProps}, so that a framework's re-render with the same values
 * sends the child nothing. Values are compared as JavaScript's {@code ===} does: an object or an
 * array that is a new object counts as changed, even with the same content (a framework keeps an
 * unchanged value the same object, e.g. React's {@code useMemo}); functions are never compared
 * here, since the drivers give every function prop to the instance as one stable proxy.
 */
public final class PropChanges {
  private PropChanges() {}

  /**
   * The props of {@code after} that differ from {@code before}'s, and those {@code before} had
   * that {@code after} has no longer (as null: not given); null when nothing changed.
   */
  public static Object between(Host host, Object before, Object after) {
    Object changes = null;
    String[] now = host.keys(after);
    for (int i = 0; i < now.length; i++) {
      changes = note(host, changes, now[i], host.get(before, now[i]), host.get(after, now[i]));
    }
    String[] then = host.keys(before);
    for (int i = 0; i < then.length; i++) {
      changes = note(host, changes, then[i], host.get(before, then[i]), host.get(after, then[i]));
    }
    return changes;
  }

  private static Object note(Host host, Object changes, String key, Object before, Object after) {
    if (same(host, before, after)) {
      return changes;
    }
    Object noted = changes == null ? host.newObject() : changes;
    host.set(noted, key, after);
    return noted;
  }

  /**
   * JavaScript's {@code ===}, with undefined and null the same (both: not given). Two primitives
   * of one type are the same when their texts are: the JVM's equal strings and numbers may be
   * distinct objects, and a Java {@code equals} would bring {@code Object.equals} into the bundle.
   */
  private static boolean same(Host host, Object a, Object b) {
    if (a == b) {
      return true;
    }
    String type = host.typeOf(a);
    boolean primitive = "string".equals(type) || "number".equals(type) || "boolean".equals(type);
    return primitive && type.equals(host.typeOf(b)) && host.text(a).equals(host.text(b));
  }
}

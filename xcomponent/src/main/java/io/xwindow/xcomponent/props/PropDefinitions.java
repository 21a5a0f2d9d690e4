package io.xwindow.xcomponent.props;

import io.xwindow.xcomponent.error.Errors;

/**
 * Every prop a component knows: zoid's built-in parent props with the user's {@code props}
 * option over them (a user definition replaces a built-in one of the same name). Immutable; a
 * chain of definitions with lookups by scan, because a component has a few dozen props at most:
 * a map would cost kilobytes of bundle, and a Java array brings J2CL's array runtime.
 */
public final class PropDefinitions {
  private final PropDefinition first;
  /** The definitions after the first; null after the last. */
  private final PropDefinitions rest;

  private PropDefinitions(PropDefinition first, PropDefinitions rest) {
    this.first = first;
    this.rest = rest;
  }

  /** Only the built-in props: a component created without {@code props}. */
  public static PropDefinitions builtIn() {
    return builtIns();
  }

  /**
   * Reads the {@code props} option (an object of name to definition; null for none) over the
   * built-ins; {@code BAD_OPTIONS} naming the first bad definition.
   */
  public static Outcome<PropDefinitions> read(Host host, Object props) {
    PropDefinitions all = builtIns();
    if (props == null) {
      return Outcome.ok(all);
    }
    if (!"object".equals(host.typeOf(props))) {
      return Outcome.fail(Errors.badOptions("Expected options.props to be an object"));
    }
    String[] names = host.keys(props);
    for (int i = 0; i < names.length; i++) {
      Outcome<PropDefinition> read = PropDefinition.read(host, names[i], host.get(props, names[i]));
      if (read.failed()) {
        return Outcome.fail(read.error());
      }
      all = all.with(read.value());
    }
    return Outcome.ok(all);
  }

  /** The first definition: a built-in one. */
  public PropDefinition first() {
    return first;
  }

  /** The definitions after the first (built-ins, then the user's, in their order); null after the last. */
  public PropDefinitions rest() {
    return rest;
  }

  /** The definition of prop {@code name}, or null when it has none (it passes untyped). */
  public PropDefinition get(String name) {
    for (PropDefinitions at = this; at != null; at = at.rest) {
      if (at.first.name.equals(name)) {
        return at.first;
      }
    }
    return null;
  }

  /** How many props are defined. */
  public int size() {
    int size = 0;
    for (PropDefinitions at = this; at != null; at = at.rest) {
      size++;
    }
    return size;
  }

  /** The {@code index}th definition: built-ins first, then the user's, in their order. */
  public PropDefinition at(int index) {
    PropDefinitions at = this;
    for (int i = 0; i < index; i++) {
      at = at.rest;
    }
    return at.first;
  }

  /** These with {@code definition} in place of the one of its name, else after the last. */
  private PropDefinitions with(PropDefinition definition) {
    return first.name.equals(definition.name)
        ? new PropDefinitions(definition, rest)
        : new PropDefinitions(first,
            rest == null ? new PropDefinitions(definition, null) : rest.with(definition));
  }

  /**
   * zoid 10.6's parent props, all optional. Only {@code cspNonce} and {@code onError} reach the
   * child; the lifecycle callbacks stay with the parent. Their no-op defaults and once-only
   * wrapping, and the {@code window} prop's checks, belong to the render glue, which calls them.
   */
  private static PropDefinitions builtIns() {
    String f = PropType.FUNCTION;
    // linked from the last to the first, one node each (a with() per prop copied the chain each time)
    PropDefinitions all = null;
    all = new PropDefinitions(PropDefinition.builtIn("onProps", f, false, false), all);
    all = new PropDefinitions(PropDefinition.builtIn("onError", f, true, false), all);
    all = new PropDefinitions(PropDefinition.builtIn("onBfcacheRestore", f, false, true), all);
    all = new PropDefinitions(PropDefinition.builtIn("onBfcacheCache", f, false, true), all);
    all = new PropDefinitions(PropDefinition.builtIn("onFocus", f, false, true), all);
    all = new PropDefinitions(PropDefinition.builtIn("onResize", f, false, true), all);
    all = new PropDefinitions(PropDefinition.builtIn("onDestroy", f, false, true), all);
    all = new PropDefinitions(PropDefinition.builtIn("onClose", f, false, true), all);
    all = new PropDefinitions(PropDefinition.builtIn("onRendered", f, false, false), all);
    all = new PropDefinitions(PropDefinition.builtIn("onDisplay", f, false, true), all);
    all = new PropDefinitions(PropDefinition.builtIn("onPrerendered", f, false, false), all);
    all = new PropDefinitions(PropDefinition.builtIn("onPrerender", f, false, false), all);
    all = new PropDefinitions(PropDefinition.builtIn("onRender", f, false, false), all);
    all = new PropDefinitions(PropDefinition.builtIn("cspNonce", PropType.STRING, true, false), all);
    all = new PropDefinitions(PropDefinition.builtIn("timeout", PropType.NUMBER, false, false), all);
    all = new PropDefinitions(PropDefinition.builtIn("window", PropType.OBJECT, false, true), all);
    return all;
  }
}

package io.xwindow.xcomponent.props;

import io.xwindow.xcomponent.error.Errors;

/**
 * Every prop a component knows: zoid's built-in parent props with the user's {@code props}
 * option over them (a user definition replaces a built-in one of the same name). Immutable; kept
 * in an array with lookups by scan, because a component has a few dozen props at most and a map
 * would cost kilobytes of bundle.
 */
public final class PropDefinitions {
  private final PropDefinition[] definitions;

  private PropDefinitions(PropDefinition[] definitions) {
    this.definitions = definitions;
  }

  /** Only the built-in props: a component created without {@code props}. */
  public static PropDefinitions builtIn() {
    return new PropDefinitions(builtIns());
  }

  /**
   * Reads the {@code props} option (an object of name to definition; null for none) over the
   * built-ins; {@code BAD_OPTIONS} naming the first bad definition.
   */
  public static Outcome<PropDefinitions> read(Host host, Object props) {
    PropDefinition[] all = builtIns();
    if (props == null) {
      return Outcome.ok(new PropDefinitions(all));
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
      all = put(all, read.value());
    }
    return Outcome.ok(new PropDefinitions(all));
  }

  /** The definition of prop {@code name}, or null when it has none (it passes untyped). */
  public PropDefinition get(String name) {
    for (int i = 0; i < definitions.length; i++) {
      if (definitions[i].name.equals(name)) {
        return definitions[i];
      }
    }
    return null;
  }

  /** How many props are defined. */
  public int size() {
    return definitions.length;
  }

  /** The {@code index}th definition: built-ins first, then the user's, in their order. */
  public PropDefinition at(int index) {
    return definitions[index];
  }

  private static PropDefinition[] put(PropDefinition[] all, PropDefinition definition) {
    for (int i = 0; i < all.length; i++) {
      if (all[i].name.equals(definition.name)) {
        PropDefinition[] replaced = copy(all, all.length);
        replaced[i] = definition;
        return replaced;
      }
    }
    PropDefinition[] grown = copy(all, all.length + 1);
    grown[all.length] = definition;
    return grown;
  }

  private static PropDefinition[] copy(PropDefinition[] all, int length) {
    PropDefinition[] copy = new PropDefinition[length];
    for (int i = 0; i < all.length && i < length; i++) {
      copy[i] = all[i];
    }
    return copy;
  }

  /**
   * zoid 10.6's parent props, all optional. Only {@code cspNonce} and {@code onError} reach the
   * child; the lifecycle callbacks stay with the parent. Their no-op defaults and once-only
   * wrapping, and the {@code window} prop's checks, belong to the render glue, which calls them.
   */
  private static PropDefinition[] builtIns() {
    String f = PropType.FUNCTION;
    return new PropDefinition[] {
      PropDefinition.builtIn("window", PropType.OBJECT, false, true),
      PropDefinition.builtIn("timeout", PropType.NUMBER, false, false),
      PropDefinition.builtIn("cspNonce", PropType.STRING, true, false),
      PropDefinition.builtIn("onRender", f, false, false),
      PropDefinition.builtIn("onPrerender", f, false, false),
      PropDefinition.builtIn("onPrerendered", f, false, false),
      PropDefinition.builtIn("onDisplay", f, false, true),
      PropDefinition.builtIn("onRendered", f, false, false),
      PropDefinition.builtIn("onClose", f, false, true),
      PropDefinition.builtIn("onDestroy", f, false, true),
      PropDefinition.builtIn("onResize", f, false, true),
      PropDefinition.builtIn("onFocus", f, false, true),
      PropDefinition.builtIn("onBfcacheCache", f, false, true),
      PropDefinition.builtIn("onBfcacheRestore", f, false, true),
      PropDefinition.builtIn("onError", f, true, false),
      PropDefinition.builtIn("onProps", f, false, false),
    };
  }
}

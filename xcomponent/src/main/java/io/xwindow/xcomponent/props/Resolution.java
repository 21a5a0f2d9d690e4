package io.xwindow.xcomponent.props;

import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.error.XComponentError;

/**
 * One run of {@link PropResolver#resolve}: the state of each prop (pending, being resolved,
 * done) and the first error. A prop read while it is being resolved (its own {@code value} or
 * {@code decorate} reading {@code props.self}, or a cycle) gives its value so far, as zoid's
 * getters do, instead of recursing forever.
 */
final class Resolution {
  private static final int PENDING = 0;
  private static final int BUSY = 1;
  private static final int DONE = 2;

  private final Host host;
  private final PropDefinitions definitions;
  private final Object input;
  private final Object extras;
  private final Object props;
  /** The props, in order: a chain, as Java arrays would bring J2CL's array runtime. */
  private final Slot first;
  private XComponentError error;

  /** One prop: its key, its state and its value so far, and the next prop. */
  private static final class Slot {
    final String key;
    int state = PENDING;
    Object value;
    Slot next;

    Slot(String key) {
      this.key = key;
    }
  }

  Resolution(Host host, PropDefinitions definitions, Object input, Object extras, Object props) {
    this.host = host;
    this.definitions = definitions;
    this.input = input == null ? host.newObject() : input;
    this.extras = extras;
    this.props = props;
    this.first = slots(host, this.input, definitions);
  }

  Outcome<Object> run() {
    for (Slot slot = first; slot != null; slot = slot.next) {
      defineGetter(slot);
    }
    for (Slot slot = first; slot != null && error == null; slot = slot.next) {
      read(slot);
    }
    return error == null ? Outcome.ok(props) : Outcome.fail(error);
  }

  /**
   * The getter of one prop, in a method of its own: a lambda in the loop would capture the loop's
   * variable, which the ES5 bundle pays for with a scope object and a function per turn.
   */
  private void defineGetter(Slot slot) {
    host.defineGetter(props, slot.key, () -> read(slot));
  }

  private Object read(Slot slot) {
    if (slot.state == PENDING) {
      slot.state = BUSY;
      String key = slot.key;
      slot.value = host.get(input, key);
      PropDefinition definition = definitions.get(key);
      if (definition != null) {
        slot.value = derive(slot, definition);
      }
      slot.state = DONE;
    }
    return slot.value;
  }

  /** zoid's order; {@code slot.value} holds the value so far for reads of the prop itself. */
  private Object derive(Slot slot, PropDefinition definition) {
    String key = definition.name;
    Object given = slot.value;
    if (given == null && definition.alias != null) {
      slot.value = host.get(input, definition.alias);
    }
    if (definition.value != null) {
      slot.value = call(definition.value, context(false, null), key, "value");
    }
    if (definition.defaultValue != null && slot.value == null && given == null) {
      slot.value = call(definition.defaultValue, context(false, null), key, "default");
    }
    Object value = slot.value;
    if (error != null) {
      return null;
    }
    if (value == null) {
      if (definition.required && given == null) {
        return fail(Errors.propRequired(key));
      }
      return null;
    }
    String actual = host.typeOf(value);
    if (!PropType.accepts(definition.type, actual)) {
      return fail(Errors.propType(key, definition.type, actual));
    }
    if (!PropType.holds(definition.type, value)) {
      return fail(Errors.propType(key, definition.type, "a string that is no e-mail address"));
    }
    if (definition.sendToChild && ("object".equals(actual) || "array".equals(actual))
        && host.json(value) == null) {
      // it must cross to the child; a cycle would fail there, after the window opened
      return fail(Errors.propInvalid(key, "can not be serialized (it contains a cycle)"));
    }
    if (definition.validate != null) {
      Object ctx = host.newObject();
      host.set(ctx, "value", value);
      host.set(ctx, "props", input);
      call(definition.validate, ctx, key, null);
    }
    if (definition.decorate != null && error == null) {
      value = call(definition.decorate, context(true, value), key, "decorate");
    }
    return error == null ? value : null;
  }

  /** {@code {props, ...extras}}, with {@code value} for decorate. */
  private Object context(boolean withValue, Object value) {
    Object ctx = host.newObject();
    if (extras != null) {
      String[] extraKeys = host.keys(extras);
      for (int i = 0; i < extraKeys.length; i++) {
        host.set(ctx, extraKeys[i], host.get(extras, extraKeys[i]));
      }
    }
    host.set(ctx, "props", props);
    if (withValue) {
      host.set(ctx, "value", value);
    }
    return ctx;
  }

  /** Calls a user function; when it throws, keeps a PROP_INVALID naming the prop and the step. */
  private Object call(Object function, Object ctx, String key, String step) {
    Object result = host.call(function, ctx);
    if (result instanceof Thrown) {
      String why = ((Thrown) result).message(host);
      fail(Errors.propInvalid(key, step == null ? why : step + " threw: " + why));
      return null;
    }
    return result;
  }

  private Object fail(XComponentError failure) {
    if (error == null) {
      error = failure;
    }
    return null;
  }

  /**
   * The input's keys, then the defined names not given, as zoid's {@code {...input, ...defs}}:
   * the first slot, null for none.
   */
  private static Slot slots(Host host, Object input, PropDefinitions definitions) {
    String[] given = host.keys(input);
    Slot first = null;
    Slot last = null;
    int count = definitions.size();
    for (int i = -given.length; i < count; i++) {
      String key = i < 0 ? given[given.length + i] : definitions.at(i).name;
      if (i < 0 || indexOf(given, key) < 0) {
        Slot slot = new Slot(key);
        if (last == null) {
          first = slot;
        } else {
          last.next = slot;
        }
        last = slot;
      }
    }
    return first;
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}

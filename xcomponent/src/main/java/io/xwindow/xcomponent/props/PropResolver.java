package io.xwindow.xcomponent.props;

import io.xwindow.xcomponent.error.Errors;

/**
 * Turns the props a page passes into the props a component uses, as zoid's parent does, before
 * any window opens: for each prop (given or defined) alias fallback, {@code value}, {@code
 * default}, type check ({@code PROP_TYPE}), required check ({@code PROP_REQUIRED}), {@code
 * validate} ({@code PROP_INVALID}), {@code decorate}. Props given without a definition pass
 * through untyped.
 *
 * <pre>{@code
 * PropResolver resolver = new PropResolver(host, options.props, options.validate);
 * Object props = host.newObject(); // keep it: updates resolve onto the same object
 * Outcome<Object> resolved = resolver.resolve(input, extras, props);
 * }</pre>
 */
public final class PropResolver {
  private final Host host;
  private final PropDefinitions definitions;
  private final Object componentValidate;

  /** {@code componentValidate} is the component's {@code validate({props})}, or null. */
  public PropResolver(Host host, PropDefinitions definitions, Object componentValidate) {
    this.host = host;
    this.definitions = definitions;
    this.componentValidate = componentValidate;
  }

  /**
   * Resolves {@code input} onto {@code props}, each prop a lazy getter (so that {@code value},
   * {@code default} and {@code decorate} read other props, resolved on first read, through
   * {@code ctx.props}), then reads them all. The functions get {@code {props, value?}} and every
   * key of {@code contextExtras} (state, close, focus, onError, container, event: the glue's).
   *
   * <p>Resolve onto the same {@code props} object again for {@code updateProps}, with the input
   * from {@link #merge}: functions that kept {@code ctx.props} then read the new values, as in
   * zoid. A failed resolution may leave {@code props} partly updated.
   *
   * @return {@code props}, or the first {@code PROP_REQUIRED}, {@code PROP_TYPE} or {@code
   *     PROP_INVALID} error (a user function that throws gives {@code PROP_INVALID})
   */
  public Outcome<Object> resolve(Object input, Object contextExtras, Object props) {
    if (componentValidate != null) {
      Object ctx = host.newObject();
      host.set(ctx, "props", input);
      Object result = host.call(componentValidate, ctx);
      if (result instanceof Thrown) {
        return Outcome.fail(Errors.propsInvalid(
            ((Thrown) result).message(host)));
      }
    }
    return new Resolution(host, definitions, input, contextExtras, props).run();
  }

  /** {@code {...previous, ...next}}: the input of {@code updateProps}, as a new object. */
  public static Object merge(Host host, Object previous, Object next) {
    Object merged = host.newObject();
    copy(host, previous, merged);
    copy(host, next, merged);
    return merged;
  }

  private static void copy(Host host, Object from, Object to) {
    if (from == null) {
      return;
    }
    String[] keys = host.keys(from);
    for (int i = 0; i < keys.length; i++) {
      host.set(to, keys[i], host.get(from, keys[i]));
    }
  }
}

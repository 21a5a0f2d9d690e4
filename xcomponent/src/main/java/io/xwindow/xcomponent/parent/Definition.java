package io.xwindow.xcomponent.parent;

import io.xwindow.xcomponent.props.ComponentOptions;
import io.xwindow.xcomponent.props.Host;
import io.xwindow.xcomponent.time.Timers;

/**
 * What an instance needs of the component it was made from, and all it may reach of it: the
 * checked options, the seams it runs on (JavaScript values, timers), and the component's list of
 * live instances.
 */
public interface Definition {
  /** The checked options of {@code create}. */
  ComponentOptions options();

  /** JavaScript values, for the prop rules of {@link io.xwindow.xcomponent.props}. */
  Host host();

  Timers timers();

  /** A new instance of the component, with {@code input} props (for {@code clone}). */
  Object instance(Object input);

  /** {@code instance} ended: it leaves the component's list. */
  void forget(Object instance);
}

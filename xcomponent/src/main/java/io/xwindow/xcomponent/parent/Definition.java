package io.xwindow.xcomponent.parent;

import elemental2.core.JsArray;
import io.xwindow.base.time.Timers;
import io.xwindow.xcomponent.props.ComponentOptions;
import io.xwindow.xcomponent.props.Host;

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

  /** The component's live instances: each joins as it is made, and leaves when it ends. */
  JsArray<Object> instances();
}

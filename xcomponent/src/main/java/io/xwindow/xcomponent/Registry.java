package io.xwindow.xcomponent;

import elemental2.core.JsArray;
import elemental2.core.JsMap;
import elemental2.dom.DomGlobal;
import io.xwindow.base.time.PageTimers;
import io.xwindow.base.time.Timers;
import io.xwindow.xcomponent.browser.JsHost;
import io.xwindow.xcomponent.child.ChildWindow;
import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.props.ComponentOptions;
import io.xwindow.xcomponent.props.Host;
import io.xwindow.xcomponent.props.Outcome;

/**
 * The components defined in this window, by tag: the one registry a window needs. Defining a tag
 * again replaces its definition (hot reload, a single-page app that creates its component per
 * route): instances already made keep theirs.
 */
final class Registry {
  /** JavaScript values, for the prop rules. */
  static final Host HOST = new JsHost();
  /** The page's timers. */
  static final Timers TIMERS = new PageTimers();

  private static final JsMap<String, Component> components = new JsMap<>();

  private Registry() {}

  /** Defines a component from {@code options}: the component, or the error in the options. */
  static Object create(Object options) {
    Outcome<ComponentOptions> read = ComponentOptions.read(HOST, options);
    if (read.failed()) {
      return read.error();
    }
    ComponentOptions values = read.value();
    Component component = new Component(values, HOST, TIMERS);
    Component replaced = components.get(values.tag);
    if (replaced != null) {
      replaced.stopListening();
    }
    components.set(values.tag, component);
    if (DomGlobal.window == null) {
      // a server-side render (Node) defines the component only to render its drivers' placeholders
      return component;
    }
    if (Sides.parent()) {
      component.listenForDelegation();
    }
    if (component.isChild()) {
      ChildWindow.start(values, HOST, TIMERS);
    }
    return component;
  }

  /** Ends every instance of every component, with {@code reason}. */
  static void destroyInstances(String reason) {
    JsArray<Component> all = new JsArray<>();
    // a block: the expression push(...) would be an int boxed to Integer, which costs ~150 B gzipped
    components.forEach((component, tag) -> {
      all.push(component);
      return null;
    });
    for (int i = 0; i < all.length; i++) {
      all.getAt(i).destroyInstances(reason);
    }
  }

  /** Ends every instance and forgets every definition. */
  static void destroy() {
    destroyInstances(CloseReason.DESTROYED);
    components.forEach((component, tag) -> {
      component.stopListening();
      return null;
    });
    components.clear();
  }
}

package io.xwindow.xcomponent;

import elemental2.core.JsArray;
import elemental2.core.JsMap;
import io.xwindow.xcomponent.child.ChildWindow;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The components defined in this window, by tag: the one registry a window needs. Defining a tag
 * again replaces its definition (hot reload, a single-page app that creates its component per
 * route): instances already made keep theirs.
 */
final class Registry {
  private static final JsMap<String, Component> components = new JsMap<>();

  private Registry() {}

  /** Defines a component from {@code options}: the component, or the error in the options. */
  static Object create(Object options) {
    if (options == null || !"object".equals(Js.typeof(options))) {
      return Errors.badOptions("Expected options to be an object");
    }
    JsPropertyMap<Object> values = Js.asPropertyMap(options);
    Object tag = values.get("tag");
    if (!(tag instanceof String)) {
      return Errors.badOptions("Expected tag to be a string");
    }
    Component component = new Component(values);
    components.set((String) tag, component);
    if (component.isChild()) {
      ChildWindow.start((String) tag, values.get("allowedParentDomains"));
    }
    return component;
  }

  /** Ends every instance of every component, with {@code reason}. */
  static void destroyInstances(String reason) {
    JsArray<Component> all = new JsArray<>();
    components.forEach((component, tag) -> all.push(component));
    for (int i = 0; i < all.length; i++) {
      all.getAt(i).destroyInstances(reason);
    }
  }

  /** Ends every instance and forgets every definition. */
  static void destroy() {
    destroyInstances(CloseReason.DESTROYED);
    components.clear();
  }
}

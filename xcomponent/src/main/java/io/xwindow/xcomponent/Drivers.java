package io.xwindow.xcomponent;

import elemental2.core.JsArray;
import io.xwindow.xcomponent.drivers.AttributeValue;
import io.xwindow.xcomponent.drivers.PropChanges;
import io.xwindow.xcomponent.drivers.PropNames;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.error.XComponentError;
import io.xwindow.xcomponent.props.PropDefinitions;
import jsinterop.annotations.JsType;

/**
 * What the framework drivers' glue ({@code drivers/drivers.js}) asks of a component: its prop
 * names, its element's name and attributes, and the changes between two sets of props. The
 * decisions are the {@code drivers} package's, tested on the JVM; this class only hands them the
 * component's definition and the page's {@code Host}.
 */
@JsType
public final class Drivers {
  private Drivers() {}

  /** The name of the custom element of {@code component}. */
  public static String element(Component component) {
    return PropNames.element(component.tag());
  }

  /** Every prop {@code component} defines (the built-in ones too): each a property of its element. */
  public static JsArray<String> props(Component component) {
    // a JavaScript array: a Java one would bring J2CL's array runtime into the bundle; a walk
    // down the chain, where size() and at(i) would be functions of their own beside the ones
    // Closure inlines into the props' resolution
    JsArray<String> names = new JsArray<>();
    for (PropDefinitions at = component.options().props; at != null; at = at.rest()) {
      names.push(at.first().name);
    }
    return names;
  }

  /** The value of the prop {@code attribute} holding {@code text} gives ({@link AttributeValue}). */
  public static Object attribute(Component component, String attribute, String text, double number) {
    return AttributeValue.of(component.options().props, attribute, text, number);
  }

  /** The props that changed from {@code before} to {@code after}, or null ({@link PropChanges}). */
  public static Object changes(Object before, Object after) {
    return PropChanges.between(Registry.HOST, before, after);
  }

  /** {@code driver(name)} for a driver this bundle does not have, or without what it needs. */
  public static XComponentError unknown(String name) {
    return Errors.badOptions("No driver " + name);
  }
}

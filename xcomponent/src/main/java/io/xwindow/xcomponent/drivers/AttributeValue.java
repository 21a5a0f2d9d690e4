package io.xwindow.xcomponent.drivers;

import io.xwindow.xcomponent.props.PropDefinition;
import io.xwindow.xcomponent.props.PropDefinitions;
import io.xwindow.xcomponent.props.PropType;

/**
 * A custom element's attributes as props: only props of type string, e-mail, number and boolean
 * have one (functions, objects and arrays are given as properties). The element observes the
 * attributes of the props for which {@link #of} gives an empty text a value.
 */
public final class AttributeValue {
  private AttributeValue() {}

  /**
   * The value of prop {@code attribute} names, when the attribute holds {@code text} (null when
   * it was removed: the prop is no longer given); {@code number} is JavaScript's {@code
   * Number(text)}, which the browser parses. A boolean is true when the attribute is there,
   * unless it says {@code false}; a number that does not parse stays the text, so that the prop's
   * check names it ({@code PROP_TYPE}).
   */
  public static Object of(PropDefinitions props, String attribute, String text, double number) {
    String type = attributed(props.get(PropNames.camel(attribute)));
    if (text == null || type == null) {
      return null;
    }
    if (PropType.BOOLEAN.equals(type)) {
      return !"false".equals(text);
    }
    // NaN is not a number; nor is an empty attribute, although JavaScript's Number("") is 0
    return PropType.NUMBER.equals(type) && number == number && !text.isEmpty() ? (Object) number : text;
  }

  /** The type of prop {@code definition} (may be null) when it has an attribute; else null. */
  private static String attributed(PropDefinition definition) {
    String type = definition == null ? null : definition.type;
    return PropType.STRING.equals(type) || PropType.EMAIL.equals(type)
        || PropType.NUMBER.equals(type) || PropType.BOOLEAN.equals(type) ? type : null;
  }
}

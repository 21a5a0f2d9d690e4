package io.xwindow.xcomponent.drivers;

import jsinterop.annotations.JsType;

/**
 * Names a framework gives a component's props, and the name of its custom element. By hand over
 * characters rather than regular expressions: the bundle stays smaller.
 */
@JsType
public final class PropNames {
  private PropNames() {}

  /**
   * The custom element of component {@code tag}: the tag itself when it has a hyphen and starts
   * with a letter, as a custom element's name must ({@code log-in}), else {@code xcomponent-<tag>}
   * ({@code login}, {@code 3d-card}). The few hyphenated names HTML reserves ({@code font-face},
   * {@code missing-glyph}...) are not checked: no component is called that, and {@code
   * customElements.define} would say so.
   */
  public static String element(String tag) {
    char first = tag.charAt(0);
    return tag.indexOf("-") > 0 && first >= 'a' ? tag : "xcomponent-" + tag;
  }

  /**
   * True for the names a driver keeps for itself and does not pass on as props: {@code context}
   * (where to render), and what a framework adds to every component's props ({@code children},
   * and React 19's {@code ref}).
   */
  public static boolean reserved(String name) {
    return "context".equals(name) || "children".equals(name) || "ref".equals(name);
  }

  /**
   * The attribute of prop {@code name}: {@code defaultEmail} is {@code default-email}. Over
   * one-character strings and the platform's case mapping: no character arithmetic in the bundle.
   */
  public static String kebab(String name) {
    String kebab = "";
    for (int i = 0; i < name.length(); i++) {
      String c = name.substring(i, i + 1);
      String lower = c.toLowerCase();
      kebab += c.equals(lower) ? c : "-" + lower;
    }
    return kebab;
  }

  /**
   * The prop of attribute (or Vue prop) {@code name}: {@code default-email} is {@code
   * defaultEmail}; a camelCase name stays as it is.
   */
  public static String camel(String name) {
    int at = name.indexOf("-");
    return at < 0 || at + 1 == name.length() ? name
        : name.substring(0, at) + name.substring(at + 1, at + 2).toUpperCase()
            + camel(name.substring(at + 2));
  }
}

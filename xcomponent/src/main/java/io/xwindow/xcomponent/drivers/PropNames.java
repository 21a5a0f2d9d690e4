package io.xwindow.xcomponent.drivers;

import jsinterop.annotations.JsType;

/**
 * The name of a component's custom element, and the props a driver keeps for itself. (The
 * mapping between a prop's camelCase name and its kebab-case attribute is {@code drivers.js}'s
 * own: two regular expressions there cost fewer bytes than J2CL's loops over characters.)
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
}

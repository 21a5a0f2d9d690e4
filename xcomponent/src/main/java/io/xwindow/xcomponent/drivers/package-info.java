/**
 * What the framework drivers ({@code C.driver(name, deps)}: a custom element, React, Vue 3)
 * decide without a browser: the custom element's name ({@link
 * io.xwindow.xcomponent.drivers.PropNames#element}), the mapping between a prop's camelCase name
 * and its kebab-case attribute ({@link io.xwindow.xcomponent.drivers.PropNames}), an attribute's
 * text as a prop's value ({@link io.xwindow.xcomponent.drivers.AttributeValue}), and which props
 * changed between two renders of the framework ({@link
 * io.xwindow.xcomponent.drivers.PropChanges}). Plain Java over the props' {@code Host} seam,
 * tested on the JVM; the glue that calls them is {@code drivers.js}, which reaches an instance
 * only through its public API ({@code render}, {@code updateProps}, {@code close}, {@code event}).
 */
package io.xwindow.xcomponent.drivers;

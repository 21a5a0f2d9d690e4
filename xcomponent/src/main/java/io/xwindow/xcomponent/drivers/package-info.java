/**
 * What the framework drivers ({@code C.driver(name, deps)}: a custom element, React, Vue 3,
 * Angular) decide without a browser: the custom element's name ({@link
 * io.xwindow.xcomponent.drivers.PropNames#element}), the props a driver keeps for itself ({@link
 * io.xwindow.xcomponent.drivers.PropNames#reserved}), and an attribute's text as a prop's value
 * ({@link io.xwindow.xcomponent.drivers.AttributeValue}). Plain Java, tested on the JVM; the glue
 * that calls them is {@code drivers.js}, which reaches an instance only through its public API
 * ({@code render}, {@code updateProps}, {@code close}, {@code event}). Two decisions live in the
 * glue instead, where J2CL's output would cost the bundle more than the JavaScript does: which
 * props changed between two renders ({@code Use.changed}: J2CL's Java equality and the props'
 * {@code Host} calls), and the mapping between a prop's camelCase name and its kebab-case
 * attribute ({@code kebab} and {@code camel}: regular expressions instead of loops over
 * characters). The browser tests cover them.
 */
package io.xwindow.xcomponent.drivers;

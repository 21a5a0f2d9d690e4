/**
 * Page transitions as beaver-logger 3 logged them ({@code transition_<from>_to_<to>} with its
 * duration, a tracking entry, a {@code ui_<state>} meta), and the naming of a single-page
 * application's routes as states. Pure Java, tested on the JVM; the browser package tells it when
 * the page navigates and paints.
 */
package io.xwindow.beaver.transition;

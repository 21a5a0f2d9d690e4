/**
 * post-robot for the browser: request/response messaging between windows over {@code
 * postMessage}, on the wire of every post-robot 10 and 11, compiled to {@code post-robot.js} by
 * J2CL and Closure ADVANCED. {@link io.xwindow.postrobot.PostRobot} is the Java API; {@code
 * entry.js} lists the whole JavaScript API.
 *
 * <p>Packages, in the order a message travels: {@code send} (requests and their settling, the
 * outbox), {@code wire} (every message shape and the envelope, as post-robot 10 writes them),
 * {@code transport} (how an envelope reaches the other window: {@code postMessage}, or a private
 * {@code MessageChannel} port after a handshake, behind one interface), {@code receive} (the one
 * {@code message} listener and the listeners), {@code serialize}
 * (values across windows), {@code browser} (the thin glue).
 *
 * <h2>The public base, for modules built on post-robot</h2>
 *
 * A module built on post-robot (xcomponent is one) uses {@link io.xwindow.postrobot.PostRobot}
 * and these packages, and nothing else of post-robot: {@code message} (the values handed to it
 * and back), {@code error} (its errors and their codes), {@code domain} (origin matching) and
 * {@code window} (what any origin may ask of a window); every time decision takes {@link
 * io.xwindow.base.time.Timers}, the seam the modules share. They use nothing else of post-robot, and no inner package uses this root
 * package, which only puts them together: {@code DependencyRulesTest} checks both.
 *
 * <h2>The rules that keep the bundle small</h2>
 *
 * Measured with J2CL v20230718-1, gzipped; each pulls a piece of
 * J2CL's runtime into every page that loads us, so code on the browser path avoids them:
 *
 * <ul>
 *   <li><b>No Java exceptions and no {@code catch}</b> (about 1 KB gzipped: J2CL wraps every
 *       JavaScript error caught). Code that may throw on input from another window runs in
 *       {@link io.xwindow.postrobot.browser.Guard}; a value that cannot go is returned as a
 *       {@link io.xwindow.postrobot.serialize.Refusal}, with the result, not thrown.
 *   <li><b>No Java arrays and no varargs calls</b> (J2CL's array runtime, and a spread polyfill
 *       per call): {@code JsArray}, a function handed the values ({@link
 *       io.xwindow.postrobot.wire.EnvelopeKey#helloKeys}), and timers bound directly ({@link
 *       io.xwindow.base.time.PageTimers}).
 *   <li><b>No Java collections</b> ({@code HashMap} and {@code ArrayList} cost about 3 KB):
 *       {@code JsArray}, {@code JsWeakMap}, and {@link io.xwindow.postrobot.browser.Dictionary}
 *       for maps keyed by strings from other windows.
 *   <li><b>No {@code long}</b> (about 1 KB of emulation): {@code int} and {@code double}.
 *   <li><b>Callbacks are {@code @JsFunction} interfaces</b> ({@link
 *       io.xwindow.postrobot.message.Action}), not {@code Runnable}, which costs an adapter class.
 * </ul>
 */
package io.xwindow.postrobot;

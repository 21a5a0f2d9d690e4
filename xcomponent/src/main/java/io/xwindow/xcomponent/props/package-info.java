/**
 * The prop and option rules of xcomponent, decided without a browser: what {@code create}
 * accepts, how the props a page passes become the props a component uses, which go into the
 * child's URL and which the child gets. Plain Java over the {@link io.xwindow.xcomponent.props.Host}
 * seam (JavaScript values: {@code browser.JsHost} in the page, a fake in the JVM tests).
 *
 * <p>Entry points, in the order the render glue uses them:
 *
 * <ol>
 *   <li>{@link io.xwindow.xcomponent.props.ComponentOptions#read(Host, Object)}: {@code create}'s
 *       options, checked, with the prop definitions ({@link
 *       io.xwindow.xcomponent.props.PropDefinitions}: zoid's built-in parent props under the
 *       user's).
 *   <li>{@link io.xwindow.xcomponent.props.PropResolver#resolve(Object, Object, Object)}: the
 *       input props resolved (alias, value, default, type, required, validate, decorate) before
 *       any window opens; {@link io.xwindow.xcomponent.props.PropResolver#merge} for {@code
 *       updateProps}.
 *   <li>{@link io.xwindow.xcomponent.props.QueryString#url(Host, Object, PropDefinitions,
 *       Object)}: the child URL with the {@code queryParam} props.
 *   <li>{@link io.xwindow.xcomponent.props.ChildProps#visible(Host, PropDefinitions, Object,
 *       String, String)}: the props a child on a browser-verified origin gets.
 * </ol>
 *
 * <p>Errors are returned, never thrown: each entry point answers an {@link
 * io.xwindow.xcomponent.props.Outcome}, a value or an {@code XComponentError} whose {@code code}
 * is {@code BAD_OPTIONS}, {@code PROP_REQUIRED}, {@code PROP_TYPE} or {@code PROP_INVALID}. A
 * user function that throws ({@code validate}, {@code value}, {@code decorate}...) is caught by
 * the {@code Host} and becomes {@code PROP_INVALID}. Unlike zoid's production build, every check
 * runs in the shipped bundle.
 *
 * <p>{@link io.xwindow.xcomponent.props.PropType} and {@link
 * io.xwindow.xcomponent.props.PropSerialization} are the constants the JavaScript API exports as
 * {@code PROP_TYPE} and {@code PROP_SERIALIZATION}.
 *
 * <p>The bundle rules hold here: Java 8 syntax, no {@code java.util} collections, streams or
 * exceptions (arrays and loops; the few props a component has make a scan cheaper than a map).
 */
package io.xwindow.xcomponent.props;

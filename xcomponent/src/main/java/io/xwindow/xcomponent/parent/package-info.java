/**
 * The parent's side of one instance, behind {@code Instance} (the API and the props):
 *
 * <ul>
 *   <li>{@link io.xwindow.xcomponent.parent.Lifecycle}: where the instance stands, and its render
 *       timeout. Plain Java, no Elemental2, tested on the JVM on a clock the test holds.
 *   <li>{@link io.xwindow.xcomponent.parent.Rendering}: the render promise, the child's window
 *       (opened here or by another window of the page), the handshake, and the end.
 *   <li>{@link io.xwindow.xcomponent.parent.Watch}: the checks that the window is still there, and
 *       what the page leaving means; its decisions tested on the JVM.
 *   <li>{@link io.xwindow.xcomponent.parent.Removal}: a frame moved in the page, or removed from
 *       it; tested on the JVM through {@code Watch}.
 *   <li>{@link io.xwindow.xcomponent.parent.Controls}: focus, resize, show and hide, from the page
 *       or from the child (the helpers on its {@code xprops}).
 *   <li>{@link io.xwindow.xcomponent.parent.Definition}: all an instance may reach of its
 *       component.
 * </ul>
 *
 * <p>The shape is chosen for the bundle as much as for the reader: each class costs bytes in
 * {@code xcomponent.js} (its constructor, and the fields it is handed), so {@code Rendering} is
 * itself its lifecycle's {@code Steps} and its handshake's {@code Parent}, {@code Watch} holds both
 * its decisions and the three page listeners they hear, and opening a window is static ({@code
 * dom.Views}) rather than one more object per instance.
 */
package io.xwindow.xcomponent.parent;

/**
 * The conversation between a parent and its child, xwindow's dialect ({@link
 * io.xwindow.xcomponent.protocol.Names}): {@link ParentHandshake} and {@link ChildHandshake} are
 * the only classes that touch the wire, and {@link Offer} and {@link Answer} the only ones that
 * know its payloads. The render ({@code parent.Rendering}) and the child ({@code ChildWindow})
 * hear decisions through small interfaces, so that a second dialect (zoid 10's own, for wire
 * interop) can sit beside this one.
 */
package io.xwindow.xcomponent.handshake;

/**
 * xcomponent's errors: {@link io.xwindow.xcomponent.error.XComponentError} (a JavaScript {@code
 * Error} with a stable {@link io.xwindow.xcomponent.error.ErrorCode} in {@code code}), all made in
 * one place, {@link io.xwindow.xcomponent.error.Errors}; {@link
 * io.xwindow.xcomponent.error.XComponentException} for Java callers of {@code XComponent.define}.
 * A leaf: every package of xcomponent may use it, it uses none of them.
 */
package io.xwindow.xcomponent.error;

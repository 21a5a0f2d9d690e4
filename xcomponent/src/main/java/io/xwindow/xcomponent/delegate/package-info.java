/**
 * {@code renderTo} on the side of the window asked to render, decided without a browser: which
 * requests it takes and what it then makes ({@link DelegatedRender}). Plain Java over the {@link
 * io.xwindow.xcomponent.props.Host} seam, so that JVM tests drive every refusal; the DOM work and
 * the listener are the glue's ({@code Delegation}).
 */
package io.xwindow.xcomponent.delegate;

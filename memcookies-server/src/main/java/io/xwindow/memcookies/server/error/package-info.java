/**
 * The middleware's errors: {@link io.xwindow.memcookies.server.error.ErrorCode} and the value
 * {@link io.xwindow.memcookies.server.error.MemCookiesError}, in a leaf package that the root,
 * {@code seal} and {@code wire} all use.
 */
package io.xwindow.memcookies.server.error;

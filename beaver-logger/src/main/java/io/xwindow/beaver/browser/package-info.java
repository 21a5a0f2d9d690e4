/**
 * The Elemental2 glue of the client: a JavaScript array as the buffers' storage, setTimeout,
 * XHR/sendBeacon/keepalive fetch, and the page events (hide, uncaught errors, timings). The
 * decisions live in the pure packages; this one only connects them to the page.
 */
package io.xwindow.beaver.browser;

/**
 * What every xwindow bundle shares: {@link io.xwindow.base.Version}, the version the code was
 * built from, and {@code publish.js}, how a bundle hands out its JavaScript API (a global for a
 * script tag, the export of an ES module for the npm package), one copy per window; and in
 * {@link io.xwindow.base.time} the timers seam every time decision of the modules takes; in {@link
 * io.xwindow.base.browser} the page's globals, read as bare names.
 */
package io.xwindow.base;

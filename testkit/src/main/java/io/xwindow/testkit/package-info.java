/**
 * The test kit: real servers on distinct loopback origins ({@link Origins}, {@link Site}), one
 * scenario run in every {@link Engine} (HtmlUnit, Chromium, Firefox, WebKit) with {@link
 * CrossBrowser}, an engine's gap declared with its reason ({@link Cannot}), each engine also as a
 * user who blocks cookies or keeps the popup blocker on ({@link Profile}), and a failing test for
 * any script error on any page, frame or popup ({@link ScriptErrors}).
 *
 * <pre>{@code
 * class PingTest {
 *   @RegisterExtension static Origins origins = new Origins();
 *
 *   @CrossBrowser
 *   void pings(Browser browser) {
 *     origins.a().page("/parent.html", Html.page("<script src=/bundles/probe.js></script>"));
 *     browser.open(origins.a().url("/parent.html"));
 *     browser.waitFor("window.done === true");
 *   }
 * }
 * }</pre>
 */
package io.xwindow.testkit;

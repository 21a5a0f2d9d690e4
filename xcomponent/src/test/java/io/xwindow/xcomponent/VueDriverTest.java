package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code C.driver('vue3')} in a Vue 3 application bundled with esbuild from npm, which gives Vue's
 * runtime-only build (no template compiler), its child on another origin: with Vue's {@code h},
 * and without any dependency, as zoid's callers write it.
 */
@Tag(Lane.NODE)
class VueDriverTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String NO_HTMLUNIT =
      "HtmlUnit cannot run the ES2015+ that Vue's build and esbuild's bundle are";

  /**
   * The application: {@code show(props, withoutDeps)} renders the component inside a section with
   * those props ({@code show(null)} unmounts it).
   */
  private static final String PAGE = "import { createApp, h, shallowRef, version } from 'vue';\n"
      + "const withH = window.C.driver('vue3', { h });\n"
      + "const bare = window.C.driver('vue3');\n"
      + "const current = shallowRef(null);\n"
      + "const which = shallowRef(withH);\n"
      + "createApp({ render: () => h('section', null, [current.value ? h(which.value, "
      + "current.value) : null]) }).mount('#container');\n"
      + "window.show = (props, withoutDeps) => { which.value = withoutDeps ? bare : withH; "
      + "current.value = props; };\n"
      + "window.vueVersion = version;\n";

  private static final String FRAME = "#container iframe";

  private void open(Browser browser) {
    String definition = Pages.define(origins.b(), "log-in", DriverPages.PROPS);
    Pages.child(origins.b(), definition, DriverPages.CHILD);
    Frameworks.parent(origins.a(), definition, Frameworks.bundle("vue3", PAGE));
    browser.open(origins.a().url("/parent.html"));
    assertEquals(true, browser.eval("window.vueVersion.indexOf('3.') === 0"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void kebabAndCamelCasePropsRenderUpdateAndUnmount(Browser browser) {
    open(browser);

    browser.run("window.loads=0;show({'default-email':'ann@example.com',amount:12.5,"
        + "'on-loaded':function(){loads++;},onLoginSuccess:function(e){window.loggedIn='first:'+e;},"
        + "onClose:function(d){window.ended=d.reason;}});");
    DriverPages.childShows(browser, FRAME, "ann@example.com|12.5|-|-|0");
    assertEquals(1.0, browser.number("document.querySelectorAll('section > div iframe').length"));

    // new closures, same data: no message, no reload; the child reaches the newest closure
    browser.run("show({'default-email':'ann@example.com',amount:12.5,"
        + "'on-loaded':function(){loads++;},onLoginSuccess:function(e){window.loggedIn='second:'+e;},"
        + "onClose:function(d){window.ended=d.reason;}});");
    DriverPages.call(browser, FRAME, "xp.onLoginSuccess('ann')");
    browser.waitFor("window.loggedIn === 'second:ann'");
    DriverPages.childShows(browser, FRAME, "ann@example.com|12.5|-|-|0");

    // changed data: only it goes
    browser.run("show({'default-email':'ann@example.com',amount:3,settings:{theme:'dark'},"
        + "'on-loaded':function(){loads++;},onLoginSuccess:function(e){window.loggedIn='third:'+e;},"
        + "onClose:function(d){window.ended=d.reason;}});");
    DriverPages.childShows(browser, FRAME, "ann@example.com|3|-|dark|1");
    assertEquals(1.0, browser.number("window.loads"));

    browser.run("show(null);");
    browser.waitFor("window.ended === 'parent_call'");
    assertEquals(0.0, browser.number("document.querySelectorAll('iframe').length"));
    DriverPages.settle(browser);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void withoutDependenciesItRendersBesideVuesPlaceholder(Browser browser) {
    open(browser);

    browser.run("window.loads=0;show({'default-email':'ann@example.com','on-loaded':function()"
        + "{loads++;},onLoginSuccess:function(){},onClose:function(d){window.ended=d.reason;}},"
        + "true);");
    DriverPages.childShows(browser, FRAME, "ann@example.com|-|-|-|0");
    browser.run("show({'default-email':'bob@example.com','on-loaded':function(){loads++;},"
        + "onLoginSuccess:function(){},onClose:function(d){window.ended=d.reason;}},true);");
    DriverPages.childShows(browser, FRAME, "bob@example.com|-|-|-|1");
    assertEquals(1.0, browser.number("window.loads"));

    browser.run("show(null, true);");
    browser.waitFor("window.ended === 'parent_call'");
    assertEquals(0.0, browser.number("document.querySelectorAll('section *').length"));
    DriverPages.settle(browser);
  }
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.Origins;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code C.driver('react', {React, ReactDOM})} in a React 19 and a React 18 application (bundled
 * with esbuild from npm, development mode, in StrictMode), its child on another origin.
 */
@Tag(Lane.NODE)
class ReactDriverTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String NO_HTMLUNIT =
      "HtmlUnit cannot run the ES2015+ that React's build and esbuild's bundle are";

  /**
   * The application: {@code show(props)} renders the component with those props in StrictMode
   * ({@code show(null)} unmounts it), and {@code ssr} is what React's server renderer made of it.
   */
  private static final String PAGE = "import * as React from 'react';\n"
      + "import * as ReactDOM from 'react-dom';\n"
      + "import { createRoot } from 'react-dom/client';\n"
      + "import { renderToString } from 'react-dom/server';\n"
      + "const h = React.createElement;\n"
      + "const LogIn = window.C.driver('react', { React, ReactDOM });\n"
      + "window.ssr = renderToString(h(LogIn, { defaultEmail: 'ssr@example.com', "
      + "onLoaded() {} }));\n"
      + "const root = createRoot(document.getElementById('container'));\n"
      + "window.show = (props) => root.render(h(React.StrictMode, null, props ? h(LogIn, props) "
      + ": null));\n"
      + "window.reactVersion = React.version;\n";

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void react19(Browser browser) {
    renderUpdateAndUnmount(browser, Frameworks.bundle("react19", PAGE), "19.");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void react18(Browser browser) {
    Path page = Frameworks.bundle("react18", PAGE, "react=react18", "react-dom=react-dom18");
    renderUpdateAndUnmount(browser, page, "18.");
  }

  private void renderUpdateAndUnmount(Browser browser, Path page, String version) {
    String definition = Pages.define(origins.b(), "log-in", DriverPages.PROPS);
    Pages.child(origins.b(), definition, DriverPages.CHILD);
    Frameworks.parent(origins.a(), definition, page);
    browser.open(origins.a().url("/parent.html"));
    assertEquals(true, browser.eval("window.reactVersion.indexOf('" + version + "') === 0"));

    // on the server: the empty placeholder only
    assertEquals("<div></div>", browser.string("window.ssr"));

    // mounted twice by StrictMode: one frame, loaded once
    browser.run("window.loads=0;show({defaultEmail:'ann@example.com',amount:12.5,"
        + "onLoaded:function(){loads++;},onLoginSuccess:function(e){window.loggedIn='first:'+e;},"
        + "onClose:function(d){window.ended=d.reason;}});");
    // React 19 mounts the ref again after the first commit: the frame to look into is the one
    // whose child loaded
    browser.waitFor("window.loads === 1");
    DriverPages.childShows(browser, "#container iframe", "ann@example.com|12.5|-|-|0");
    assertEquals(1.0, browser.number("document.querySelectorAll('iframe').length"));
    assertEquals(1.0, browser.number("window.loads"));

    // a re-render with new closures and the same data: no message, no reload
    browser.run("show({defaultEmail:'ann@example.com',amount:12.5,onLoaded:function(){loads++;},"
        + "onLoginSuccess:function(e){window.loggedIn='second:'+e;},"
        + "onClose:function(d){window.ended=d.reason;}});");
    DriverPages.call(browser, "#container iframe", "xp.onLoginSuccess('ann')");
    browser.waitFor("window.loggedIn === 'second:ann'");
    DriverPages.childShows(browser, "#container iframe", "ann@example.com|12.5|-|-|0");

    // a changed data prop: only it goes, without a reload
    browser.run("show({defaultEmail:'bob@example.com',amount:12.5,onLoaded:function(){loads++;},"
        + "onLoginSuccess:function(e){window.loggedIn='third:'+e;},"
        + "onClose:function(d){window.ended=d.reason;}});");
    DriverPages.childShows(browser, "#container iframe", "bob@example.com|12.5|-|-|1");
    DriverPages.call(browser, "#container iframe", "xp.onLoginSuccess('bob')");
    browser.waitFor("window.loggedIn === 'third:bob'");
    assertEquals(1.0, browser.number("window.loads"));
    assertEquals(1.0, browser.number("document.querySelectorAll('iframe').length"));

    // unmounted: closed by the parent, frame gone, no error anywhere
    browser.run("show(null);");
    browser.waitFor("window.ended === 'parent_call'");
    assertEquals(0.0, browser.number("document.querySelectorAll('iframe').length"));
    DriverPages.settle(browser);
  }
}

package io.xwindow.postrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Bundles;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Windows inside sent data, between xwindow windows on three origins: a parent on A frames a
 * child on B and a sibling on C, and hands the child a reference to the sibling. The child gets
 * a {@code ProxyWindow}, acts on the sibling through it, matches it to the real window, and
 * sends to it.
 */
class ProxyWindowTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String SIBLING =
      "postRobot.on('who',function(e){return 'sibling at '+location.protocol+'//'+location.host"
          + "+' asked by '+e.origin;});";

  private void open(Browser browser, String childScript) {
    origins.a().script("/bundles/post-robot.js", Bundles.path("post-robot.js"));
    origins.b().script("/bundles/post-robot.js", Bundles.path("post-robot.js"));
    origins.c().script("/bundles/post-robot.js", Bundles.path("post-robot.js"));
    origins.b().page("/child.html",
        Html.page(Html.script("/bundles/post-robot.js") + Html.inline(childScript)));
    origins.c().page("/sibling.html",
        Html.page(Html.script("/bundles/post-robot.js") + Html.inline(SIBLING)));
    origins.a().page("/parent.html",
        Html.page(Html.script("/bundles/post-robot.js")
            + Html.inline(Windows2.SETTLE + "window.loaded=0;")
            + "<iframe id=child src=\"" + origins.b().url("/child.html") + "\""
            + " onload=\"window.loaded++\"></iframe>"
            + "<iframe id=sibling src=\"" + origins.c().url("/sibling.html") + "\""
            + " onload=\"window.loaded++\"></iframe>"));
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.loaded === 2");
  }

  @CrossBrowser
  void aWindowInDataArrivesAsAProxyWindowThatMatchesAndSends(Browser browser) {
    open(browser,
        "postRobot.on('take',function(e){var w=e.data.win;var out={proxy:w.isProxyWindow===true,"
            + "id:typeof w.getID(),known:w.getWindow()===undefined||w.getWindow()===null};"
            + "return w.isClosed().then(function(c){out.closed=c;return w.getType();})"
            + ".then(function(t){out.type=t;return w.getInstanceID();})"
            + ".then(function(i){out.instance=typeof i;"
            + "return w.matchWindow(window.parent.frames[0],{send:postRobot.send});})"
            + ".then(function(m){out.matchesOther=m;"
            + "return w.matchWindow(window.parent.frames[1],{send:postRobot.send});})"
            + ".then(function(m){out.matches=m;out.bound=w.getWindow()===window.parent.frames[1];"
            + "return postRobot.send(w,'who');})"
            + ".then(function(r){out.answer=r.data;return out;});});");

    Windows2.settle(browser,
        "postRobot.send(frames[0],'take',{win:frames[1]},{domain:'" + origins.b().origin() + "'})");

    assertEquals("{\"proxy\":true,\"id\":\"string\",\"known\":true,\"closed\":false,"
            + "\"type\":\"iframe\",\"instance\":\"string\",\"matchesOther\":false,\"matches\":true,"
            + "\"bound\":true,\"answer\":\"sibling at " + origins.c().origin() + " asked by "
            + origins.b().origin() + "\"}",
        browser.string("JSON.stringify(window.result.data)"));
  }

  @CrossBrowser
  void aProxySentBackToTheWindowThatHoldsTheRealOneUnwrapsToIt(Browser browser) {
    open(browser, "postRobot.on('bounce',function(e){return {win:e.data.win,again:e.data.win};});");

    Windows2.settle(browser,
        "postRobot.send(frames[0],'bounce',{win:frames[1]}).then(function(r){"
            + "return [r.data.win.getWindow()===frames[1],r.data.win===r.data.again,"
            + "r.data.win.unwrap()===frames[1]].join();})");

    assertEquals("true,true,true", browser.string("window.result"));
  }

  @CrossBrowser
  void aProxySeesItsWindowClose(Browser browser) {
    open(browser,
        "postRobot.on('keep',function(e){window.kept=e.data.win;return e.data.win.isClosed();});"
            + "postRobot.on('closed?',function(){return window.kept.isClosed();});");

    Windows2.settle(browser, "postRobot.send(frames[0],'keep',{win:frames[1]})");
    assertEquals(false, browser.eval("window.result.data"));

    browser.run("document.getElementById('sibling').remove();");
    Windows2.settle(browser, "postRobot.send(frames[0],'closed?')");
    assertEquals(true, browser.eval("window.result.data"));
  }

  @CrossBrowser
  void aLocationThatIsNotHttpIsATypedError(Browser browser) {
    open(browser,
        "postRobot.on('misuse',function(e){return e.data.win.setLocation('javascript:alert(1)')"
            + ".catch(function(err){return err.code+': '+err.message;});});");

    Windows2.settle(browser, "postRobot.send(frames[0],'misuse',{win:frames[1]})");

    assertEquals("BAD_ARGUMENT: Expected url to be http or https url, or absolute path, got "
            + "\"javascript:alert(1)\"",
        browser.string("window.result.data"));
  }

  @CrossBrowser(
      cannot =
          @Cannot(
              engine = Engine.HTMLUNIT,
              why = "HtmlUnit lets a page set the name of a cross-origin window"))
  void theNameOfACrossOriginWindowIsATypedError(Browser browser) {
    open(browser,
        "postRobot.on('misuse',function(e){return e.data.win.setName('x')"
            + ".catch(function(err){return err.code+': '+err.message;});});");

    Windows2.settle(browser, "postRobot.send(frames[0],'misuse',{win:frames[1]})");

    assertEquals("BAD_ARGUMENT: Can not set name for cross-domain window: x",
        browser.string("window.result.data"));
  }

  @CrossBrowser
  void aProxySetsTheLocationOfItsWindow(Browser browser) {
    origins.c().page("/next.html", Html.page(Html.inline("window.arrived=true;")));
    open(browser,
        "postRobot.on('move',function(e){return e.data.win.setLocation('"
            + origins.c().url("/next.html") + "').then(function(p){return p===e.data.win;});});");

    Windows2.settle(browser, "postRobot.send(frames[0],'move',{win:frames[1]})");

    assertEquals(true, browser.eval("window.result.data"));
    browser.waitFor("window.loaded === 3");
  }
}

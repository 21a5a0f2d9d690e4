package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pages that load post-robot.js beside xcomponent.js, which has its own post-robot, in either
 * order, in both windows: the component's function prop and the page's own requests are each
 * answered by the copy that holds them, never refused by the other.
 */
class WithPostRobotTest {
  @RegisterExtension static Origins origins = new Origins();

  @CrossBrowser
  void postRobotStartedFirst(Browser browser) {
    assertBothAnswered(browser, "post-robot.js", "xcomponent.js");
  }

  @CrossBrowser
  void xcomponentStartedFirst(Browser browser) {
    assertBothAnswered(browser, "xcomponent.js", "post-robot.js");
  }

  /**
   * The parent offers the props as soon as a post-robot starts in the frame: here post-robot.js,
   * a while before xcomponent.js is there to take them. That offer is refused, and the child still
   * gets its props once xcomponent.js starts.
   */
  @CrossBrowser
  void xcomponentStartedWellAfterPostRobotStillGetsItsProps(Browser browser) {
    String definition = Pages.define(origins.b(), "with-post-robot", "props:{onDone:{type:'function'}},");
    origins.b().bundle("post-robot.js").bundle("xcomponent.js").page("/child.html", Html.page(
        Html.script("/bundles/post-robot.js") + Html.inline("setTimeout(function () {"
            + "  var script = document.createElement('script');"
            + "  script.src = '/bundles/xcomponent.js';"
            + "  script.onload = function () {" + definition
            + "    C.ready().then(function (xprops) { xprops.onDone('done'); });"
            + "  };"
            + "  document.head.appendChild(script);"
            + "}, 300);")));
    origins.a().bundle("xcomponent.js").page("/parent.html", Html.page("<div id=container></div>"
        + Html.script("/bundles/xcomponent.js") + Html.inline(definition
        + "C({onDone: function (value) { window.done = value; }}).render('#container');")));

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done !== undefined");

    assertEquals("done", browser.string("window.done"));
  }

  private static void assertBothAnswered(Browser browser, String first, String second) {
    String scripts = Html.script("/bundles/" + first) + Html.script("/bundles/" + second);
    String definition = Pages.define(origins.b(), "with-post-robot", "props:{onDone:{type:'function'}},");
    origins.b().bundle(first).bundle(second).page("/child.html", Html.page(scripts + Html.inline(definition
        + "postRobot.on('ping', {domain: '" + origins.a().origin() + "'}, function () { return 'pong'; });"
        + "C.ready().then(function (xprops) { xprops.onDone('done'); });")));
    origins.a().bundle(first).bundle(second).page("/parent.html", Html.page("<div id=container></div>"
        + scripts + Html.inline(definition
        + "C({onDone: function (value) { window.done = value; }}).render('#container').then(function () {"
        + "  return postRobot.send(document.querySelector('iframe').contentWindow, 'ping');"
        + "}).then(function (response) { window.pong = response.data; },"
        + "  function (error) { window.pong = 'failed: ' + error.code; });")));

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done !== undefined && window.pong !== undefined");

    assertEquals("done", browser.string("window.done"));
    assertEquals("pong", browser.string("window.pong"));
  }
}

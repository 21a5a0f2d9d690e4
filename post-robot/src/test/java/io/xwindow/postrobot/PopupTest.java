package io.xwindow.postrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.postrobot.error.ErrorCode;
import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A popup on another origin, opened by a real click: it and its opener talk both ways. */
class PopupTest {
  @RegisterExtension static Origins origins = new Origins();

  @CrossBrowser(
      cannot =
          @Cannot(
              engine = Engine.HTMLUNIT,
              why = "HtmlUnit loads a popup inside window.open: its first message arrives "
                  + "before open() has returned the window the opener compares the message's "
                  + "source with"))
  void popupAndOpenerTalkBothWays(Browser browser) {
    String parentOrigin = origins.a().origin();
    String popupOrigin = origins.b().origin();
    origins.b().bundle("post-robot.js").page("/popup.html", Html.page(
        Html.script("/bundles/post-robot.js")
            + Html.inline(
                "postRobot.on('whoAreYou',{domain:'" + parentOrigin + "'},function(e){"
                    + "return 'the popup, asked by '+e.origin+(e.source===window.opener?' (my opener)':'');});"
                    + "postRobot.send(window.opener,'popupReady',location.origin,{domain:'" + parentOrigin + "'});")));
    origins.a().bundle("post-robot.js").page("/opener.html", Html.page(
        Html.script("/bundles/post-robot.js")
            + "<button id=open>open</button>"
            + Html.inline(Windows2.SETTLE
                + "postRobot.on('popupReady',{domain:'" + popupOrigin + "'},function(e){"
                + "window.readyFrom=e.data+(e.source===window.popup?' (my popup)':'');return true;});"
                + "document.getElementById('open').onclick=function(){"
                + "window.popup=window.open('" + origins.b().url("/popup.html") + "','popup','width=400,height=300');};")));

    browser.open(origins.a().url("/opener.html"));
    browser.click("#open");
    browser.waitFor("window.readyFrom !== undefined");
    assertEquals(popupOrigin + " (my popup)", browser.string("window.readyFrom"));

    Windows2.settle(browser, "postRobot.send(window.popup,'whoAreYou',null,{domain:'" + popupOrigin + "'})");
    assertEquals("the popup, asked by " + parentOrigin + " (my opener)", browser.string("window.result.data"));

    Windows2.settle(browser, "(function(){window.popup.close();"
        + "return postRobot.send(window.popup,'whoAreYou',null,{domain:'" + popupOrigin + "'});})()");
    assertEquals(ErrorCode.WINDOW_CLOSED, browser.string("window.failure.code"));
  }
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.error.ErrorCode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Popups whose window is not only xcomponent's: one the user closes before the child answers, and
 * one the page opened itself (the {@code window} prop), and a {@code window} prop that is none.
 */
class PopupWindowTest {
  @RegisterExtension static Origins origins = new Origins();

  private static String definition() {
    return Pages.define(origins.b(), "popup-card",
        "props:{email:{type:'string'},onLoginSuccess:{type:'function'}}");
  }

  @CrossBrowser
  void aPopupItsUserClosesBeforeTheChildAnswersEndsWithUserClosedWithoutError(Browser browser) {
    // a child page without the component, closed as soon as it loads, as by its user
    origins.b().page("/child.html", Html.page("<p>closing</p>"
        + Html.inline("setTimeout(function(){window.close();},0);")));
    Pages.parent(origins.a(), "/parent.html", definition(), Observed.SCRIPT
        + "observed({email:'ann@example.com',onLoginSuccess:function(){}});"
        + "document.getElementById('go').onclick=function(){"
        + "settle(instance.render(null,xcomponent.CONTEXT.POPUP));};");
    browser.open(origins.a().url("/parent.html"));
    browser.click("#go");
    browser.waitFor("log.indexOf('onDestroy') >= 0");
    assertEquals(Observed.ended(CloseReason.USER_CLOSED), browser.string("log.join()"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
  }

  @CrossBrowser
  void aWindowThePageOpenedInItsClickIsAdoptedAndClosedWithTheInstance(Browser browser) {
    Pages.child(origins.b(), definition(),
        "C.ready().then(function(x){x.onLoginSuccess(x.email+(window.opener?' in a popup':''));});");
    Pages.parent(origins.a(), "/parent.html", definition(), Observed.SCRIPT
        + "window.opened=0;(function(open){window.open=function(){opened++;"
        + "return open.apply(window,arguments);};})(window.open);"
        + "document.getElementById('go').onclick=function(){"
        + "window.own=window.open('','mine','width=400,height=200');"
        + "observed({email:'ann@example.com',window:own,"
        + "onLoginSuccess:function(e){window.loggedIn=e;}});"
        + "settle(instance.render());};");
    browser.open(origins.a().url("/parent.html"));
    browser.click("#go");
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.waitFor("window.loggedIn !== undefined");
    assertEquals("ann@example.com in a popup", browser.string("window.loggedIn"));
    assertEquals(1.0, browser.number("window.opened"), "only the page's own window.open");
    assertEquals(false, browser.eval("window.own.closed"));
    browser.run("instance.close();");
    browser.waitFor("log.indexOf('onDestroy') >= 0");
    assertEquals(Observed.renderedThenEnded(CloseReason.PARENT_CALL), browser.string("log.join()"));
    browser.waitFor("window.own.closed === true");
  }

  /** The parent page opens its own window ({@code url}) in the click, and renders in it. */
  private static void renderInTheWindowThePageOpens(Browser browser, String url) {
    Pages.child(origins.b(), definition(),
        "C.ready().then(function(x){x.onLoginSuccess(x.email);});");
    origins.a().page("/loading.html", Html.page("<p>loading</p>"));
    Pages.parent(origins.a(), "/parent.html", definition(), Observed.SCRIPT
        + "document.getElementById('go').onclick=function(){"
        + "window.own=window.open('" + url + "','mine','width=400,height=200');"
        + "observed({email:'ann@example.com',window:own,"
        + "onLoginSuccess:function(e){window.loggedIn=e;}});"
        + "settle(instance.render());};");
    browser.open(origins.a().url("/parent.html"));
    browser.click("#go");
    browser.waitFor("window.done === true && window.loggedIn !== undefined");
    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals("ann@example.com", browser.string("window.loggedIn"));
  }

  @CrossBrowser
  void aWindowThePageOpenedAndClosesItselfEndsWithUserClosed(Browser browser) {
    renderInTheWindowThePageOpens(browser, "");
    browser.run("window.own.close();");
    browser.waitFor("log.indexOf('onDestroy') >= 0");
    assertEquals(Observed.renderedThenEnded(CloseReason.USER_CLOSED), browser.string("log.join()"));
  }

  @CrossBrowser
  void aWindowThePageOpenedOnAPageOfItsOwnIsTakenToTheChild(Browser browser) {
    renderInTheWindowThePageOpens(browser, "/loading.html");
    browser.switchToPopup();
    assertEquals(origins.b().url("/child.html"), browser.string("location.href"));
    browser.switchToMain();
  }

  @CrossBrowser
  void aWindowOpenThatGivesAClosedWindowFailsWithPopupBlocked(Browser browser) {
    Pages.parent(origins.a(), "/parent.html", definition(), Observed.SCRIPT
        + "(function(open){window.open=function(){var w=open.apply(window,arguments);w.close();"
        + "return w;};})(window.open);"
        + "observed({email:'ann@example.com',onLoginSuccess:function(){}});"
        + "document.getElementById('go').onclick=function(){"
        + "settle(instance.render(null,xcomponent.CONTEXT.POPUP));};");
    browser.open(origins.a().url("/parent.html"));
    browser.click("#go");
    browser.waitFor("window.done === true");
    assertEquals(ErrorCode.POPUP_BLOCKED, browser.string("window.failure.code"));
    assertEquals(Observed.failed(ErrorCode.POPUP_BLOCKED), browser.string("log.join()"));
  }

  @CrossBrowser
  void aWindowPropThatIsNoWindowFailsWithBadWindow(Browser browser) {
    Pages.parent(origins.a(), "/parent.html", definition(), Observed.SCRIPT
        + "observed({email:'ann@example.com',window:{closed:false},onLoginSuccess:function(){}});"
        + "settle(instance.render());");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("log.indexOf('onDestroy') >= 0");
    assertEquals(Observed.failed(ErrorCode.BAD_WINDOW), browser.string("log.join()"));
    browser.waitFor("window.done === true");
    assertEquals(ErrorCode.BAD_WINDOW, browser.string("window.failure.code"));
  }

  /*
   * A blank frame of the page, as the window prop: the child loads in it, no frame of ours.
   */

  /** Renders in the page's own frame {@code #own}, given as the window prop, and waits for it. */
  private static void renderInTheFrameOfThePage(Browser browser) {
    Pages.child(origins.b(), definition(), "C.ready().then(function(x){"
        + "x.onLoginSuccess(x.email+(window.parent!==window?' in a frame':''));});");
    Pages.parent(origins.a(), "/parent.html", definition(), Observed.SCRIPT
        + "var f=document.createElement('iframe');f.id='own';document.body.appendChild(f);"
        + "observed({email:'ann@example.com',window:f.contentWindow,"
        + "onLoginSuccess:function(e){window.loggedIn=e;}});"
        + "settle(instance.render());");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true && window.loggedIn !== undefined");
    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals("ann@example.com in a frame", browser.string("window.loggedIn"));
    assertEquals(1.0, browser.number("document.querySelectorAll('iframe').length"),
        "no frame but the page's own");
    assertEquals(origins.b().url("/child.html"), browser.string("document.getElementById('own').src"));
  }

  @CrossBrowser
  void aFrameOfThePageGivenAsTheWindowPropGetsTheChildAndLeavesWithTheInstance(Browser browser) {
    renderInTheFrameOfThePage(browser);
    browser.run("instance.close();");
    browser.waitFor("log.indexOf('onDestroy') >= 0");
    assertEquals(Observed.renderedThenEnded(CloseReason.PARENT_CALL), browser.string("log.join()"));
    assertEquals(0.0, browser.number("document.querySelectorAll('iframe').length"));
  }

  @CrossBrowser
  void aFrameOfThePageGivenAsTheWindowPropThatThePageRemovesEndsWithContainerRemoved(
      Browser browser) {
    renderInTheFrameOfThePage(browser);
    browser.run("document.getElementById('own').remove();");
    browser.waitFor("log.indexOf('onDestroy') >= 0");
    assertEquals(Observed.renderedThenEnded(CloseReason.CONTAINER_REMOVED), browser.string("log.join()"));
  }
}

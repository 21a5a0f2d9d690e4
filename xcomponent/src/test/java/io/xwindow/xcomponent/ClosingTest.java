package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.error.ErrorCode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every way a component ends, across two origins: the reason reaches the {@code close} event and
 * {@code onClose}, nothing is reported as an error, render is not rejected, and the frame or popup
 * is gone.
 */
class ClosingTest {
  @RegisterExtension static Origins origins = new Origins();

  /** The child shows its {@code email} prop once it has it. */
  private static final String CHILD =
      "C.ready().then(function(xprops){document.getElementById('out').textContent=xprops.email;});";

  /** Keeps the popup the instance opens in {@code window.popup}. */
  private static final String KEEP_POPUP =
      "(function(open){window.open=function(){return window.popup=open.apply(window,arguments);};})"
          + "(window.open);";

  private static void serve(String parentScript) {
    serve("", parentScript);
  }

  private static void serve(String more, String parentScript) {
    String definition =
        Pages.define(origins.b(), "closing-card", "props:{email:{type:'string'}}" + more);
    Pages.child(origins.b(), definition, CHILD);
    Pages.parent(origins.a(), "/parent.html", definition, Observed.SCRIPT + parentScript);
  }

  /** Opens the parent page, which renders in an iframe, and waits until the child has its props. */
  private static void renderInAFrame(Browser browser) {
    serve("observed({email:'ann@example.com'});settle(instance.render('#container'));");
    Pages.openRendered(browser, origins.a(), "ann@example.com");
  }

  private static void assertEnded(Browser browser, String log) {
    // render settles in its own turn, which may come after onDestroy's: wait for both
    browser.waitFor("log.indexOf('onDestroy') >= 0 && window.done === true");
    assertEquals(log, browser.string("log.join()"));
    assertEquals(true, browser.eval("window.failure === undefined"));
    assertEquals(0.0, browser.number("document.getElementsByTagName('iframe').length"));
  }

  /*
   * How often the window is checked, and that a window still there is never ended by the checks,
   * are decided on the JVM (parent.WatchTest, on a clock the test holds); these tests check the
   * wiring in real pages, without waiting for a check on purpose.
   */

  @CrossBrowser
  void aChangeElsewhereInThePageLeavesARenderedFrameAlive(Browser browser) {
    renderInAFrame(browser);
    // the document changed: the watch checks the frame at once, and finds it in the page
    browser.run("document.body.appendChild(document.createElement('p'));");
    browser.run("window.settled=false;Promise.resolve().then(function(){window.settled=true;});");
    browser.waitFor("window.settled === true");
    assertEquals("rendered", browser.string("log.join()"));
    assertEquals(1.0, browser.number("document.getElementsByTagName('iframe').length"));
  }

  @CrossBrowser
  void closingFromOnRenderOpensNoWindowAndResolvesTheRender(Browser browser) {
    serve("observed({email:'ann@example.com',onRender:function(){instance.close();}});"
        + "settle(instance.render('#container'));");
    browser.open(origins.a().url("/parent.html"));
    assertEnded(browser, Observed.ended(CloseReason.PARENT_CALL));
  }

  @CrossBrowser
  void aClosedInstanceRefusesToRenderOrUpdateWithClosed(Browser browser) {
    serve("observed({email:'ann@example.com'});instance.close();"
        + "settle(instance.render('#container'));"
        + "instance.updateProps({email:'bob@example.com'}).then(null,"
        + "function(e){window.updateRefused=e.code;});");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true && window.updateRefused !== undefined");
    assertEquals(ErrorCode.CLOSED, browser.string("window.failure.code"));
    assertEquals(ErrorCode.CLOSED, browser.string("window.updateRefused"));
    assertEquals(Observed.ended(CloseReason.PARENT_CALL), browser.string("log.join()"));
    assertEquals(0.0, browser.number("document.getElementsByTagName('iframe').length"));
  }

  /**
   * Sends an update, then at once {@code ending}: the update resolves, and the instance ends with
   * {@code reason} and no error.
   */
  private static void assertUpdateOnItsWayResolves(Browser browser, String ending, String reason) {
    renderInAFrame(browser);
    browser.run("instance.updateProps({email:'bob@example.com'}).then("
        + "function(){window.updated='resolved';},function(e){window.updated='rejected '+e;});"
        + ending);
    assertEnded(browser, Observed.renderedThenEnded(reason));
    browser.waitFor("window.updated !== undefined");
    assertEquals("resolved", browser.string("window.updated"));
    assertEquals(Observed.renderedThenEnded(reason), browser.string("log.join()"));
  }

  @CrossBrowser
  void anUpdateOnItsWayWhenCloseComesResolvesAndNothingErrs(Browser browser) {
    assertUpdateOnItsWayResolves(browser, "instance.close();", CloseReason.PARENT_CALL);
  }

  @CrossBrowser
  void anUpdateOnItsWayWhenDestroyComesResolvesAndNothingErrs(Browser browser) {
    assertUpdateOnItsWayResolves(browser, "xcomponent.destroy();", CloseReason.DESTROYED);
  }

  @CrossBrowser
  void theParentCallingCloseEndsItWithParentCall(Browser browser) {
    renderInAFrame(browser);
    browser.run("instance.close();");
    assertEnded(browser, Observed.renderedThenEnded(CloseReason.PARENT_CALL));
  }

  @CrossBrowser
  void theChildCallingCloseEndsItWithChildCall(Browser browser) {
    renderInAFrame(browser);
    browser.switchToFrame("iframe");
    // later, so that the driver is not running a script in the frame as it goes
    browser.run("setTimeout(function(){window.xprops.close();},0);");
    browser.switchToMain();
    assertEnded(browser, Observed.renderedThenEnded(CloseReason.CHILD_CALL));
  }

  @CrossBrowser
  void theUserClosingThePopupEndsItWithUserClosed(Browser browser) {
    serve(KEEP_POPUP + "observed({email:'ann@example.com'});"
        + "document.getElementById('go').onclick=function(){"
        + "settle(instance.render(null,xcomponent.CONTEXT.POPUP));};");
    browser.open(origins.a().url("/parent.html"));
    browser.click("#go");
    browser.waitFor("window.done === true");
    browser.switchToPopup();
    browser.waitFor("document.getElementById('out').textContent === 'ann@example.com'");
    // the popup closes itself, as the user's close button would: nothing of ours asks it to
    browser.run("setTimeout(function(){window.close();},0);");
    browser.switchToMain();
    assertEnded(browser, Observed.renderedThenEnded(CloseReason.USER_CLOSED));
    assertEquals(true, browser.eval("window.popup.closed"));
  }

  @CrossBrowser
  void aPopupWhosePageReplacedItsWindowCloseIsClosedAllTheSame(Browser browser) {
    // a child on the parent's own origin, whose page makes window.close() do nothing: the
    // parent's own popup.close() would reach that function
    String definition = Pages.define(origins.a(), "closing-card", "props:{email:{type:'string'}}");
    Pages.child(origins.a(), definition,
        "window.close=function(){window.closeIgnored=true;};" + CHILD);
    Pages.parent(origins.a(), "/parent.html", definition, Observed.SCRIPT + KEEP_POPUP
        + "observed({email:'ann@example.com'});document.getElementById('go').onclick=function(){"
        + "settle(instance.render(null,xcomponent.CONTEXT.POPUP));};");
    browser.open(origins.a().url("/parent.html"));
    browser.click("#go");
    browser.waitFor("window.done === true");
    browser.switchToPopup();
    browser.waitFor("document.getElementById('out').textContent === 'ann@example.com'");
    browser.switchToMain();

    browser.run("instance.close();");

    assertEnded(browser, Observed.renderedThenEnded(CloseReason.PARENT_CALL));
    browser.waitFor("window.popup.closed === true");
  }

  /**
   * The child page calls {@code moving} and goes to another page of its site; {@code delayMs} after
   * the parent hears it, the parent page closes the window (removes the container, or closes the
   * popup as its user would): the instance ends with that reason, and nothing errs.
   */
  private static void assertClosedAfterTheChildMovesOn(Browser browser, boolean popup,
      int delayMs) {
    origins.b().page("/next.html", Html.page("<p>next page</p>"));
    String definition = Pages.define(origins.b(), "closing-card",
        "props:{email:{type:'string'},moving:{type:'function'}}");
    Pages.child(origins.b(), definition,
        "C.ready().then(function(x){x.moving();location.href='/next.html';});");
    String close = popup ? "window.popup.close();" : "document.getElementById('container').remove();";
    Pages.parent(origins.a(), "/parent.html", definition, Observed.SCRIPT + KEEP_POPUP
        + "observed({email:'ann@example.com',moving:function(){setTimeout(function(){" + close
        + "}," + delayMs + ");}});" + (popup
            ? "document.getElementById('go').onclick=function(){"
                + "settle(instance.render(null,xcomponent.CONTEXT.POPUP));};"
            : "settle(instance.render('#container'));"));
    browser.open(origins.a().url("/parent.html"));
    if (popup) {
      browser.click("#go");
    }
    assertEnded(browser, Observed.renderedThenEnded(
        popup ? CloseReason.USER_CLOSED : CloseReason.CONTAINER_REMOVED));
  }

  /**
   * The child calls {@code moving} and leaves its page in the same task: browsers deliver the
   * message it posted before it left; HtmlUnit drops it with the page, so the parent never closes
   * the window.
   */
  private static final String MOVED_ON_UNHEARD = "HtmlUnit drops a message a page posts just "
      + "before it navigates away in the same task, so the parent never hears moving";

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = MOVED_ON_UNHEARD))
  void aFrameRemovedAsItsChildChangesLocationEndsWithContainerRemoved(Browser browser) {
    assertClosedAfterTheChildMovesOn(browser, false, 0);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = MOVED_ON_UNHEARD))
  void aFrameRemovedAMomentAfterItsChildChangedLocationEndsWithContainerRemoved(Browser browser) {
    assertClosedAfterTheChildMovesOn(browser, false, 300);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = MOVED_ON_UNHEARD))
  void aPopupClosedAsItsChildChangesLocationEndsWithUserClosed(Browser browser) {
    assertClosedAfterTheChildMovesOn(browser, true, 0);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = MOVED_ON_UNHEARD))
  void aPopupClosedAMomentAfterItsChildChangedLocationEndsWithUserClosed(Browser browser) {
    assertClosedAfterTheChildMovesOn(browser, true, 300);
  }

  @CrossBrowser
  void removingTheContainerEndsItWithContainerRemoved(Browser browser) {
    renderInAFrame(browser);
    browser.run("document.getElementById('container').remove();");
    assertEnded(browser, Observed.renderedThenEnded(CloseReason.CONTAINER_REMOVED));
  }

  @CrossBrowser
  void removingTheContainerBeforeTheChildAnswersEndsItWithoutError(Browser browser) {
    // a child page that never answers: the render can only end by the removal
    String definition = Pages.define(origins.b(), "closing-card", "props:{email:{type:'string'}}");
    origins.b().page("/child.html", Html.page("<p>a page without the component</p>"));
    Pages.parent(origins.a(), "/parent.html", definition, Observed.SCRIPT
        + "observed({email:'ann@example.com'});settle(instance.render('#container'));"
        + "document.getElementById('container').remove();");
    browser.open(origins.a().url("/parent.html"));
    assertEnded(browser, Observed.ended(CloseReason.CONTAINER_REMOVED));
  }

  /*
   * Navigating away (not in HtmlUnit, which fires no pagehide). The components have
   * enableBfcache:false, since the real engines keep these pages in their back/forward cache
   * (pagehide with persisted true), where a component rightly stays alive.
   */

  /**
   * The parent page's log is kept in its origin's sessionStorage, which the next page of that
   * origin in the same tab reads.
   */
  private static final String KEEP_LOG =
      "sessionStorage.removeItem('log');log.push=function(entry){Array.prototype.push.call(log,entry);"
          + "sessionStorage.setItem('log',log.join());};";

  private static void assertNavigatedAway(Browser browser, String log) {
    browser.waitFor("location.pathname === '/next.html' && document.readyState === 'complete'");
    assertEquals(log, browser.string("sessionStorage.getItem('log')"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit never fires pagehide"))
  void theParentPageNavigatingAwayEndsItWithParentNavigated(Browser browser) {
    origins.a().page("/next.html", Html.page("<p>next page</p>"));
    serve(",enableBfcache:false", KEEP_LOG + "observed({email:'ann@example.com'});"
        + "settle(instance.render('#container'));"
        + "document.getElementById('go').onclick=function(){location.href='/next.html';};");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.click("#go");
    assertNavigatedAway(browser, Observed.renderedThenEnded(CloseReason.PARENT_NAVIGATED));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit never fires pagehide"))
  void theParentPageNavigatingAwayBeforeTheChildAnswersEndsItWithoutError(Browser browser) {
    origins.a().page("/next.html", Html.page("<p>next page</p>"));
    serve(",enableBfcache:false", KEEP_LOG + "observed({email:'ann@example.com'});"
        + "document.getElementById('go').onclick=function(){"
        + "settle(instance.render('#container'));location.href='/next.html';};");
    browser.open(origins.a().url("/parent.html"));
    browser.click("#go");
    assertNavigatedAway(browser, Observed.ended(CloseReason.PARENT_NAVIGATED));
  }
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.Site;
import io.xwindow.xcomponent.error.ErrorCode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where the pages sit: a child on the parent's own origin, a parent page that is itself a frame of
 * another origin's page, and a child page that goes to another page of its site before it creates
 * the component. Each time the child gets its props and calls a function prop back, in an iframe
 * and in a popup.
 */
class PagePlacesTest {
  @RegisterExtension static Origins origins = new Origins();

  /**
   * The child shows its props ({@code email}, and {@code secret}, a {@code sameDomain} prop) and
   * calls {@code onHello} (which answers with a promise) with them and its path; the parent's answer
   * goes into {@code #out}.
   */
  private static final String CHILD = "C.ready().then(function(x){"
      + "var out=document.getElementById('out');"
      + "x.onHello(x.email+' '+x.secret+' '+location.pathname).then(function(answer){"
      + "out.textContent=answer;});});";

  private static final String PROPS = "props:{email:{type:'string'},"
      + "secret:{type:'string',required:false,sameDomain:true},onHello:{type:'function'}}";

  /** The parent page: renders in an iframe at once, or in a popup on a click of {@code #go}. */
  private static String parentScript(boolean popup) {
    String render = popup
        ? "document.getElementById('go').onclick=function(){"
            + "settle(instance.render(null,xcomponent.CONTEXT.POPUP));};"
        : "settle(instance.render('#container'));";
    return Observed.SCRIPT + "observed({email:'ann@example.com',secret:'s3',"
        + "onHello:function(said){window.heard=said;return Promise.resolve('hello '+said);}});" + render;
  }

  /** Serves the child on {@code child}'s {@code /child.html} and the parent on A. */
  private static void serve(Site child, boolean popup) {
    String definition = Pages.define(child, "places-card", PROPS);
    Pages.child(child, definition, CHILD);
    Pages.parent(origins.a(), "/parent.html", definition, parentScript(popup));
  }

  /**
   * Opens {@code page} (on A), clicks for a popup, and waits until the child said {@code said}
   * and shows the parent's answer.
   */
  private static void assertCalledBack(Browser browser, boolean popup, String said) {
    browser.open(origins.a().url("/parent.html"));
    if (popup) {
      browser.click("#go");
    }
    browser.waitFor("window.heard !== undefined && window.done === true");
    assertEquals(said, browser.string("window.heard"));
    assertEquals("rendered", browser.string("log.join()"));
    assertEquals("undefined", browser.string("typeof window.failure"));
    if (popup) {
      browser.switchToPopup();
    } else {
      browser.switchToFrame("iframe");
    }
    browser.waitFor("document.getElementById('out').textContent === 'hello " + said + "'");
    browser.switchToMain();
  }

  @CrossBrowser
  void anIframeChildOnTheParentsOwnOriginGetsItsPropsSameDomainOnesTooAndCallsBack(
      Browser browser) {
    serve(origins.a(), false);
    assertCalledBack(browser, false, "ann@example.com s3 /child.html");
  }

  @CrossBrowser
  void aPopupChildOnTheParentsOwnOriginGetsItsPropsSameDomainOnesTooAndCallsBack(
      Browser browser) {
    serve(origins.a(), true);
    assertCalledBack(browser, true, "ann@example.com s3 /child.html");
  }

  @CrossBrowser
  void aChildOnAnotherOriginGetsNoSameDomainProp(Browser browser) {
    serve(origins.b(), false);
    assertCalledBack(browser, false, "ann@example.com undefined /child.html");
  }

  /*
   * A parent page that is itself a frame, of a page on a third origin.
   */

  @CrossBrowser
  void aParentPageThatIsItselfAFrameRendersAnIframeChildThatCallsBack(Browser browser) {
    serve(origins.b(), false);
    origins.c().page("/top.html", Html.page("<iframe id=parent src='"
        + origins.a().url("/parent.html") + "' width=600 height=400></iframe>"));
    browser.open(origins.c().url("/top.html"));
    browser.switchToFrame("#parent");
    browser.waitFor("window.heard !== undefined && window.done === true");
    assertEquals("ann@example.com undefined /child.html", browser.string("window.heard"));
    assertEquals("rendered", browser.string("log.join()"));
    browser.switchToFrame("iframe");
    browser.waitFor("document.getElementById('out').textContent.indexOf('hello ') === 0");
    browser.switchToMain();
  }

  /*
   * A child page that goes to another page of its site before it creates the component: the
   * first page loads the bundle (which says hello) but defines nothing, then moves on; the window
   * keeps its name, and the next page gets the props.
   */

  /**
   * Browsers keep one window object per frame or popup across its pages; HtmlUnit makes a new one
   * for each page, so the next page's hello comes from a window the parent does not know (and
   * the one it knows never reads as closed).
   */
  private static final String NEXT_PAGE_UNHEARD = "HtmlUnit gives each page of a frame or popup "
      + "a new window object, so the next page's hello comes from a window the parent never met";

  private static void serveMovingOn(Site child, boolean popup) {
    serveMovingOn(child, child, "", popup);
  }

  /**
   * The first page on {@code child}, the next on {@code next}; {@code more} options for the
   * definition.
   */
  private static void serveMovingOn(Site child, Site next, String more, boolean popup) {
    String definition = Pages.define(child, "places-card", PROPS + more);
    child.bundle("xcomponent.js").page("/child.html", Html.page(
        Html.script("/bundles/xcomponent.js")
            + Html.inline("setTimeout(function(){location.href='" + next.url("/next.html")
                + "';},50);")));
    next.bundle("xcomponent.js").page("/next.html", Html.page("<div id=out></div>"
        + Html.script("/bundles/xcomponent.js")
        + Html.inline(Pages.HELPERS + definition + CHILD)));
    Pages.parent(origins.a(), "/parent.html", definition, parentScript(popup));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEXT_PAGE_UNHEARD))
  void anIframeChildPageThatGoesToAnotherPageOfItsSiteFirstGetsItsPropsThere(Browser browser) {
    serveMovingOn(origins.b(), false);
    assertCalledBack(browser, false, "ann@example.com undefined /next.html");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEXT_PAGE_UNHEARD))
  void aPopupChildPageThatGoesToAnotherPageOfItsSiteFirstGetsItsPropsThere(Browser browser) {
    serveMovingOn(origins.b(), true);
    assertCalledBack(browser, true, "ann@example.com undefined /next.html");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEXT_PAGE_UNHEARD))
  void aChildPageOnTheParentsOriginThatGoesToAnotherPageFirstGetsItsPropsThere(
      Browser browser) {
    serveMovingOn(origins.a(), false);
    assertCalledBack(browser, false, "ann@example.com s3 /next.html");
  }

  /*
   * The same to a page of another origin, which the definition's domain admits.
   */

  private static String bothOrigins() {
    return ",domain:['" + origins.b().origin() + "','" + origins.c().origin() + "']";
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEXT_PAGE_UNHEARD))
  void anIframeChildPageThatGoesToAnotherOriginTheDomainAdmitsGetsItsPropsThere(Browser browser) {
    serveMovingOn(origins.b(), origins.c(), bothOrigins(), false);
    assertCalledBack(browser, false, "ann@example.com undefined /next.html");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEXT_PAGE_UNHEARD))
  void aPopupChildPageThatGoesToAnotherOriginTheDomainAdmitsGetsItsPropsThere(Browser browser) {
    serveMovingOn(origins.b(), origins.c(), bothOrigins(), true);
    assertCalledBack(browser, true, "ann@example.com undefined /next.html");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEXT_PAGE_UNHEARD))
  void aChildPageThatGoesToAnOriginTheDomainDoesNotAdmitIsRefused(Browser browser) {
    serveMovingOn(origins.b(), origins.c(), "", false);
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals(ErrorCode.CHILD_DOMAIN_REJECTED, browser.string("window.failure.code"));
    assertEquals("undefined", browser.string("typeof window.heard"));
  }
}

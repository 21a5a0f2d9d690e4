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
 * renderTo: a button frame on the component's own site renders the component into the page that
 * frames it (a partner's), keeping the props and the conversation; the partner loads the URL of
 * its own definition, with the query props; other origins are refused.
 */
class RenderToTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String CHILD_UNHEARD = "in HtmlUnit the child, framed by the partner page, "
      + "never hears from the button frame it finds among its parent's frames";

  private String definition() {
    return Pages.define(origins.b(), "checkout",
        "props:{amount:{type:'number'},onPaid:{type:'function'},theme:{type:'string',"
            + "required:false,allowDelegate:true},lang:{type:'string',required:false,queryParam:true}},dimensions:{width:'300px',height:'150px'},"
            + "allowedParentDomains:'" + origins.b().origin() + "'");
  }

  /** Serves the partner page on {@code a}, framing a button page on {@code buttonSite}. */
  private void serve(Site buttonSite) {
    serve(buttonSite, "document.body.appendChild(f);");
  }

  /**
   * As {@link #serve(Site)}; {@code place} puts the button frame {@code f} into the partner's
   * page.
   */
  private void serve(Site buttonSite, String place) {
    String definition = definition();
    Pages.child(origins.b(), definition,
        "C.ready().then(function(x){x.onPaid(x.amount*2);});");
    buttonSite.bundle("xcomponent.js").page("/button.html", Html.page(
        Html.script("/bundles/xcomponent.js")
            + Html.inline(Pages.HELPERS + definition
                + "C.canRenderTo(window.parent).then(function(can){window.canRender=can;});"
                + "window.go=function(target,container,context){window.instance=C({amount:21,"
                + "theme:'dark',lang:'fr',onPaid:function(v){window.paid=v;"
                + "window.paidTimes=(window.paidTimes||0)+1;},onClose:function(e){window.endedBy=e.reason;}});"
                + "settle(instance.renderTo("
                + "target||window.parent,container===undefined?'#container':container,context));};")));
    Pages.parent(origins.a(), "/parent.html", definition,
        "var f=document.createElement('iframe');f.id='button';f.src='" + buttonSite.url("/button.html")
            + "';" + place);
  }

  /** Opens the partner page, and has the button frame render, in {@code context}: it is paid. */
  private void renderFromTheButtonFrame(Browser browser, String context) {
    browser.open(origins.a().url("/parent.html"));
    browser.switchToFrame("#button");
    browser.waitFor("window.canRender === true");
    browser.run(context == null ? "go();" : "go(window.parent,null,'" + context + "');");
    browser.waitFor("window.paid !== undefined && window.done === true");
    assertEquals(42.0, browser.number("window.paid"));
    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.switchToMain();
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void aFrameOnTheComponentsSiteRendersItIntoThePageThatFramesIt(Browser browser) {
    serve(origins.b());

    browser.open(origins.a().url("/parent.html"));
    browser.switchToFrame("#button");
    browser.waitFor("window.canRender === true");
    browser.run("go();");
    browser.waitFor("window.paid !== undefined");
    assertEquals(42.0, browser.number("window.paid"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.switchToMain();
    assertEquals("1", browser.string("String(document.querySelectorAll('#container iframe').length)"));
    assertEquals(origins.b().url("/child.html?lang=fr"), browser.string("document.querySelector('#container iframe').src"),
        "the partner builds the URL from its own definition, with the query props it was given");

    browser.switchToFrame("#button");
    browser.run("instance.close();");
    browser.switchToMain();
    browser.waitFor("document.querySelectorAll('#container iframe').length === 0");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void itRendersIntoAModalOfThePageThatFramesItWhoseCloseButtonEndsIt(Browser browser) {
    serve(origins.b());
    browser.open(origins.a().url("/parent.html"));
    browser.switchToFrame("#button");
    browser.waitFor("window.canRender === true");
    browser.run("go(null,'#container','modal');");
    browser.waitFor("window.done === true && window.paid === 42");
    browser.switchToMain();
    assertEquals(1.0, browser.number(
        "document.querySelectorAll('#container dialog.xcomponent-modal iframe').length"));

    browser.click("dialog.xcomponent-modal button");
    browser.waitFor("document.querySelectorAll('dialog').length === 0");
    browser.switchToFrame("#button");
    browser.waitFor("window.endedBy !== undefined");
    assertEquals("user_closed", browser.string("window.endedBy"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void aContainerThePartnerMovesKeepsTheComponentAndItsChildGetsItsPropsAgain(Browser browser) {
    serve(origins.b());
    browser.open(origins.a().url("/parent.html"));
    browser.switchToFrame("#button");
    browser.waitFor("window.canRender === true");
    browser.run("go();");
    browser.waitFor("window.paidTimes === 1 && window.done === true");
    browser.switchToMain();

    // out of the page for a few tasks, then under another parent (still before the button frame,
    // whose place among the partner's frames the child's window name gives)
    browser.run("var c=document.getElementById('container'),o=document.createElement('section');"
        + "o.id='other';document.body.insertBefore(o,document.body.firstChild);c.remove();"
        + "setTimeout(function(){o.appendChild(c);},20);");
    browser.switchToFrame("#button");
    browser.waitFor("window.paidTimes === 2");
    assertEquals(42.0, browser.number("window.paid"));
    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.switchToMain();
    assertEquals("1", browser.string("String(document.querySelectorAll('#other #container iframe').length)"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void aPartnerPageThatIsItselfAFrameGetsTheComponentAndTheButtonFrameHearsBack(Browser browser) {
    serve(origins.b());
    origins.c().page("/top.html", Html.page("<iframe id=partner src='"
        + origins.a().url("/parent.html") + "' width=700 height=500></iframe>"));

    browser.open(origins.c().url("/top.html"));
    browser.switchToFrame("#partner");
    browser.switchToFrame("#button");
    browser.waitFor("window.canRender === true");
    browser.run("go();");
    browser.waitFor("window.paid !== undefined && window.done === true");
    assertEquals(42.0, browser.number("window.paid"));
    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.switchToMain();
    browser.switchToFrame("#partner");
    assertEquals("1", browser.string("String(document.querySelectorAll('#container iframe').length)"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void aButtonFrameSlottedIntoAShadowRootRendersIntoThePartnerPage(Browser browser) {
    serve(origins.b(), "var h=document.createElement('div');document.body.appendChild(h);"
        + "h.attachShadow({mode:'open'}).appendChild(document.createElement('slot'));"
        + "h.appendChild(f);");
    renderFromTheButtonFrame(browser, null);
    assertEquals("1", browser.string("String(document.querySelectorAll('#container iframe').length)"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void theButtonFrameHidesAndShowsTheFrameInThePartnerPage(Browser browser) {
    serve(origins.b());
    renderFromTheButtonFrame(browser, null);
    String shown = "document.querySelector('#container iframe').offsetParent !== null";
    assertEquals(true, browser.eval(shown));
    browser.switchToFrame("#button");
    browser.run("instance.hide();");
    browser.switchToMain();
    browser.waitFor("!(" + shown + ")");
    browser.switchToFrame("#button");
    browser.run("instance.show();");
    browser.switchToMain();
    browser.waitFor(shown);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void aPopupRenderedFromTheButtonFrameWithoutAContainerCallsBack(Browser browser) {
    serve(origins.b());
    renderFromTheButtonFrame(browser, "popup");
    assertEquals("0", browser.string("String(document.querySelectorAll('#container iframe').length)"));
    browser.switchToPopup();
    assertEquals(origins.b().url("/child.html?lang=fr"), browser.string("location.href"));
    browser.switchToMain();
  }

  @CrossBrowser
  void aWindowWithoutTheComponentIsRefusedWithDelegateRefused(Browser browser) {
    serve(origins.b());
    // the partner page loads xcomponent.js but does not define the component
    origins.a().page("/parent.html", Html.page("<div id=container></div>"
        + Html.script("/bundles/xcomponent.js")
        + Html.inline("var f=document.createElement('iframe');f.id='button';f.src='"
            + origins.b().url("/button.html") + "';document.body.appendChild(f);")));
    browser.open(origins.a().url("/parent.html"));
    browser.switchToFrame("#button");
    browser.waitFor("window.canRender === false");
    browser.run("go();");
    browser.waitFor("window.done === true");
    assertEquals(ErrorCode.DELEGATE_REFUSED, browser.string("window.failure.code"));
    browser.switchToMain();
    assertEquals("0", browser.string("String(document.querySelectorAll('#container iframe').length)"));
  }

  @CrossBrowser
  void aFrameOnAnotherOriginIsRefused(Browser browser) {
    serve(origins.c());

    browser.open(origins.a().url("/parent.html"));
    browser.switchToFrame("#button");
    browser.waitFor("window.canRender === false");
    browser.run("go();");
    browser.waitFor("window.done === true");

    assertEquals(ErrorCode.DELEGATE_REFUSED, browser.string("window.failure.code"));
    browser.switchToMain();
    assertEquals("0", browser.string("String(document.querySelectorAll('#container iframe').length)"));
  }

  /** In the button frame: {@code go(target, container)} fails with {@code code}, before asking. */
  private void assertRefusedInTheButtonFrame(Browser browser, String go, String code) {
    serve(origins.b());
    browser.open(origins.a().url("/parent.html"));
    browser.switchToFrame("#button");
    browser.waitFor("window.canRender === true");
    browser.run(go);
    browser.waitFor("window.done === true");
    assertEquals(code, browser.string("window.failure.code"));
    browser.switchToMain();
    assertEquals("0", browser.string("String(document.querySelectorAll('#container iframe').length)"));
  }

  @CrossBrowser
  void anElementForTheContainerInAnotherWindowFailsWithBadContainer(Browser browser) {
    // the element is the button frame's own: another window's container can only be a selector
    assertRefusedInTheButtonFrame(browser,
        "go(window.parent,document.body);", ErrorCode.BAD_CONTAINER);
  }

  @CrossBrowser
  void aWindowThatIsNotAboveThisOneIsRefusedWithDelegateRefused(Browser browser) {
    // a frame of the button frame's own, on its own origin: it is below, not above
    assertRefusedInTheButtonFrame(browser,
        "var f=document.createElement('iframe');document.body.appendChild(f);go(f.contentWindow);",
        ErrorCode.DELEGATE_REFUSED);
  }

  @CrossBrowser
  void aTargetThatIsNoWindowFailsWithBadWindow(Browser browser) {
    assertRefusedInTheButtonFrame(browser, "go({postMessage:function(){}});", ErrorCode.BAD_WINDOW);
  }
}

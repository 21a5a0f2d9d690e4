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

  /** The child page's script, after the definition: it pays twice the amount. */
  private String childScript = "C.ready().then(function(x){x.onPaid(x.amount*2);});";
  /** More options for the definition ({@code ",domain:..."}), on every page. */
  private String more = "";
  /** More options for the partner page's definition only (its templates). */
  private String partnerMore = "";

  private String definition() {
    return definition(more);
  }

  private String definition(String more) {
    return Pages.define(origins.b(), "checkout",
        "props:{amount:{type:'number'},onPaid:{type:'function'},theme:{type:'string',"
            + "required:false,allowDelegate:true},lang:{type:'string',required:false,queryParam:true}},dimensions:{width:'300px',height:'150px'},"
            + "allowedParentDomains:'" + origins.b().origin() + "'" + more);
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
    Pages.child(origins.b(), definition, childScript);
    buttonSite.bundle("xcomponent.js").page("/button.html", Html.page(
        Html.script("/bundles/xcomponent.js")
            + Html.inline(Pages.HELPERS + definition
                + "C.canRenderTo(window.parent).then(function(can){window.canRender=can;});"
                + "window.go=function(target,container,context){window.instance=C({amount:21,"
                + "theme:'dark',lang:'fr',onPaid:function(v){window.paid=v;"
                + "if(location.hash)window.parent.postMessage({fromShadow:'paid '+v},'*');"
                + "window.paidTimes=(window.paidTimes||0)+1;},onClose:function(e){window.endedBy=e.reason;},"
                + "onFocus:function(){window.focused=(window.focused||0)+1;}});"
                + "var p=instance.renderTo("
                + "target||window.parent,container===undefined?'#container':container,context);settle(p);return p;};"
                + "if(location.hash){var c=location.hash.slice(1);C.canRenderTo(window.parent).then(function(){"
                + "go(window.parent,c==='iframe'?'#container':null,c).then(null,function(e){"
                + "window.parent.postMessage({fromShadow:'failed '+e.code},'*');});});}")));
    Pages.parent(origins.a(), "/parent.html", definition(more + partnerMore),
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
  void itRendersIntoAModalOfThePageThatFramesItWithoutAContainerAndItsCloseButtonEndsIt(
      Browser browser) {
    serve(origins.b());
    renderFromTheButtonFrame(browser, "modal"); // no container: a modal needs none, as in render
    assertEquals(1.0, browser.number("document.querySelectorAll('dialog.xcomponent-modal iframe').length"));
    assertEquals(0.0, browser.number("document.querySelectorAll('#container iframe').length"));

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
  void aWindowPropIsRefusedWithBadWindowForThePartnerMakesItsOwn(Browser browser) {
    // a frame of the button frame's own as the window prop: the partner page takes no window
    assertRefusedInTheButtonFrame(browser, "var f=document.createElement('iframe');"
        + "document.body.appendChild(f);window.instance=C({amount:21,onPaid:function(){},"
        + "window:f.contentWindow});settle(instance.renderTo(window.parent,'#container'));",
        ErrorCode.BAD_WINDOW);
  }

  @CrossBrowser
  void aTargetThatIsNoWindowFailsWithBadWindow(Browser browser) {
    assertRefusedInTheButtonFrame(browser, "go({postMessage:function(){}});", ErrorCode.BAD_WINDOW);
  }

  /*
   * The partner page's own templates: the prerender shows in the frame or popup it makes for the
   * button frame, and their close and focus are the instance's.
   */

  /**
   * A prerender template in the partner's definition: it keeps its options' {@code close} and
   * {@code focus}, and says whether its element went into the page or into the popup.
   */
  private static final String PARTNER_PRERENDER = ",prerenderTemplate:function(o){"
      + "var p=o.doc.createElement('p');p.className='wait';p.textContent='Loading '+o.props.theme;"
      + "window.templateClose=o.close;window.templateFocus=o.focus;window.prerenderWindow=o.doc.defaultView;"
      + "Promise.resolve().then(function(){window.prerenderedIn=o.doc===document"
      + "?(document.querySelector('#container p.wait')?'page':'nowhere')"
      + ":(o.doc.body.contains(p)?'popup':'nowhere');});return p;}";

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void thePartnersPrerenderShowsInTheFrameItMakesUntilTheChildIsReady(Browser browser) {
    partnerMore = PARTNER_PRERENDER;
    serve(origins.b());
    renderFromTheButtonFrame(browser, null);
    assertEquals("page", browser.string("window.prerenderedIn"));
    assertEquals(0.0, browser.number("document.querySelectorAll('p.wait').length"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void thePartnersPrerenderShowsInThePopupItOpens(Browser browser) {
    partnerMore = PARTNER_PRERENDER;
    serve(origins.b());
    renderFromTheButtonFrame(browser, "popup");
    assertEquals("popup", browser.string("window.prerenderedIn"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void thePrerendersCloseEndsTheFrameInThePartnerPage(Browser browser) {
    partnerMore = PARTNER_PRERENDER;
    serve(origins.b());
    renderFromTheButtonFrame(browser, null);
    browser.run("templateClose();");
    browser.waitFor("document.querySelectorAll('#container iframe').length === 0");
    browser.switchToFrame("#button");
    browser.waitFor("window.endedBy !== undefined");
    assertEquals("parent_call", browser.string("window.endedBy"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void thePrerendersFocusIsTheInstancesAndItsCloseClosesThePopup(Browser browser) {
    partnerMore = PARTNER_PRERENDER;
    serve(origins.b());
    renderFromTheButtonFrame(browser, "popup");
    browser.run("templateFocus();");
    browser.switchToFrame("#button");
    browser.waitFor("window.focused === 1");
    browser.switchToMain();
    assertEquals(false, browser.eval("window.prerenderWindow.closed"));
    browser.run("templateClose();");
    browser.waitFor("window.prerenderWindow.closed");
    browser.switchToFrame("#button");
    browser.waitFor("window.endedBy !== undefined");
    assertEquals("parent_call", browser.string("window.endedBy"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void aPopupThatClosesItselfAMomentAfterItCalledBackEndsWithUserClosed(Browser browser) {
    childScript = "C.ready().then(function(x){x.onPaid(x.amount*2);"
        + "setTimeout(function(){window.close();},100);});";
    serve(origins.b());
    renderFromTheButtonFrame(browser, "popup");
    browser.switchToFrame("#button");
    browser.waitFor("window.endedBy !== undefined");
    assertEquals("user_closed", browser.string("window.endedBy"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void theFrameInThePartnerPageGoesWhenTheButtonFrameGoes(Browser browser) {
    serve(origins.b());
    renderFromTheButtonFrame(browser, null);
    assertEquals(1.0, browser.number("document.querySelectorAll('#container iframe').length"));
    browser.run("document.getElementById('button').remove();");
    browser.waitFor("document.querySelectorAll('#container iframe').length === 0");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void aHideBeforeTheRenderCompletesHidesTheFrameInThePartnerPage(Browser browser) {
    serve(origins.b());
    browser.open(origins.a().url("/parent.html"));
    browser.switchToFrame("#button");
    browser.waitFor("window.canRender === true");
    browser.run("go();instance.hide();");
    browser.waitFor("window.paid === 42 && window.done === true");
    browser.switchToMain();
    String shown = "document.querySelector('#container iframe').offsetParent !== null";
    assertEquals(false, browser.eval(shown));
    browser.switchToFrame("#button");
    browser.run("instance.show();");
    browser.switchToMain();
    browser.waitFor(shown);
  }

  /*
   * A button frame inside a shadow root of the partner page (not slotted), and popups from a
   * button frame in a shadow root.
   */

  /**
   * Puts the button frame {@code f} into a shadow root of the partner page ({@code slotted}: in
   * the light DOM, slotted into it), where the test's driver cannot find it: the button page
   * renders by itself, in the context its URL's hash names, and tells the partner page what it
   * was paid, or the code it failed with.
   */
  private static String inAShadowRoot(String context, boolean slotted) {
    return "f.src+='#" + context + "';var h=document.createElement('div');"
        + "document.body.appendChild(h);var r=h.attachShadow({mode:'open'});"
        + (slotted ? "r.appendChild(document.createElement('slot'));h.appendChild(f);" : "r.appendChild(f);")
        + "window.addEventListener('message',function(e){if(e.data&&e.data.fromShadow)"
        + "window.heard=e.data.fromShadow;});";
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit has no shadow DOM"))
  void aButtonFrameSlottedIntoAShadowRootRendersAPopup(Browser browser) {
    serve(origins.b(), inAShadowRoot("popup", true));
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.heard !== undefined");
    assertEquals("paid 42", browser.string("window.heard"));
    assertEquals(0.0, browser.number("document.querySelectorAll('#container iframe').length"));
    browser.switchToPopup();
    assertEquals(origins.b().url("/child.html?lang=fr"), browser.string("location.href"));
    browser.switchToMain();
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit has no shadow DOM"))
  void aButtonFrameInsideAShadowRootIsRefusedWithDelegateRefusedInEveryContext(Browser browser) {
    // a frame inside a shadow root is not among its page's window.frames (HTML's document-tree
    // child navigables): the partner cannot place it below itself, nor the child find it
    for (String context : new String[] {"iframe", "popup"}) {
      serve(origins.b(), inAShadowRoot(context, false));
      browser.open(origins.a().url("/parent.html"));
      browser.waitFor("window.heard !== undefined");
      assertEquals("failed " + ErrorCode.DELEGATE_REFUSED, browser.string("window.heard"), context);
      assertEquals(0.0, browser.number("document.querySelectorAll('#container iframe').length"));
    }
  }

  /*
   * The child page goes on to another page of its site, or to another origin the domain admits,
   * before it creates the component.
   */

  /**
   * Serves the pages, the child's first page going on to {@code next}'s {@code /next.html} (the
   * child page of the usual ones); {@code domain}: the definition's {@code domain} option.
   */
  private void serveMovingOn(Site next, String domain) {
    more = domain;
    serve(origins.b());
    origins.b().page("/child.html", Html.page(Html.script("/bundles/xcomponent.js")
        + Html.inline("setTimeout(function(){location.href='" + next.url("/next.html") + "';},50);")));
    next.bundle("xcomponent.js").page("/next.html", Html.page(Html.script("/bundles/xcomponent.js")
        + Html.inline(Pages.HELPERS + definition() + childScript)));
  }

  private static String bothOrigins() {
    return ",domain:['" + origins.b().origin() + "','" + origins.c().origin() + "']";
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void anIframeChildPageThatGoesToAnotherPageOfItsSiteGetsItsPropsThereAndCallsBack(
      Browser browser) {
    serveMovingOn(origins.b(), "");
    renderFromTheButtonFrame(browser, null);
    browser.switchToFrame("#container iframe");
    assertEquals(origins.b().url("/next.html"), browser.string("location.href"));
    browser.switchToMain();
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void aPopupChildPageThatGoesToAnotherPageOfItsSiteGetsItsPropsThereAndCallsBack(
      Browser browser) {
    serveMovingOn(origins.b(), "");
    renderFromTheButtonFrame(browser, "popup");
    browser.switchToPopup();
    assertEquals(origins.b().url("/next.html"), browser.string("location.href"));
    browser.switchToMain();
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void anIframeChildPageThatGoesToAnotherOriginTheDomainAdmitsGetsItsPropsThere(Browser browser) {
    serveMovingOn(origins.c(), bothOrigins());
    renderFromTheButtonFrame(browser, null);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = CHILD_UNHEARD))
  void aPopupChildPageThatGoesToAnotherOriginTheDomainAdmitsGetsItsPropsThere(Browser browser) {
    serveMovingOn(origins.c(), bothOrigins());
    renderFromTheButtonFrame(browser, "popup");
    browser.switchToPopup();
    assertEquals(origins.c().url("/next.html"), browser.string("location.href"));
    browser.switchToMain();
  }
}

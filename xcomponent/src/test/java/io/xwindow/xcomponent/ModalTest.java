package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import io.xwindow.xcomponent.constant.CloseReason;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code modal} context across two origins: the frame in the page's modal {@code <dialog>},
 * named for screen readers, with a close button; Escape (on the page or in the child's frame),
 * the close button and, when allowed, the backdrop end it as {@code user_closed}, the child's
 * {@code close()} as {@code child_call}; focus goes back, the page does not scroll meanwhile.
 */
class ModalTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String ESCAPE = "\uE00C"; // WebDriver's Escape key
  private static final String DIALOG = "dialog.xcomponent-modal";

  /**
   * The child page: a field, and its {@code email} prop in {@code #out} once it has it; the
   * parent page: a focused button, then {@code observed} with the {@code email} prop, rendered by
   * {@code render}. {@code more}: options of the definition.
   */
  private static void serve(String more, String render) {
    serve(more, "", render, Map.of());
  }

  private static void serve(String more, String props, String render,
      Map<String, String> headers) {
    String definition = Pages.define(origins.b(), "modal-card",
        "props:{email:{type:'string'}}," + more);
    origins.b().bundle("xcomponent.js").page("/child.html", Html.page(
        "<input id=field><div id=out></div>"
            + Html.script("/bundles/xcomponent.js")
            + Html.inline(Pages.HELPERS + definition
                + "C.ready().then(function(xprops){"
                + "document.getElementById('out').textContent=xprops.email;});")));
    Pages.parent(origins.a(), "/parent.html", definition,
        Observed.SCRIPT + "document.getElementById('go').focus();"
            + "observed({email:'ann@example.com'" + props + "});settle(" + render + ");",
        headers);
  }

  /** Opens the parent page and waits until the child in the dialog has its props. */
  private static void openRendered(Browser browser) {
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.switchToFrame(DIALOG + " iframe");
    browser.waitFor("document.getElementById('out').textContent === 'ann@example.com'");
    browser.switchToMain();
  }

  /** The instance ended with {@code reason}: the dialog is gone, focus and scrolling are back. */
  private static void assertClosedBy(Browser browser, String reason) {
    browser.waitFor("log.indexOf('onDestroy') >= 0");
    assertEquals(Observed.renderedThenEnded(reason), browser.string("log.join()"));
    assertEquals(0.0, browser.number("document.querySelectorAll('dialog, iframe').length"));
    assertEquals("go", browser.string("document.activeElement.id"), "focus is back");
    assertEquals("visible",
        browser.string("getComputedStyle(document.documentElement).overflow"), "scrolls again");
  }

  @CrossBrowser
  void theDefaultContextModalOpensTheFrameInAModalDialog(Browser browser) {
    serve("defaultContext:xcomponent.CONTEXT.MODAL,attributes:{modal:{title:'Log in'}}",
        "instance.render('#container')");
    openRendered(browser);

    assertEquals("modal", browser.string("xcomponent.CONTEXT.MODAL"));
    assertEquals(true, browser.eval("document.querySelector('" + DIALOG + "').open"));
    assertEquals(true, browser.eval("document.querySelector('#container " + DIALOG + "') !== null"));
    assertEquals("Log in", browser.string(
        "document.querySelector('" + DIALOG + "').getAttribute('aria-label')"));
    assertEquals("Close", browser.string(
        "document.querySelector('" + DIALOG + " button').getAttribute('aria-label')"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit ignores style.setProperty"))
  void thePageBehindDoesNotScrollWhileItIsOpen(Browser browser) {
    serve("", "instance.render(null,'modal')");
    openRendered(browser);
    assertEquals("hidden", browser.string("getComputedStyle(document.documentElement).overflow"));

    browser.run("instance.close();");

    assertClosedBy(browser, CloseReason.PARENT_CALL);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT,
      why = "HtmlUnit has no top layer (no :modal), no layout, and gives an iframe no focus"))
  void theDialogIsModalInTheTopLayerWithAVisibleCloseButtonAndTheFocus(Browser browser) {
    serve("", "instance.render(null,'modal')");
    openRendered(browser);

    // in the top layer, the page behind inert: what showModal() does, and show() does not
    assertEquals(true, browser.eval("document.querySelector('" + DIALOG + "').matches(':modal')"));
    assertEquals(true, browser.eval("(function(r){return r.width > 0 && r.height > 0;})("
        + "document.querySelector('" + DIALOG + " button').getBoundingClientRect())"));
    assertEquals("IFRAME", browser.string("document.activeElement.tagName"), "focus moved in");
  }

  @CrossBrowser(cannot = {
      @Cannot(engine = Engine.HTMLUNIT,
          why = "the kit's HtmlUnit types characters only: it has no Escape key to press"),
      @Cannot(engine = Engine.WEBKIT,
          why = "WebKitWebDriver refuses to type into a field of a frame in a modal dialog"
              + " (Element is not focusable)")})
  void escapeInTheChildsFrameEndsItAsUserClosed(Browser browser) {
    serve("", "instance.render(null,'modal')");
    openRendered(browser);

    browser.switchToFrame(DIALOG + " iframe");
    try {
      browser.type("#field", ESCAPE);
    } catch (RuntimeException closedBeforeTheKeyWentUp) {
      // Firefox's driver fails the key's release: the key's press already removed the frame
      if (!String.valueOf(closedBeforeTheKeyWentUp.getMessage()).contains("no such frame")) {
        throw closedBeforeTheKeyWentUp;
      }
    }
    browser.switchToMain();

    assertClosedBy(browser, CloseReason.USER_CLOSED);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT,
      why = "HtmlUnit's dialog does not close on Escape, and the kit has no Escape key for it"))
  void escapeOnTheParentsPageEndsItAsUserClosed(Browser browser) {
    serve("", "instance.render(null,'modal')");
    openRendered(browser);

    browser.type(DIALOG + " button", ESCAPE);

    assertClosedBy(browser, CloseReason.USER_CLOSED);
  }

  @CrossBrowser
  void theCloseButtonEndsItAsUserClosed(Browser browser) {
    serve("", "instance.render(null,'modal')");
    openRendered(browser);

    browser.click(DIALOG + " button");

    assertClosedBy(browser, CloseReason.USER_CLOSED);
  }

  @CrossBrowser
  void theChildsCloseEndsItAsChildCall(Browser browser) {
    serve("", "instance.render(null,'modal')");
    openRendered(browser);

    browser.switchToFrame(DIALOG + " iframe");
    browser.run("setTimeout(function(){window.xprops.close();},0);");
    browser.switchToMain();

    assertClosedBy(browser, CloseReason.CHILD_CALL);
  }

  /** A click on the dialog at the page's corner, outside its box: the backdrop's. */
  private static final String BACKDROP_CLICK = "var d=document.querySelector('" + DIALOG + "');"
      + "d.dispatchEvent(new MouseEvent('click',{bubbles:true,clientX:1,clientY:1}));";

  @CrossBrowser
  void aBackdropClickEndsItOnlyWhenTheDefinitionAllows(Browser browser) {
    serve("", "instance.render(null,'modal')");
    openRendered(browser);
    browser.run(BACKDROP_CLICK);
    assertEquals(true, browser.eval("document.querySelector('" + DIALOG + "').open"));
    assertEquals("rendered", browser.string("log.join()"));

    browser.reset();
    serve("closeOnBackdropClick:true", "instance.render(null,'modal')");
    openRendered(browser);
    browser.run(BACKDROP_CLICK);

    assertClosedBy(browser, CloseReason.USER_CLOSED);
  }

  @CrossBrowser
  void hideAndShowLeaveItOpenAndGiveThePageBack(Browser browser) {
    serve("", "instance.render(null,'modal')");
    openRendered(browser);

    browser.run("window.hidden=instance.hide();");
    browser.waitFor("document.querySelector('" + DIALOG + "').open === false");
    assertEquals("go", browser.string("document.activeElement.id"));
    browser.run("instance.show();");
    browser.waitFor("document.querySelector('" + DIALOG + "').open === true");
    browser.run("instance.close();");

    assertClosedBy(browser, CloseReason.PARENT_CALL);
  }

  @CrossBrowser
  void theTemplatesAndTheCspNonceApplyAsForAnIframe(Browser browser) {
    // a page whose policy allows only styles with its nonce: a style without it is refused, and
    // Chromium reports that as a console error, which fails the test
    serve("containerTemplate:function(o){var d=o.doc.createElement('section');"
            + "d.className='mine';d.setAttribute('nonce',o.props.cspNonce);"
            + "d.appendChild(o.frame);d.appendChild(o.prerenderFrame);return d;},"
            + "attributes:{iframe:{title:'Card form'}}",
        ",cspNonce:'n0nce42'", "instance.render(null,'modal')",
        Map.of("Content-Security-Policy", "style-src 'nonce-n0nce42'"));
    openRendered(browser);

    assertEquals(true, browser.eval(
        "document.querySelector('" + DIALOG + " section.mine iframe') !== null"));
    assertEquals("Card form", browser.string(
        "document.querySelector('" + DIALOG + "').getAttribute('aria-label')"),
        "without attributes of its own, a modal takes the iframe's");
    assertEquals(0.0, browser.number("document.querySelectorAll('"
        + DIALOG + ":not([nonce]), " + DIALOG + " *:not([nonce])').length"));
  }
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The helpers both sides share, across two origins: the child's {@code xprops.onError}, {@code
 * show}/{@code hide} and {@code focus}, and the instance's own.
 */
class HelpersTest {
  @RegisterExtension static Origins origins = new Origins();

  /** Logs the instance's focus and keeps its error in {@code window.heard}. */
  private static final String OBSERVE_MORE =
      "instance.event.on(xcomponent.EVENT.FOCUS,function(){log.push('focus');});"
          + "instance.event.on(xcomponent.EVENT.ERROR,function(e){window.heard=e;});";

  private static void serve(String parentScript) {
    String definition = Pages.define(origins.b(), "helpers-card", "props:{email:{type:'string'}}");
    Pages.child(origins.b(), definition,
        "window.childAtLoad=C.isChild();"
            + "C.ready().then(function(x){document.getElementById('out').textContent=x.email;},"
            + "function(e){window.notReady=e.code;});"
            + "window.raise=function(){var e=new Error('card declined');"
            + "window.sentStack=String(e.stack);xprops.onError(e);};");
    Pages.parent(origins.a(), "/parent.html", definition, Observed.SCRIPT
        + "observed({email:'ann@example.com',onFocus:function(){log.push('onFocus');}});"
        + OBSERVE_MORE + parentScript);
  }

  /** Renders in a frame and waits until the child has its props. */
  private static void renderInAFrame(Browser browser) {
    serve("settle(instance.render('#container'));");
    Pages.openRendered(browser, origins.a(), "ann@example.com");
  }

  /** Runs {@code statements} in the child frame, later, so the driver is not inside it then. */
  private static void inTheChild(Browser browser, String statements) {
    browser.switchToFrame("iframe");
    browser.run("setTimeout(function(){" + statements + "},0);");
    browser.switchToMain();
  }

  @CrossBrowser
  void isChildIsTrueInTheChildFromItsFirstLineAndFalseElsewhere(Browser browser) {
    renderInAFrame(browser);
    assertEquals(false, browser.eval("C.isChild()"));
    assertEquals(false, browser.eval("xcomponent.isChild()"));
    browser.switchToFrame("iframe");
    assertEquals(true, browser.eval("window.childAtLoad"));
    assertEquals(true, browser.eval("C.isChild() && xcomponent.isChild()"));
    browser.switchToMain();
    // the same child page opened on its own: no parent rendered it
    browser.open(origins.b().url("/child.html"));
    browser.waitFor("window.notReady !== undefined");
    assertEquals(false, browser.eval("window.childAtLoad"));
    assertEquals(false, browser.eval("C.isChild() || xcomponent.isChild()"));
  }

  @CrossBrowser
  void getParentIsTheParentWindowOnTheParentsDomain(Browser browser) {
    renderInAFrame(browser);
    browser.run("window.addEventListener('message',function(e){if(e.data==='hello parent'){"
        + "window.heardFrom=[e.origin,"
        + "e.source===document.querySelector('#container iframe').contentWindow].join();}});");
    inTheChild(browser, "window.parentIsParent=xprops.getParent()===window.parent;"
        + "xprops.getParent().postMessage('hello parent',xprops.getParentDomain());");
    browser.waitFor("window.heardFrom !== undefined");
    assertEquals(origins.b().origin() + ",true", browser.string("window.heardFrom"));
    browser.switchToFrame("iframe");
    assertEquals(true, browser.eval("window.parentIsParent"));
    assertEquals(origins.a().origin(), browser.string("xprops.getParentDomain()"));
    browser.switchToMain();
  }

  @CrossBrowser
  void theChildsOnErrorReachesTheParentAsChildErrorWithItsMessageAndStack(Browser browser) {
    renderInAFrame(browser);
    inTheChild(browser, "raise();");
    browser.waitFor("log.indexOf('onError:CHILD_ERROR') >= 0");
    assertEquals("rendered,error:CHILD_ERROR,onError:CHILD_ERROR", browser.string("log.join()"));
    assertEquals("CHILD_ERROR", browser.string("window.heard.code"));
    assertEquals("card declined", browser.string("window.heard.message"));
    browser.switchToFrame("iframe");
    String sent = browser.string("window.sentStack");
    browser.switchToMain();
    assertTrue(sent.contains("child.html"), "the child's stack names its page: " + sent);
    String heard = browser.string("window.heard.stack");
    // headed by its message in every engine (Firefox's and WebKit's own stacks leave it out)
    String headed = sent.startsWith("Error: card declined") ? sent : "Error: card declined\n" + sent;
    assertTrue(heard.startsWith(headed), "the parent gets the child's stack first: " + heard);
  }

  @CrossBrowser
  void theChildsHelpersStayItsOwnAfterUpdateProps(Browser browser) {
    renderInAFrame(browser);
    browser.run("instance.updateProps({email:'bo@example.com'});");
    browser.switchToFrame("iframe");
    browser.waitFor("xprops.email === 'bo@example.com'");
    browser.switchToMain();

    inTheChild(browser, "raise();");
    browser.waitFor("log.indexOf('onError:CHILD_ERROR') >= 0");
    assertEquals("rendered,error:CHILD_ERROR,onError:CHILD_ERROR", browser.string("log.join()"),
        "the parent's onError prop came with the new props, but xprops.onError is still the helper");
  }

  /** The display of the element the container template put into {@code #container}. */
  private static final String DISPLAY =
      "getComputedStyle(document.getElementById('container').firstElementChild).display";

  @CrossBrowser(
      cannot =
          @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit ignores style.setProperty"))
  void hideAndShowFromEitherSideToggleTheFrame(Browser browser) {
    renderInAFrame(browser);
    assertTrue(!"none".equals(browser.string(DISPLAY)));
    browser.run("instance.hide();");
    assertEquals("none", browser.string(DISPLAY));
    browser.run("instance.show();");
    assertTrue(!"none".equals(browser.string(DISPLAY)));
    inTheChild(browser, "xprops.hide();");
    browser.waitFor(DISPLAY + " === 'none'");
    inTheChild(browser, "xprops.show();");
    browser.waitFor(DISPLAY + " !== 'none'");
    assertEquals(1.0, browser.number("document.getElementsByTagName('iframe').length"));
    assertEquals("rendered", browser.string("log.join()"));
  }

  @CrossBrowser
  void focusOnAPopupFromEitherSideFiresFocusAndOnFocus(Browser browser) {
    serve("document.getElementById('go').onclick=function(){"
        + "settle(instance.render(null,xcomponent.CONTEXT.POPUP));};");
    browser.open(origins.a().url("/parent.html"));
    browser.click("#go");
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.run("instance.focus();");
    browser.waitFor("log.indexOf('onFocus') >= 0");
    assertEquals("rendered,focus,onFocus", browser.string("log.join()"));
    browser.switchToPopup();
    browser.waitFor("document.getElementById('out').textContent === 'ann@example.com'");
    browser.run("setTimeout(function(){xprops.focus();},0);");
    browser.switchToMain();
    browser.waitFor("log.length === 5");
    assertEquals("rendered,focus,onFocus,focus,onFocus", browser.string("log.join()"));
    browser.run("instance.close();");
    browser.waitFor("log.indexOf('onDestroy') >= 0");
  }
}

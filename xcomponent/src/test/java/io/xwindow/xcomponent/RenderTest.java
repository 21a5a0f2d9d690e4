package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A component on one origin rendered by a page on another, in an iframe. */
class RenderTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String PROPS =
      "props:{defaultEmail:{type:'string'},onLoginSuccess:{type:'function'}},"
          + "dimensions:{width:'400px',height:'200px'}";

  @CrossBrowser
  void theChildGetsItsPropsAndCallsBackAcrossOrigins(Browser browser) {
    String definition = Pages.define(origins.b(), "log-in", PROPS);
    Pages.child(origins.b(), definition,
        "C.ready().then(function(xprops){"
            + "document.getElementById('out').textContent=xprops.defaultEmail;"
            + "xprops.onLoginSuccess(xprops.defaultEmail+' from '+xprops.getParentDomain());});");
    Pages.parent(origins.a(), "/parent.html", definition,
        "window.instance=C({defaultEmail:'ann@example.com',"
            + "onLoginSuccess:function(email){window.loggedIn=email;}});"
            + "settle(instance.render('#container'));");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.loggedIn !== undefined");

    assertEquals("ann@example.com from " + origins.a().origin(), browser.string("window.loggedIn"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
  }

  /**
   * The parent offers the props on the start-up hello of the post-robot in the frame it made, in
   * the post that answers it: the component's own hello, which this parent page keeps from the
   * library, is not waited for.
   */
  @CrossBrowser
  void theOfferLeavesOnTheStartUpHelloOfThePostRobotInTheChildsWindow(Browser browser) {
    String definition = Pages.define(origins.b(), "log-in", PROPS);
    Pages.child(origins.b(), definition,
        "C.ready().then(function(xprops){xprops.onLoginSuccess(xprops.defaultEmail);});");
    Pages.parent(origins.a(), "/parent.html", definition,
        "window.addEventListener('message',function(e){"
            + "if(e.data&&typeof e.data==='object'&&e.data.__xcomponent_hello__){"
            + "window.helloKept=true;e.stopImmediatePropagation();}},true);"
            + "window.instance=C({defaultEmail:'ann@example.com',timeout:10000,"
            + "onLoginSuccess:function(email){window.loggedIn=email;}});"
            + "settle(instance.render('#container'));");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");

    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.waitFor("window.loggedIn !== undefined");
    assertEquals("ann@example.com", browser.string("window.loggedIn"));
    assertEquals("true", browser.string("String(window.helloKept)"));
  }

  /**
   * The child page listens for {@code pagehide} (Chromium then keeps its renderer process a moment
   * after the frame goes, for the next render) and never for {@code unload}, which would keep the
   * page out of the back/forward cache.
   */
  @CrossBrowser
  void theChildPageListensForPagehideAndNeverForUnload(Browser browser) {
    String definition = Pages.define(origins.b(), "log-in", PROPS);
    origins.b().bundle("xcomponent.js").page("/child.html", Html.page(
        Html.inline("window.heard=[];var add=window.addEventListener;"
            + "window.addEventListener=function(type){heard.push(type);"
            + "return add.apply(window,arguments);};")
            + Html.script("/bundles/xcomponent.js")
            + Html.inline(Pages.HELPERS + definition
            + "C.ready().then(function(xprops){xprops.onLoginSuccess(heard.join());});")));
    Pages.parent(origins.a(), "/parent.html", definition,
        "window.instance=C({defaultEmail:'ann@example.com',"
            + "onLoginSuccess:function(heard){window.heard=heard;}});"
            + "settle(instance.render('#container'));");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.heard !== undefined");

    List<String> heard = List.of(browser.string("window.heard").split(","));
    assertTrue(heard.contains("pagehide"), "heard: " + heard);
    assertFalse(heard.contains("unload"), "heard: " + heard);
  }
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Origins;
import io.xwindow.xcomponent.constant.CloseReason;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A component rendered as a popup from a real click, across origins. */
class PopupRenderTest {
  @RegisterExtension static Origins origins = new Origins();

  @CrossBrowser
  void aPopupFromAClickGetsItsPropsAndItsOpenerHearsBack(Browser browser) {
    String definition = Pages.define(origins.b(), "log-in",
        "props:{defaultEmail:{type:'string'},onLoginSuccess:{type:'function'}},"
            + "dimensions:{width:'400px',height:'200px'},defaultContext:'popup'");
    Pages.child(origins.b(), definition,
        "C.ready().then(function(x){x.onLoginSuccess(x.defaultEmail+' in a popup');});");
    Pages.parent(origins.a(), "/parent.html", definition,
        "document.getElementById('go').onclick=function(){"
            + "window.instance=C({defaultEmail:'ann@example.com',"
            + "onLoginSuccess:function(e){window.loggedIn=e;},"
            + "onClose:function(e){window.closedWith=e.reason;}});"
            + "settle(instance.render());};");

    browser.open(origins.a().url("/parent.html"));
    browser.click("#go");
    browser.waitFor("window.loggedIn !== undefined");
    browser.waitFor("window.done === true");

    assertEquals("ann@example.com in a popup", browser.string("window.loggedIn"));
    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.run("instance.close();");
    browser.waitFor("window.closedWith !== undefined");
    assertEquals(CloseReason.PARENT_CALL, browser.string("window.closedWith"));
  }
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Origins;
import io.xwindow.xcomponent.constant.CloseReason;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where the container is: inside shadow roots (nested, and a container slotted into one). The
 * component lives on while its frame is in the page, and ends with {@code container_removed} once
 * it is not.
 */
class ContainersTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String NO_SHADOW_DOM = "HtmlUnit has no shadow DOM (no attachShadow)";

  /** The child calls {@code shown} with its props once it has them, each time its page loads. */
  private static void serve(String parentScript) {
    String definition = Pages.define(origins.b(), "container-card",
        "props:{email:{type:'string'},shown:{type:'function'}}");
    Pages.child(origins.b(), definition,
        "C.ready().then(function(x){document.getElementById('out').textContent=x.email;"
            + "x.shown(x.email);});");
    Pages.parent(origins.a(), "/parent.html", definition, Observed.SCRIPT
        + "window.shownCount=0;"
        + "observed({email:'ann@example.com',shown:function(e){shownCount++;window.shownEmail=e;}});"
        + parentScript);
  }

  /** Waits {@code ms} in the page, so that the instance's checks of its frame run meanwhile. */
  private static void waitInThePage(Browser browser, int ms) {
    browser.run("window.waited=false;setTimeout(function(){window.waited=true;}," + ms + ");");
    browser.waitFor("window.waited === true");
  }

  /** The frame stayed alive past several checks, then removing {@code host} ends it. */
  private static void assertLivesThenEndsWhenRemoved(Browser browser, String host) {
    browser.waitFor("window.done === true && window.shownCount === 1");
    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals("ann@example.com", browser.string("window.shownEmail"));
    waitInThePage(browser, 800);
    assertEquals("rendered", browser.string("log.join()"));
    browser.run("var h=" + host + ";h.parentNode.removeChild(h);");
    browser.waitFor("log.indexOf('onDestroy') >= 0");
    assertEquals(Observed.renderedThenEnded(CloseReason.CONTAINER_REMOVED),
        browser.string("log.join()"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_SHADOW_DOM))
  void aContainerInANestedShadowRootRendersAndEndsWhenItsHostLeaves(Browser browser) {
    serve("var host=document.createElement('div');host.id='host';document.body.appendChild(host);"
        + "var inner=document.createElement('div');host.attachShadow({mode:'open'}).appendChild(inner);"
        + "var box=document.createElement('div');inner.attachShadow({mode:'closed'}).appendChild(box);"
        + "settle(instance.render(box));");
    browser.open(origins.a().url("/parent.html"));
    assertLivesThenEndsWhenRemoved(browser, "document.getElementById('host')");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_SHADOW_DOM))
  void aContainerSlottedIntoAShadowRootRendersByItsSelector(Browser browser) {
    serve("var host=document.createElement('div');host.id='host';document.body.appendChild(host);"
        + "host.attachShadow({mode:'open'}).innerHTML='<p>before</p><slot></slot>';"
        + "var box=document.createElement('div');box.id='slotted';host.appendChild(box);"
        + "settle(instance.render('#slotted'));");
    browser.open(origins.a().url("/parent.html"));
    assertEquals(true, browser.eval("document.getElementById('slotted').assignedSlot !== null"));
    assertLivesThenEndsWhenRemoved(browser, "document.getElementById('host')");
  }
}

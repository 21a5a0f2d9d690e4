package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A container moved in the page, across two origins: the browser loads the frame again, in a new
 * window; the component lives on and the child page gets its props again, instead of ending as
 * {@code container_removed}. How long a frame may be out of the page and still count as moved is
 * decided on the JVM ({@code parent.WatchTest}); a container that stays out still ends the
 * component ({@code ClosingTest#removingTheContainerEndsItWithContainerRemoved}).
 */
class MovedContainerTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String NO_RELOAD =
      "HtmlUnit does not load a frame again when it comes back into the page, as browsers do";

  private static final String MOVED_FRAME_LOST =
      "HtmlUnit at times lists a frame moved in the page among none of its frames";

  /**
   * The child shows its {@code email} prop, and again after each update, and tells the parent each
   * time its page got its props ({@code loaded}).
   */
  private static final String CHILD = "C.ready().then(function(xprops){"
      + "var out=document.getElementById('out');out.textContent=xprops.email;"
      + "xprops.onProps(function(p){out.textContent=p.email;});xprops.loaded();});";

  /** The parent page keeps a second place for the container, and counts the child's loads. */
  private static final String PARENT = "var other=document.createElement('section');"
      + "other.id='other';document.body.appendChild(other);window.loads=0;"
      + "observed({email:'ann@example.com',loaded:function(){window.loads++;}});";

  private static void serve(String parentScript) {
    String definition = Pages.define(origins.b(), "moved-card",
        "props:{email:{type:'string'},loaded:{type:'function'}}");
    Pages.child(origins.b(), definition, CHILD);
    Pages.parent(origins.a(), "/parent.html", definition,
        Observed.SCRIPT + PARENT + parentScript);
  }

  /**
   * The component is alive and its child page has its props (loaded {@code loads} times): an
   * update reaches the page now in the frame, and nothing ended or failed.
   */
  private static void assertAlive(Browser browser, int loads) {
    browser.waitFor("window.loads === " + loads);
    browser.run("instance.updateProps({email:'bob@example.com'}).then("
        + "function(){window.updated=true;});");
    browser.waitFor("window.updated === true");
    browser.switchToFrame("iframe");
    browser.waitFor("document.getElementById('out').textContent === 'bob@example.com'");
    browser.switchToMain();
    assertEquals("rendered", browser.string("log.join()"));
    assertEquals(true, browser.eval("window.done === true && window.failure === undefined"));
    assertEquals(1.0, browser.number("document.getElementsByTagName('iframe').length"));
  }

  private static void renderThenMove(Browser browser, String move) {
    serve("settle(instance.render('#container'));");
    Pages.openRendered(browser, origins.a(), "ann@example.com");
    browser.waitFor("window.loads === 1");
    browser.run(move);
    assertAlive(browser, 2);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_RELOAD))
  void aContainerRemovedAndAddedBackAtOnceLivesOnAndItsChildGetsItsPropsAgain(Browser browser) {
    renderThenMove(browser, "var c=document.getElementById('container');"
        + "document.body.removeChild(c);document.body.appendChild(c);");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_RELOAD))
  void aContainerMovedToAnotherParentAFewTasksLaterLivesOnAndItsChildGetsItsPropsAgain(
      Browser browser) {
    // out of the page for a while (longer than one look of the watch's MutationObserver)
    renderThenMove(browser, "var c=document.getElementById('container');c.remove();"
        + "setTimeout(function(){setTimeout(function(){"
        + "document.getElementById('other').appendChild(c);},10);},10);");
    assertEquals(true, browser.eval(
        "document.getElementById('other').contains(document.getElementsByTagName('iframe')[0])"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = MOVED_FRAME_LOST))
  void aContainerMovedBeforeTheChildAnswersRendersInItsNewPlace(Browser browser) {
    serve("settle(instance.render('#container'));var c=document.getElementById('container');"
        + "c.remove();setTimeout(function(){document.getElementById('other').appendChild(c);},10);");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertAlive(browser, 1);
  }
}

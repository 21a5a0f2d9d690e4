package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several instances of one component: {@code clone()} and {@code destroyAll()}. */
class InstancesTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String CHILD =
      "C.ready().then(function(xprops){document.getElementById('out').textContent=xprops.email;});";

  /** Makes {@code window.second}, a second container. */
  private static final String SECOND_CONTAINER =
      "var second=document.createElement('div');second.id='second';document.body.appendChild(second);";

  /** Props whose endings go to the log, each entry prefixed with {@code name}. */
  private static String props(String name, String email) {
    return "{email:" + email + ",onClose:function(e){log.push('" + name + ":'+e.reason);},"
        + "onDestroy:function(){log.push('" + name + ":onDestroy');},"
        + "onError:function(e){log.push('" + name + ":onError');}}";
  }

  private static String serve(String more, String parentScript) {
    String definition = Pages.define(origins.b(), "many-card", "props:{email:{type:'string'}}" + more);
    Pages.child(origins.b(), definition, CHILD);
    Pages.parent(origins.a(), "/parent.html", definition, SECOND_CONTAINER + parentScript);
    return definition;
  }

  private static void assertChildShows(Browser browser, String frame, String email) {
    browser.switchToFrame(frame);
    browser.waitFor("document.getElementById('out').textContent === '" + email + "'");
    browser.switchToMain();
  }

  @CrossBrowser
  void aCloneIsAnotherInstanceWithTheSameProps(Browser browser) {
    serve("", "window.first=C(" + props("first", "'ann@example.com'") + ");"
        + "window.copy=first.clone();"
        + "settle(Promise.all([first.render('#container'),copy.render('#second')]));");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals(false, browser.eval("window.first === window.copy"));
    assertEquals(2.0, browser.number("C.instances.length"));
    assertChildShows(browser, "#container iframe", "ann@example.com");
    assertChildShows(browser, "#second iframe", "ann@example.com");
    browser.run("copy.close();");
    browser.waitFor("log.length === 2");
    // the copy's props are the first's: its ending goes to the same callbacks
    assertEquals("first:parent_call,first:onDestroy", browser.string("log.join()"));
    assertEquals(1.0, browser.number("document.getElementsByTagName('iframe').length"));
    assertChildShows(browser, "#container iframe", "ann@example.com");
  }

  @CrossBrowser
  void aCloneOfAnInstanceFoundInInstancesRendersWithItsProps(Browser browser) {
    serve("", "settle(C(" + props("first", "'ann@example.com'") + ").render('#container')"
        + ".then(function(){window.copy=C.instances[0].clone();return copy.render('#second');}));");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals(2.0, browser.number("C.instances.length"));
    assertEquals(true, browser.eval("C.instances[1] === window.copy"));
    assertChildShows(browser, "#container iframe", "ann@example.com");
    assertChildShows(browser, "#second iframe", "ann@example.com");
  }

  @CrossBrowser
  void destroyAllEndsEveryInstanceWithDestroyed(Browser browser) {
    serve("", "window.first=C(" + props("first", "'ann@example.com'") + ");"
        + "window.other=C(" + props("other", "'bob@example.com'") + ");"
        + "settle(Promise.all([first.render('#container'),other.render('#second')]));");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    assertChildShows(browser, "#container iframe", "ann@example.com");
    assertChildShows(browser, "#second iframe", "bob@example.com");
    browser.run("xcomponent.destroyAll().then(function(){window.destroyed=true;});");
    browser.waitFor("window.destroyed === true");
    assertEquals("first:destroyed,first:onDestroy,other:destroyed,other:onDestroy",
        browser.string("log.join()"));
    assertEquals(0.0, browser.number("document.getElementsByTagName('iframe').length"));
    assertEquals(0.0, browser.number("C.instances.length"));
  }

  @CrossBrowser
  void destroyAllEndsAnIneligibleInstanceAndItsClone(Browser browser) {
    serve(",eligible:function(){return {eligible:false,reason:'closed today'};}",
        "window.first=C(" + props("first", "'ann@example.com'") + ");window.copy=first.clone();"
            + "window.states=[first.isEligible(),copy.isEligible(),C.instances.length];"
            + "xcomponent.destroyAll().then(function(){window.destroyed=true;});");
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.destroyed === true");
    assertEquals("false,false,2", browser.string("states.join()"));
    assertEquals("first:destroyed,first:onDestroy,first:destroyed,first:onDestroy",
        browser.string("log.join()"));
    assertEquals(0.0, browser.number("C.instances.length"));
  }
}

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

/** A tag defined again replaces its definition; a page with a component survives the bfcache. */
class LifecycleTest {
  @RegisterExtension static Origins origins = new Origins();

  @CrossBrowser
  void creatingATagAgainReplacesItsDefinition(Browser browser) {
    String first = Pages.define(origins.b(), "hot", "props:{v:{type:'number'}}");
    String second = Pages.define(origins.b(), "hot", "props:{v:{type:'string'}}");
    // the child page is reloaded by a dev server: it defines its tag twice
    Pages.child(origins.b(), first + second,
        "C.ready().then(function(x){x.report('child has '+typeof x.v);});");
    Pages.parent(origins.a(), "/parent.html", first + "window.old=C;" + second,
        "window.instance=C({v:'text',report:function(r){window.reported=r;}});"
            + "settle(instance.render('#container'));");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.reported !== undefined");

    assertEquals("child has string", browser.string("window.reported"));
    assertEquals("false", browser.string("String(window.old === window.C)"));
  }

  @CrossBrowser(
      cannot =
          @Cannot(
              engine = Engine.HTMLUNIT,
              why = "HtmlUnit has no back/forward cache and never fires pagehide or pageshow"))
  void aPageWithAComponentComesBackFromTheBackForwardCacheWithItAlive(Browser browser) {
    String definition = Pages.define(origins.b(), "cached", "props:{text:{type:'string'}}");
    Pages.child(origins.b(), definition,
        "C.ready().then(function(x){x.onProps(function(p){p.heard('child heard '+p.text);});});");
    Map<String, String> cacheable = Map.of("Cache-Control", "no-cache");
    Pages.parent(origins.a(), "/parent.html", definition,
        "sessionStorage.clear();window.instance=C({text:'first',heard:function(h){window.heard=h;},"
            + "onBfcacheCache:function(){sessionStorage.cached='yes';},"
            + "onBfcacheRestore:function(){window.restored=true;},"
            + "onClose:function(e){sessionStorage.closed=e.reason;}});"
            + "settle(instance.render('#container'));window.marker=42;",
        cacheable);
    origins.a().page("/elsewhere.html", Html.page("elsewhere"), cacheable);

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    browser.run("location.href='/elsewhere.html';");
    browser.waitFor("location.pathname === '/elsewhere.html' && document.readyState === 'complete'");
    browser.run("history.back();");
    browser.waitFor("location.pathname === '/parent.html' && window.restored === true");

    assertEquals("42", browser.string("String(window.marker)"));
    assertEquals("yes", browser.string("sessionStorage.cached"));
    assertEquals("null", browser.string("String(sessionStorage.getItem('closed'))"));
    browser.run("instance.updateProps({text:'again'});");
    browser.waitFor("window.heard !== undefined");
    assertEquals("child heard again", browser.string("window.heard"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit never fires pagehide"))
  void withTheBackForwardCacheTurnedOffLeavingThePageEndsTheComponent(Browser browser) {
    String definition = Pages.define(origins.b(), "uncached", "enableBfcache:false");
    Pages.child(origins.b(), definition, "C.ready();");
    Map<String, String> cacheable = Map.of("Cache-Control", "no-cache");
    Pages.parent(origins.a(), "/parent.html", definition,
        "if(!sessionStorage.visitedOnce){sessionStorage.visitedOnce='1';"
            + "window.instance=C({onClose:function(e){sessionStorage.endedWith=e.reason;}});"
            + "settle(instance.render('#container'));}",
        cacheable);
    origins.a().page("/elsewhere.html", Html.page("elsewhere"), cacheable);

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    browser.run("location.href='/elsewhere.html';");
    browser.waitFor("location.pathname === '/elsewhere.html' && document.readyState === 'complete'");

    assertEquals(CloseReason.PARENT_NAVIGATED, browser.string("sessionStorage.endedWith"));
  }
}

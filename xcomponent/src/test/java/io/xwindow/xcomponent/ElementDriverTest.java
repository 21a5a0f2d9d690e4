package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code C.driver('element')}: a custom element of the component, in a plain page, its child on
 * another origin. Its attributes and properties are the props, a change reaches the child without
 * a reload, a new function property sends nothing, and removing it closes the component.
 */
class ElementDriverTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String NO_HTMLUNIT = "HtmlUnit has no customElements registry";

  /**
   * The element in the page before its class is defined (so it is upgraded), a function property
   * set before that too, and every zoid event it dispatches in {@code log}.
   */
  private static final String PARENT = "document.body.insertAdjacentHTML('beforeend',"
      + "'<log-in id=el default-email=ann@example.com amount=12.5 remember></log-in>');"
      + "var el=document.getElementById('el');window.loads=0;"
      + "el.onLoaded=function(){window.loads++;};"
      + "el.onLoginSuccess=function(e){window.loggedIn='first:'+e;};"
      + "Object.keys(xcomponent.EVENT).forEach(function(k){var n=xcomponent.EVENT[k];"
      + "el.addEventListener(n,function(e){log.push(n+(e.detail&&e.detail.reason?':'"
      + "+e.detail.reason:''));});});"
      + "window.LogIn=C.driver('element');";

  private void open(Browser browser) {
    String definition = Pages.define(origins.b(), "log-in", DriverPages.PROPS);
    Pages.child(origins.b(), definition, DriverPages.CHILD);
    Pages.parent(origins.a(), "/parent.html", definition, PARENT);
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("log.indexOf('zoid-rendered') >= 0");
  }

  private static void childShows(Browser browser, String shown) {
    DriverPages.childShows(browser, "log-in iframe", shown);
  }

  @CrossBrowser
  void aDriverThisBundleDoesNotHaveOrOneWithoutItsDependenciesIsRefusedWithBadOptions(Browser browser) {
    String definition = Pages.define(origins.b(), "log-in", DriverPages.PROPS);
    Pages.parent(origins.a(), "/parent.html", definition,
        "window.refused=['angular','react','angular2'].map(function(name){"
            + "try{C.driver(name,name==='angular'?undefined:{});return 'made';}"
            + "catch(e){return e.code+' '+e.message;}}).join('|');");
    browser.open(origins.a().url("/parent.html"));

    assertEquals("BAD_OPTIONS No driver angular|BAD_OPTIONS No driver react"
        + "|BAD_OPTIONS No driver angular2",
        browser.string("window.refused"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void anElementRendersItsAttributesAndPropertiesAcrossOrigins(Browser browser) {
    open(browser);

    assertEquals(true, browser.eval("customElements.get('log-in') === LogIn"));
    assertEquals(true, browser.eval("el instanceof LogIn && el instanceof HTMLElement"));
    assertEquals("ann@example.com", browser.string("el.defaultEmail"));
    assertEquals(1L, ((Number) browser.eval("document.querySelectorAll('log-in iframe').length")).longValue());
    childShows(browser, "ann@example.com|12.5|true|-|0");
    browser.switchToFrame("log-in iframe");
    browser.run("xp.onLoginSuccess('ann');");
    browser.switchToMain();
    browser.waitFor("window.loggedIn === 'first:ann'");
    assertEquals(1.0, browser.number("window.loads"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void aTagWithoutHyphenNamesItsElementWithAPrefix(Browser browser) {
    open(browser);
    browser.run("window.Plain=xcomponent.create({tag:'login',url:'" + origins.b().url("/child.html")
        + "'}).driver('element');");

    assertEquals(true, browser.eval("customElements.get('xcomponent-login') === Plain"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void changedAttributesAndPropertiesReachTheChildWithoutReload(Browser browser) {
    open(browser);
    childShows(browser, "ann@example.com|12.5|true|-|0");

    browser.run("el.setAttribute('default-email','bob@example.com');");
    childShows(browser, "bob@example.com|12.5|true|-|1");
    browser.run("el.amount=3;el.amount=3;");
    childShows(browser, "bob@example.com|3|true|-|2");
    browser.run("el.removeAttribute('remember');");
    childShows(browser, "bob@example.com|3|-|-|3");
    browser.run("el.settings={theme:'dark'};");
    childShows(browser, "bob@example.com|3|-|dark|4");

    // a new function: the child's call reaches it, and nothing was sent for it
    browser.run("el.onLoginSuccess=function(e){window.loggedIn='second:'+e;};");
    browser.switchToFrame("log-in iframe");
    browser.run("xp.onLoginSuccess('bob');");
    browser.switchToMain();
    browser.waitFor("window.loggedIn === 'second:bob'");
    childShows(browser, "bob@example.com|3|-|dark|4");
    assertEquals(4.0, browser.number("log.filter(function(e){return e==='zoid-props';}).length"));
    assertEquals(1.0, browser.number("window.loads"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void removingTheElementClosesTheComponentAndAddingItBackRendersAgain(Browser browser) {
    open(browser);

    browser.run("el.remove();");
    browser.waitFor("log.indexOf('zoid-close:parent_call') >= 0");
    assertEquals(0.0, browser.number("document.querySelectorAll('iframe').length"));

    browser.run("document.body.appendChild(el);");
    browser.waitFor("window.loads === 2");
    childShows(browser, "ann@example.com|12.5|true|-|0");
    DriverPages.settle(browser);
    assertEquals(1.0, browser.number("log.filter(function(e){return e.indexOf('zoid-close')===0;}).length"));
  }
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Origins;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The prerender shown at once and swapped for the child; custom templates; CSP nonce; attributes. */
class TemplatesTest {
  @RegisterExtension static Origins origins = new Origins();

  /** A child page that defines its component only after a while. */
  private String slowChild() {
    String definition = Pages.define(origins.b(), "slow", "");
    origins.b().bundle("xcomponent.js").page("/child.html", io.xwindow.testkit.Html.page(
        io.xwindow.testkit.Html.script("/bundles/xcomponent.js")
            + io.xwindow.testkit.Html.inline("setTimeout(function(){" + definition + "},700);")));
    return definition;
  }

  @CrossBrowser
  void theSpinnerShowsAtOnceAndGivesWayToTheChild(Browser browser) {
    Pages.parent(origins.a(), "/parent.html", slowChild(),
        "window.instance=C({});settle(instance.render('#container'));"
            + "window.spinnerAtOnce=!!document.querySelector('#container .xcomponent-spinner');");

    browser.open(origins.a().url("/parent.html"));
    assertEquals("true", browser.string("String(window.spinnerAtOnce)"));
    browser.waitFor("window.done === true");

    assertEquals("false", browser.string("String(!!document.querySelector('#container .xcomponent-spinner'))"));
  }

  @CrossBrowser(
      cannot =
          @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit ignores style.setProperty"))
  void theFrameStaysHiddenUntilTheChildIsReady(Browser browser) {
    Pages.parent(origins.a(), "/parent.html", slowChild(),
        "window.instance=C({});settle(instance.render('#container'));"
            + "window.hiddenAtOnce=getComputedStyle(document.querySelector('#container iframe')).visibility;");

    browser.open(origins.a().url("/parent.html"));
    assertEquals("hidden", browser.string("window.hiddenAtOnce"));
    browser.waitFor("window.done === true");

    assertEquals("visible", browser.string("getComputedStyle(document.querySelector('#container iframe')).visibility"));
  }

  @CrossBrowser
  void customTemplatesAndAttributesAreUsed(Browser browser) {
    String definition = Pages.define(origins.b(), "custom",
        "attributes:{iframe:{allow:'camera',title:'Log in form'}},"
            + "containerTemplate:function(o){var d=o.doc.createElement('section');d.className='mine';"
            + "d.appendChild(o.frame);d.appendChild(o.prerenderFrame);return d;},"
            + "prerenderTemplate:function(o){var p=o.doc.createElement('p');"
            + "p.textContent='Loading '+o.props.who;return p;},props:{who:{type:'string'}}");
    Pages.child(origins.b(), definition, "C.ready();");
    Pages.parent(origins.a(), "/parent.html", definition,
        "window.instance=C({who:'Ann'});settle(instance.render('#container'));"
            + "window.prerendered=document.querySelector('#container section.mine p').textContent;");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");

    assertEquals("Loading Ann", browser.string("window.prerendered"));
    assertEquals("camera", browser.string("document.querySelector('section.mine iframe').getAttribute('allow')"));
    assertEquals("Log in form", browser.string("document.querySelector('section.mine iframe').getAttribute('title')"));
  }

  @CrossBrowser
  void attributesMayBeAFunctionOfTheProps(Browser browser) {
    String definition = Pages.define(origins.b(), "dynamic",
        "attributes:function(o){return {iframe:{title:'Pay '+o.props.who,"
            + "'data-who':o.props.who.toLowerCase()}};},props:{who:{type:'string'}}");
    Pages.child(origins.b(), definition, "C.ready();");
    Pages.parent(origins.a(), "/parent.html", definition,
        "window.instance=C({who:'Ann'});settle(instance.render('#container'));");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");

    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals("Pay Ann", browser.string("document.querySelector('#container iframe').title"));
    assertEquals("ann",
        browser.string("document.querySelector('#container iframe').getAttribute('data-who')"));
  }

  @CrossBrowser
  void everyElementAndStyleWeInsertCarriesTheCspNonce(Browser browser) {
    String definition = Pages.define(origins.b(), "strict", "");
    Pages.child(origins.b(), definition, "C.ready();");
    // a page whose policy allows only styles with its nonce: a style without it is refused and
    // Chromium reports that as a console error, which fails the test
    Pages.parent(origins.a(), "/parent.html", definition,
        "window.instance=C({cspNonce:'n0nce42'});settle(instance.render('#container'));",
        Map.of("Content-Security-Policy", "style-src 'nonce-n0nce42'"));

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");

    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals("0", browser.string("String(document.querySelectorAll("
        + "'#container *:not([nonce])').length)"));
  }

  /**
   * A definition whose prerender template is made with {@code doc} ({@code "o.doc"} or the page's
   * {@code "document"}), keeps its options' {@code close} and {@code focus}, and says, once it was
   * put in, which document holds it: {@code page}, {@code popup} or {@code nowhere}.
   */
  private String keepingTemplate(String doc) {
    String definition = Pages.define(origins.b(), "kept",
        "prerenderTemplate:function(o){var p=" + doc + ".createElement('p');p.className='wait';"
            + "p.textContent='Loading';window.templateClose=o.close;window.templateFocus=o.focus;"
            + "window.prerenderWindow=o.doc.defaultView;"
            + "Promise.resolve().then(function(){window.prerenderedIn="
            + "o.doc===document?(document.body.contains(p)?'page':'nowhere')"
            + ":(o.doc.body.contains(p)?'popup':'nowhere');});return p;}");
    Pages.child(origins.b(), definition, "C.ready();");
    Pages.parent(origins.a(), "/parent.html", definition,
        "document.getElementById('go').onclick=function(){window.instance=C({"
            + "onClose:function(e){window.closedWith=e.reason;},"
            + "onFocus:function(){window.focused=(window.focused||0)+1;}});"
            + "settle(instance.render('#container',window.context));};");
    return definition;
  }

  /** Renders from a click, in {@code context}, and waits for the render. */
  private void renderKept(Browser browser, String context) {
    browser.open(origins.a().url("/parent.html"));
    browser.run("window.context='" + context + "';");
    browser.click("#go");
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
  }

  @CrossBrowser
  void thePrerenderIsWrittenIntoThePopupBeforeTheChildLoads(Browser browser) {
    keepingTemplate("o.doc");
    renderKept(browser, "popup");
    assertEquals("popup", browser.string("window.prerenderedIn"));
    browser.switchToPopup();
    assertEquals(0.0, browser.number("document.querySelectorAll('p.wait').length"),
        "the child's page replaced it");
    browser.switchToMain();
  }

  @CrossBrowser
  void aPopupPrerenderMadeWithThePagesDocumentIsAdoptedIntoThePopup(Browser browser) {
    keepingTemplate("document");
    renderKept(browser, "popup");
    assertEquals("popup", browser.string("window.prerenderedIn"));
  }

  @CrossBrowser
  void theTemplatesCloseEndsTheInstanceAsTheParentsCall(Browser browser) {
    keepingTemplate("o.doc");
    renderKept(browser, "iframe");
    assertEquals("page", browser.string("window.prerenderedIn"));
    browser.run("templateClose();");
    browser.waitFor("window.closedWith !== undefined");
    assertEquals("parent_call", browser.string("window.closedWith"));
    assertEquals(0.0, browser.number("document.querySelectorAll('#container iframe').length"));
  }

  @CrossBrowser
  void theTemplatesFocusFocusesThePopupOfTheInstance(Browser browser) {
    keepingTemplate("o.doc");
    renderKept(browser, "popup");
    browser.run("templateFocus();");
    browser.waitFor("window.focused === 1");
    browser.run("templateClose();");
    browser.waitFor("window.prerenderWindow.closed === true");
    assertEquals("parent_call", browser.string("window.closedWith"));
  }
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code C.driver('angular2', deps)} in Angular applications bundled with esbuild from npm (Ivy,
 * compiled at run time by {@code @angular/compiler}, development mode), its child on another
 * origin: zoid's NgModule with its {@code [props]} input in an application with zone.js, and the
 * standalone component with one input per prop in a zoneless one.
 */
@Tag(Lane.NODE)
class AngularDriverTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String NO_HTMLUNIT =
      "HtmlUnit cannot run the ES2015+ that Angular's build and esbuild's bundle are";

  /** zoid's form, in zone.js: the module, the props in one input. */
  private static final String ZONE_PAGE = "import 'zone.js';\n"
      + "import { provideZoneChangeDetection as changeDetection } from '@angular/core';\n"
      + "const LogIn = window.C.driver('angular2', { Component, NgModule, ElementRef, NgZone,"
      + " Inject });\n"
      + "const INNER = '<log-in [props]=\"props\" [context]=\"props.context\"></log-in>';\n";

  /** The standalone form, zoneless: one input per prop. */
  private static final String ZONELESS_PAGE =
      "import { provideZonelessChangeDetection as changeDetection } from '@angular/core';\n"
      + "const LogIn = window.C.driver('angular2', { Component, ElementRef, NgZone });\n"
      + "const INNER = '<log-in [defaultEmail]=\"props.defaultEmail\" [amount]=\"props.amount\""
      + " [settings]=\"props.settings\" [onLoaded]=\"props.onLoaded\""
      + " [onLoginSuccess]=\"props.onLoginSuccess\" [onClose]=\"props.onClose\""
      + " [context]=\"props.context\"></log-in>';\n";

  /**
   * The application around either form: {@code show(props)} renders the component inside a
   * section with those props ({@code show(null)} destroys it); {@code root.said}, a plain field,
   * shows in {@code #said} when change detection runs.
   */
  private static final String APP = "%s"
      + "import '@angular/compiler';\n"
      + "import { Component, NgModule, ElementRef, NgZone, Inject, signal, VERSION }"
      + " from '@angular/core';\n"
      + "import { bootstrapApplication } from '@angular/platform-browser';\n"
      + "class Root { constructor() { this.shown = signal(null); this.said = '';"
      + " window.root = this; window.show = (props) => this.shown.set(props); } }\n"
      + "Component({ selector: 'app-root', imports: [LogIn], template: '<p id=said>{{said}}</p>"
      + "@if (shown(); as props) { <section>' + INNER + '</section> }' })(Root);\n"
      + "document.body.appendChild(document.createElement('app-root'));\n"
      + "bootstrapApplication(Root, { providers: [changeDetection()] })"
      + ".then(() => { window.angularVersion = VERSION.full; });\n";

  private static final String FRAME = "section iframe";

  private void open(Browser browser, String name, String page) {
    String definition = Pages.define(origins.b(), "log-in", DriverPages.PROPS);
    Pages.child(origins.b(), definition, DriverPages.CHILD);
    Frameworks.parent(origins.a(), definition, Frameworks.bundle(name, String.format(APP, page)));
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.angularVersion !== undefined");
    assertEquals(true, browser.eval("window.angularVersion.indexOf('22.') === 0"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void zoidsModuleWithZoneJs(Browser browser) {
    open(browser, "angular-zone", ZONE_PAGE);
    renderUpdateAndDestroy(browser);
    // the child's call ran in Angular's zone: the change it made to a plain field shows
    assertEquals("second:ann", browser.string("document.getElementById('said').textContent"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void standaloneComponentZoneless(Browser browser) {
    open(browser, "angular-zoneless", ZONELESS_PAGE);
    renderUpdateAndDestroy(browser);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void contextInputOpensTheModal(Browser browser) {
    open(browser, "angular-zone", ZONE_PAGE);
    browser.run("window.loads=0;show({defaultEmail:'ann@example.com',context:'modal',"
        + "onLoaded:function(){loads++;},onLoginSuccess:function(){},"
        + "onClose:function(d){window.ended=d.reason;}});");
    DriverPages.childShows(browser, "dialog.xcomponent-modal iframe", "ann@example.com|-|-|-|0");
    assertEquals(true, browser.eval("document.querySelector('dialog.xcomponent-modal').open"));

    browser.run("show(null);");
    browser.waitFor("window.ended === 'parent_call'");
    assertEquals(0.0, browser.number("document.querySelectorAll('dialog, iframe').length"));
    DriverPages.settle(browser);
  }

  private static void renderUpdateAndDestroy(Browser browser) {
    browser.run("window.loads=0;show({defaultEmail:'ann@example.com',amount:12.5,"
        + "onLoaded:function(){loads++;},onLoginSuccess:function(e){window.loggedIn='first:'+e;},"
        + "onClose:function(d){window.ended=d.reason;}});");
    DriverPages.childShows(browser, FRAME, "ann@example.com|12.5|-|-|0");
    assertEquals(1.0, browser.number("document.querySelectorAll('section > log-in iframe').length"));

    // new closures, same data: no message, no reload; the child reaches the newest closure
    browser.run("show({defaultEmail:'ann@example.com',amount:12.5,onLoaded:function(){loads++;},"
        + "onLoginSuccess:function(e){window.loggedIn=root.said='second:'+e;},"
        + "onClose:function(d){window.ended=d.reason;}});");
    DriverPages.call(browser, FRAME, "xp.onLoginSuccess('ann')");
    browser.waitFor("window.loggedIn === 'second:ann'");
    DriverPages.childShows(browser, FRAME, "ann@example.com|12.5|-|-|0");

    // changed data: only it goes, without a reload
    browser.run("show({defaultEmail:'ann@example.com',amount:3,settings:{theme:'dark'},"
        + "onLoaded:function(){loads++;},onLoginSuccess:function(e){window.loggedIn='third:'+e;},"
        + "onClose:function(d){window.ended=d.reason;}});");
    DriverPages.childShows(browser, FRAME, "ann@example.com|3|-|dark|1");
    assertEquals(1.0, browser.number("window.loads"));
    assertEquals(1.0, browser.number("document.querySelectorAll('iframe').length"));

    browser.run("show(null);");
    browser.waitFor("window.ended === 'parent_call'");
    assertEquals(0.0, browser.number("document.querySelectorAll('iframe, log-in').length"));
    DriverPages.settle(browser);
  }
}

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
 * {@code C.driver('element')}, the custom element, rendered by React 19, Vue 3 and Angular 22
 * ({@code CUSTOM_ELEMENTS_SCHEMA}) applications bundled with esbuild from npm, its child on another
 * origin: the e-mail as an attribute, the amount and the settings as properties, the function
 * props as properties set as each framework allows ({@code on*} names are event listeners to React
 * and Vue, and a binding Angular refuses): through a ref, with Vue's {@code .} prefix, in Angular's
 * {@code afterEveryRender}.
 * Each page's {@code show(props)} renders the element in a section ({@code show(null)} removes it).
 */
@Tag(Lane.NODE)
class ElementInFrameworksTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String NO_HTMLUNIT =
      "HtmlUnit cannot run the ES2015+ of the frameworks' builds and esbuild's bundle";

  private static final String REACT = "import * as React from 'react';\n"
      + "import { createRoot } from 'react-dom/client';\n"
      + "const h = React.createElement;\n"
      + "window.C.driver('element');\n"
      + "function LogIn({ p }) {\n"
      + "  const ref = React.useRef(null);\n"
      + "  React.useLayoutEffect(() => { Object.assign(ref.current, { onLoaded: p.onLoaded,"
      + " onLoginSuccess: p.onLoginSuccess, onClose: p.onClose }); });\n"
      + "  return h('log-in', { ref, 'default-email': p.defaultEmail, amount: p.amount,"
      + " settings: p.settings });\n"
      + "}\n"
      + "const root = createRoot(document.getElementById('container'));\n"
      + "window.show = (p) => root.render(h(React.StrictMode, null, p ? h('section', null,"
      + " h(LogIn, { p })) : null));\n"
      + "window.frameworkVersion = React.version;\n";

  private static final String VUE = "import { createApp, h, shallowRef, version } from 'vue';\n"
      + "window.C.driver('element');\n"
      + "const current = shallowRef(null);\n"
      + "createApp({ render: () => h('section', null, [current.value ? h('log-in', {"
      + " 'default-email': current.value.defaultEmail, amount: current.value.amount,"
      + " settings: current.value.settings, '.onLoaded': current.value.onLoaded,"
      + " '.onLoginSuccess': current.value.onLoginSuccess, '.onClose': current.value.onClose })"
      + " : null]) }).mount('#container');\n"
      + "window.show = (p) => { current.value = p; };\n"
      + "window.frameworkVersion = version;\n";

  private static final String ANGULAR = "import '@angular/compiler';\n"
      + "import { afterEveryRender, Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, signal, VERSION,"
      + " provideZonelessChangeDetection } from '@angular/core';\n"
      + "import { bootstrapApplication } from '@angular/platform-browser';\n"
      + "window.C.driver('element');\n"
      + "class Root {\n"
      + "  constructor(host) { this.host = host; this.shown = signal(null);"
      + " window.show = (p) => this.shown.set(p); afterEveryRender(() => this.functions()); }\n"
      + "  functions() { const el = this.host.nativeElement.querySelector('log-in');"
      + " const p = this.shown(); if (el && p) { Object.assign(el, { onLoaded: p.onLoaded,"
      + " onLoginSuccess: p.onLoginSuccess, onClose: p.onClose }); } }\n"
      + "}\n"
      + "Root.parameters = [[ElementRef]];\n"
      + "Component({ selector: 'app-root', schemas: [CUSTOM_ELEMENTS_SCHEMA], template:"
      + " '@if (shown(); as p) { <section><log-in [attr.default-email]=\"p.defaultEmail\""
      + " [amount]=\"p.amount\" [settings]=\"p.settings\"></log-in></section> }' })(Root);\n"
      + "document.getElementById('container').appendChild(document.createElement('app-root'));\n"
      + "bootstrapApplication(Root, { providers: [provideZonelessChangeDetection()] })"
      + ".then(() => { window.frameworkVersion = VERSION.full; });\n";

  private static final String FRAME = "section log-in iframe";

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void inReact19(Browser browser) {
    mountUpdateAndRemove(browser, "element-react", REACT, "19.");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void inVue3(Browser browser) {
    mountUpdateAndRemove(browser, "element-vue", VUE, "3.");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT))
  void inAngularWithCustomElementsSchema(Browser browser) {
    mountUpdateAndRemove(browser, "element-angular", ANGULAR, "22.");
  }

  private void mountUpdateAndRemove(Browser browser, String name, String page, String version) {
    String definition = Pages.define(origins.b(), "log-in", DriverPages.PROPS);
    Pages.child(origins.b(), definition, DriverPages.CHILD);
    Frameworks.parent(origins.a(), definition, Frameworks.bundle(name, page));
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.frameworkVersion !== undefined");
    assertEquals(true, browser.eval("window.frameworkVersion.indexOf('" + version + "') === 0"));

    browser.run("window.loads=0;show({defaultEmail:'ann@example.com',amount:12.5,"
        + "onLoaded:function(){loads++;},onLoginSuccess:function(e){window.loggedIn='first:'+e;},"
        + "onClose:function(d){window.ended=d.reason;}});");
    DriverPages.childShows(browser, FRAME, "ann@example.com|12.5|-|-|0");
    assertEquals(1.0, browser.number("document.querySelectorAll('iframe').length"));

    // new closures, same data: no message, no reload; the child reaches the newest closure
    browser.run("show({defaultEmail:'ann@example.com',amount:12.5,onLoaded:function(){loads++;},"
        + "onLoginSuccess:function(e){window.loggedIn='second:'+e;},"
        + "onClose:function(d){window.ended=d.reason;}});");
    DriverPages.call(browser, FRAME, "xp.onLoginSuccess('ann')");
    browser.waitFor("window.loggedIn === 'second:ann'");
    DriverPages.childShows(browser, FRAME, "ann@example.com|12.5|-|-|0");

    // the attribute, then a property, changed: each an update, without a reload
    browser.run("show({defaultEmail:'bob@example.com',amount:12.5,onLoaded:function(){loads++;},"
        + "onLoginSuccess:function(){},onClose:function(d){window.ended=d.reason;}});");
    DriverPages.childShows(browser, FRAME, "bob@example.com|12.5|-|-|1");
    browser.run("show({defaultEmail:'bob@example.com',amount:3,onLoaded:function(){loads++;},"
        + "onLoginSuccess:function(){},onClose:function(d){window.ended=d.reason;}});");
    DriverPages.childShows(browser, FRAME, "bob@example.com|3|-|-|2");
    assertEquals(1.0, browser.number("window.loads"));
    assertEquals(1.0, browser.number("document.querySelectorAll('iframe').length"));

    browser.run("show(null);");
    browser.waitFor("window.ended === 'parent_call'");
    assertEquals(0.0, browser.number("document.querySelectorAll('iframe, log-in').length"));
    DriverPages.settle(browser);
  }
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Bundles;
import io.xwindow.testkit.Lane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On the server (Node, no window): the bundle loads, {@code create} defines the component, and
 * React's, Vue's and Angular's server renderers make the drivers' empty placeholder, touching no
 * window.
 */
@Tag(Lane.NODE)
@Tag(Lane.BUNDLE)
class ServerRenderTest {
  private static final String SCRIPT = "const src = require('fs').readFileSync(process.argv[2], 'utf8');\n"
      + "const exported = {};\n"
      + "new Function(src).call(exported);\n"
      + "const C = exported.xcomponent.create({ tag: 'log-in', url: 'https://auth.example/log-in',"
      + " props: { defaultEmail: { type: 'string' } } });\n"
      + "const React = require('react');\n"
      + "const ReactDOMServer = require('react-dom/server');\n"
      + "const vue = require('vue');\n"
      + "const vueServer = require('vue/server-renderer');\n"
      + "const LogIn = C.driver('react', { React });\n"
      + "const props = { defaultEmail: 'ann@example.com', onLoginSuccess() {} };\n"
      + "const lines = [typeof window, ReactDOMServer.renderToString(React.createElement(LogIn, props))];\n"
      + "const vueApp = (driver) => vue.createSSRApp({ render: () => vue.h(driver, "
      + "{ 'default-email': 'ann@example.com' }) });\n"
      + "vueServer.renderToString(vueApp(C.driver('vue3', { h: vue.h })))\n"
      + "  .then((html) => { lines.push(html); return vueServer.renderToString(vueApp(C.driver('vue3'))); })\n"
      + "  .then((html) => { lines.push(html, typeof window); console.log(lines.join('\\n')); });\n";

  /** Angular's server renderer (platform-server, JIT), zoid's module and the standalone form. */
  private static final String ANGULAR = "import '@angular/compiler';\n"
      + "import { readFileSync } from 'fs';\n"
      + "import { Component, NgModule, ElementRef, NgZone, Inject, provideZonelessChangeDetection }"
      + " from '@angular/core';\n"
      + "import { renderApplication } from '@angular/platform-server';\n"
      + "import { bootstrapApplication } from '@angular/platform-browser';\n"
      + "const exported = {};\n"
      + "new Function(readFileSync(process.argv[2], 'utf8')).call(exported);\n"
      + "const C = exported.xcomponent.create({ tag: 'log-in', url: 'https://auth.example/log-in',"
      + " props: { defaultEmail: { type: 'string' }, onLoginSuccess: { type: 'function' } } });\n"
      + "const root = (imports, template) => { class Root { constructor() {"
      + " this.email = 'ann@example.com'; this.done = () => {}; } }\n"
      + "  Component({ selector: 'app-root', imports, template })(Root); return Root; };\n"
      + "const roots = [root([C.driver('angular2', { Component, NgModule, ElementRef, NgZone,"
      + " Inject })], '<log-in [props]=\"{ defaultEmail: email, onLoginSuccess: done }\"></log-in>'),\n"
      + "  root([C.driver('angular2', { Component, ElementRef, NgZone })],"
      + " '<log-in [defaultEmail]=\"email\" [onLoginSuccess]=\"done\"></log-in>')];\n"
      + "const lines = [typeof window];\n"
      + "for (const Root of roots) {\n"
      + "  const html = await renderApplication((context) => bootstrapApplication(Root,"
      + " { providers: [provideZonelessChangeDetection()] }, context),"
      + " { document: '<html><body><app-root></app-root></body></html>', url: '/' });\n"
      + "  lines.push(html.match(/<app-root[^]*<\\/app-root>/)[0]);\n"
      + "}\n"
      + "lines.push(typeof window);\n"
      + "console.log(lines.join('\\n'));\n";

  @Test
  void angularRendersTheEmptyElementWithoutAWindow() throws Exception {
    Path dir = Frameworks.installed();
    Path script = Files.writeString(dir.resolve("server-render-angular.mjs"), ANGULAR);
    String output = Frameworks.run(dir,
        List.of("node", script.getFileName().toString(), Bundles.path("xcomponent.js").toString()));

    String rendered = "<app-root ng-version=\"22.2.6\" ng-server-context=\"other\"><log-in></log-in></app-root>";
    assertEquals(List.of("undefined", rendered, rendered, "undefined"),
        output.strip().lines().filter(line -> !line.startsWith("Angular is running")).toList());
  }

  @Test
  void reactAndVueRenderTheEmptyPlaceholderWithoutAWindow() throws Exception {
    Path dir = Frameworks.installed();
    Path script = Files.writeString(dir.resolve("server-render.js"), SCRIPT);
    String output = Frameworks.run(dir,
        List.of("node", script.getFileName().toString(), Bundles.path("xcomponent.js").toString()));

    assertEquals(List.of("undefined", "<div></div>", "<div></div>", "<!---->", "undefined"),
        output.strip().lines().toList());
  }
}

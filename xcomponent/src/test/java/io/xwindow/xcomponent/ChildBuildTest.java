package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.Site;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A component's own page loads the child's build, xcomponent-child.js or zoid-child.js: a parent
 * on another origin with the full build renders it as it renders the full build's child, and the
 * child's build has the same API, where what only a parent does throws CHILD_ONLY.
 */
class ChildBuildTest {
  @RegisterExtension static Origins origins = new Origins();

  /**
   * The child's page: it hands a greeting with the name prop to the parent's function prop, then
   * closes itself.
   */
  private static void serveChild(Site child, String bundle, String definition) {
    child.bundle(bundle).page("/child.html", Html.page(
        "<div id=out></div>"
            + Html.script("/bundles/" + bundle)
            + Html.inline(definition
                + "C.ready().then(function(x){"
                + "return x.greeted('hello '+x.name).then(function(){return x.close();});});")));
  }

  /** The parent's page: renders the component with the name Ann, notes greetings and the end. */
  private static void serveParent(Site parent, String bundle, String definition) {
    parent.bundle(bundle).page("/parent.html", Html.page(
        "<div id=container></div>"
            + Html.script("/bundles/" + bundle)
            + Html.inline(Pages.HELPERS + definition
                + "window.greetings=[];settle(C({name:'Ann',greeted:function(m){greetings.push(m);},"
                + "onClose:function(d){window.ended=d.reason;}}).render('#container'));")));
  }

  private static String definition(String global, Site child) {
    return "window.C=" + global + ".create({tag:'slim',url:'" + child.url("/child.html") + "',"
        + "props:{name:{type:'string'},greeted:{type:'function'}}});";
  }

  @CrossBrowser
  void aParentWithTheFullBuildRendersAChildWithTheChildsBuild(Browser browser) {
    assertRendersAcrossOrigins(browser, "xcomponent", "xcomponent.js", "xcomponent-child.js");
  }

  @CrossBrowser
  void aZoidParentRendersAChildWithZoidsChildBuild(Browser browser) {
    assertRendersAcrossOrigins(browser, "zoid", "zoid.js", "zoid-child.js");
  }

  /**
   * Serves the parent page on origin a with {@code parentBundle}, the child's on origin b with
   * {@code childBundle}, both defining the component under {@code global}; opens the parent page:
   * render resolves, the child hands its greeting with the prop to the parent's function, then
   * closes itself.
   */
  private static void assertRendersAcrossOrigins(Browser browser, String global, String parentBundle,
      String childBundle) {
    String definition = definition(global, origins.b());
    serveChild(origins.b(), childBundle, definition);
    serveParent(origins.a(), parentBundle, definition);

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    browser.waitFor("window.ended !== undefined");

    assertEquals("hello Ann", browser.string("window.greetings.join()"));
    assertEquals("child_call", browser.string("window.ended"));
  }

  /** What a page learns of the API: the global's and the component's keys, and what each call does. */
  private static final String PROBE =
      "window.C=xcomponent.create({tag:'slim',url:'https://component.example/'});"
          + "window.api=Object.keys(xcomponent).join()+' / '+Object.keys(C).join()"
          + "+' / '+('xprops' in C)+' '+('instances' in C);"
          + "window.outcome=function(f){try{var r=f();return 'returned '+(r&&typeof r);}"
          + "catch(e){return e.code+': '+e.message;}};"
          + "window.called=outcome(function(){return C({});});"
          + "window.driven=outcome(function(){return C.driver('nope');});"
          + "C.canRenderTo(window).then(function(b){window.can=String(b);});";

  @CrossBrowser
  void theChildsBuildHasTheFullApiAndRefusesToRenderWithATypedError(Browser browser) {
    origins.a().bundle("xcomponent.js").page("/full.html", Html.page(
        Html.script("/bundles/xcomponent.js") + Html.inline(PROBE)));
    origins.a().bundle("xcomponent-child.js").page("/child.html", Html.page(
        Html.script("/bundles/xcomponent-child.js") + Html.inline(PROBE)));

    browser.open(origins.a().url("/full.html"));
    browser.waitFor("window.driven !== undefined");
    String fullApi = browser.string("window.api");
    assertEquals("returned object", browser.string("window.called"));
    assertEquals("BAD_OPTIONS: No driver nope", browser.string("window.driven"));

    browser.open(origins.a().url("/child.html"));
    browser.waitFor("window.can !== undefined");

    assertEquals(fullApi, browser.string("window.api"));
    String refusal = "CHILD_ONLY: This page loaded the child's build, which renders no component:"
        + " load xcomponent.js or zoid.js to render";
    assertEquals(refusal, browser.string("window.called"));
    assertEquals(refusal, browser.string("window.driven"));
    assertEquals("false", browser.string("window.can"));
  }
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import io.xwindow.xcomponent.error.ErrorCode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page on the component's own origin, framed by a partner page that defined the component, asks
 * the partner to render with a request it made by hand (post-robot's own bundle, no xcomponent):
 * the partner loads only the URL it builds from its own definition, into a container of its page,
 * and loads nothing for a request naming another URL or a bad container.
 */
class ForgedRenderToTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String TITLE = "partner page";
  private static final String COOKIE = "partnersecret=s3cr3t";

  /** Serves the partner page on {@code a}, framing the forger page on {@code b}, the component's origin. */
  private void serve() {
    String definition = Pages.define(origins.b(), "checkout",
        "props:{amount:{type:'number',required:false}},dimensions:{width:'300px',height:'150px'}");
    Pages.child(origins.b(), definition, "C.ready();");
    origins.b().bundle("post-robot.js").page("/forger.html", Html.page(
        Html.script("/bundles/post-robot.js")
            + Html.inline("window.forge=function(data){data.gone=function(){};"
                + "postRobot.send(window.parent,'xcomponent_delegate_checkout',data).then("
                + "function(r){window.answer=r.data;window.done=true;},"
                + "function(e){window.failure=e;window.done=true;});};")));
    origins.c().page("/elsewhere.html", Html.page(Html.inline("top.postMessage('loaded','*');")));
    Pages.parent(origins.a(), "/parent.html", definition,
        "document.cookie='" + COOKIE + "; SameSite=Lax';document.title='" + TITLE + "';"
            + "window.addEventListener('message',function(e){if(e.data==='loaded')window.loaded=true;});"
            + "var f=document.createElement('iframe');f.id='forger';f.src='" + origins.b().url("/forger.html")
            + "';document.body.appendChild(f);");
  }

  /**
   * Sends the forged request from the forger frame ({@code fields} of its data, JavaScript) and
   * returns the code it failed with (or "none"), once the partner page had the time to run what it
   * loaded.
   */
  private String forge(Browser browser, String fields) {
    browser.open(origins.a().url("/parent.html"));
    browser.switchToFrame("#forger");
    browser.waitFor("typeof window.forge === 'function'");
    browser.run("forge({uid:'abc123',name:'__xcomponent__checkout__abc123__p.0__',context:'iframe',"
        + "props:{}," + fields + "});");
    browser.waitFor("window.done === true");
    String code = browser.string("window.failure ? String(window.failure.code) : 'none'");
    browser.switchToMain();
    browser.run("window.later=Date.now()+700;");
    browser.waitFor("Date.now() > window.later");
    return code;
  }

  /** Nothing was loaded for the forger, and the partner's page and cookie are as they were. */
  private void assertUntouched(Browser browser) {
    assertEquals(TITLE, browser.string("document.title"));
    assertEquals(COOKIE, browser.string("document.cookie"));
    assertEquals("undefined", browser.string("typeof window.loaded"));
    assertEquals("1", browser.string("String(document.querySelectorAll('iframe').length)"),
        "only the forger's own frame is in the page");
  }

  private static String js(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** A forged request naming {@code url} is refused, and nothing is loaded. */
  private void assertRefused(Browser browser, String url) {
    String code = forge(browser, "container:'#container',url:" + js(url));

    assertEquals(ErrorCode.DELEGATE_REFUSED, code, url);
    assertUntouched(browser);
  }

  @CrossBrowser
  void aJavascriptUrlIsRefusedAndRunsNothingInThePartnerPage(Browser browser) {
    serve();

    assertRefused(browser, "javascript:parent.document.title='stolen:'+parent.document.cookie");
  }

  @CrossBrowser
  void aDataUrlAnotherOriginsUrlOrAnotherPageOfTheComponentsOriginIsRefused(Browser browser) {
    serve();

    for (String url : new String[] {"data:text/html,<script>top.postMessage('loaded','*')</script>",
        origins.c().url("/elsewhere.html"), origins.b().url("/forger.html"),
        origins.b().url("/child.html?amount=1")}) {
      assertRefused(browser, url);
    }
  }

  @CrossBrowser
  void aContainerThatIsNoElementOfThePagesBodyIsRefusedAndNothingIsLoaded(Browser browser) {
    serve();
    String url = js(origins.b().url("/child.html"));

    for (String container : new String[] {"'head'", "'#['", "'#nowhere'", "{}", "'html'"}) {
      String code = forge(browser, "container:" + container + ",url:" + url);

      assertEquals(ErrorCode.BAD_CONTAINER, code, container);
      assertUntouched(browser);
    }
  }

  @CrossBrowser
  void anUnknownContextIsRefusedAndNothingIsLoaded(Browser browser) {
    serve();

    String code = forge(browser, "container:'#container',context:'lightbox'");

    assertEquals(ErrorCode.BAD_CONTEXT, code);
    assertUntouched(browser);
  }

  @CrossBrowser
  void aRequestNamingNoUrlGetsTheComponentsOwnUrlFromThePartnersDefinition(Browser browser) {
    serve();

    String code = forge(browser, "container:'#container',props:{amount:5}");

    assertEquals("none", code);
    assertEquals(TITLE, browser.string("document.title"));
    assertEquals(origins.b().url("/child.html"),
        browser.string("document.querySelector('#container iframe').src"));
  }
}

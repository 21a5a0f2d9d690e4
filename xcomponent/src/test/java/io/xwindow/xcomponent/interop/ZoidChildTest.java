package io.xwindow.xcomponent.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Origins;
import io.xwindow.xcomponent.error.ErrorCode;
import io.xwindow.xcomponent.interop.Mix.Side;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Our parent renders a zoid 10 child page (each published release, its production build), in
 * every engine across two origins. A zoid child reads its props only from the window name, so the
 * definition must say {@code zoidChildren: true}; without it our parent keeps the props out of the
 * window name, and the render fails with {@code ZOID_CHILD}, naming the option.
 */
class ZoidChildTest {
  /**
   * zoid's dialect hands the parent's functions to the child's window while it is still blank, and
   * the child calls them once its page has loaded.
   */
  private static final String NEW_WINDOW_OBJECT = "HtmlUnit gives a frame or popup a new window"
      + " object when its page loads: functions handed to the blank window are not the loaded"
      + " page's to call";

  @RegisterExtension static Origins origins = new Origins();

  private static final String ZOID_CHILDREN = "zoidChildren:true,";

  private static Mix mix(Browser browser, PublishedZoid zoid, String context) {
    return new Mix(zoid, Side.OURS, Side.ZOID, context, browser, origins.a(), origins.b());
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEW_WINDOW_OBJECT))
  void inAnIframeTheZoidChildGetsEveryPropAnswersEveryCallAndClosesItself(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      String log = Conversation.everything(mix(browser, zoid, "iframe").serve(ZOID_CHILDREN, ""));
      assertEquals("error:CHILD_ERROR,resize,close:child_call,destroy", log);
    });
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEW_WINDOW_OBJECT))
  void inAPopupTheZoidChildGetsEveryPropAnswersEveryCallAndClosesItself(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      String log = Conversation.everything(mix(browser, zoid, "popup").serve(ZOID_CHILDREN, ""));
      assertEquals("error:CHILD_ERROR,close:child_call,destroy", log);
    });
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEW_WINDOW_OBJECT))
  void ourParentClosesTheZoidChild(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      for (String context : new String[] {"iframe", "popup"}) {
        String log =
            Conversation.closedByTheParent(mix(browser, zoid, context).serve(ZOID_CHILDREN, ""));
        assertEquals("close:parent_call,destroy", log, context);
        browser.reset();
      }
    });
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEW_WINDOW_OBJECT))
  void theZoidChildAutoResizesOurFrame(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> Conversation.autoResized(mix(browser, zoid, "iframe")
        .serve(ZOID_CHILDREN + "autoResize:{height:true},", "autoResize:{height:true},")));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEW_WINDOW_OBJECT))
  void ourOwnChildAnswersZoidsDialectToo(Browser browser) {
    Mix mix = new Mix(PublishedZoid.ZOID_10_6_0, Side.OURS, Side.OURS, "iframe", browser,
        origins.a(), origins.b());
    String log = Conversation.everything(mix.serve(ZOID_CHILDREN, ""));
    assertEquals("error:CHILD_ERROR,resize,close:child_call,destroy", log);
  }

  @CrossBrowser
  void withoutTheOptionNoPropGoesIntoTheNameAndTheRenderFailsNamingIt(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      Mix mix = mix(browser, zoid, "iframe").serve("", "");

      mix.render();
      browser.waitFor("document.querySelector('#container iframe') !== null");
      String name = browser.string("document.querySelector('#container iframe').name");
      browser.waitFor("window.done === true");

      assertTrue(name.matches("__xcomponent__log_in__[a-z0-9]+__p__"), name);
      assertEquals(ErrorCode.ZOID_CHILD, browser.string("window.failure.code"));
      String message = browser.string("window.failure.message");
      assertTrue(message.contains("zoidChildren: true"), message);
      assertEquals("error:ZOID_CHILD,close:error,destroy", browser.string("log.join()"));
      assertEquals("undefined", browser.string("typeof window.loggedIn"));
    });
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEW_WINDOW_OBJECT))
  void aZoidChildThatDoesNotAllowOurOriginFailsTheRender(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      for (String context : new String[] {"iframe", "popup"}) {
        Mix mix = mix(browser, zoid, context)
            .serve(ZOID_CHILDREN, "allowedParentDomains:'" + origins.c().origin() + "',");

        mix.render();
        browser.waitFor("window.done === true");

        assertEquals(ErrorCode.PARENT_DOMAIN_REJECTED, browser.string("window.failure.code"), context);
        assertEquals("error:PARENT_DOMAIN_REJECTED,close:error,destroy",
            browser.string("log.join()"), context);
        browser.reset();
      }
    });
  }

  @CrossBrowser
  void aZoidChildOnAnOriginTheDomainDoesNotMatchIsRefused(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      Mix mix = mix(browser, zoid, "iframe")
          .serve(ZOID_CHILDREN + "domain:'" + origins.c().origin() + "',", "");

      mix.render();
      browser.waitFor("window.done === true");

      assertEquals(ErrorCode.CHILD_DOMAIN_REJECTED, browser.string("window.failure.code"));
      assertEquals("undefined", browser.string("typeof window.loggedIn"));
    });
  }

  @CrossBrowser
  void aZoidChildThatStartsTooLateFailsTheRenderWithRenderTimeout(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      for (String context : new String[] {"iframe", "popup"}) {
        String log = Conversation.timedOut(mix(browser, zoid, context), ZOID_CHILDREN);

        assertEquals("failed: " + ErrorCode.RENDER_TIMEOUT + " Loading component timed out after 500 milliseconds | "
            + "error:RENDER_TIMEOUT,close:error,destroy | "
            + ("popup".equals(context) ? "popup closed" : "frame gone") + " | logged in: undefined", log, context);
        browser.reset();
      }
    });
  }
}

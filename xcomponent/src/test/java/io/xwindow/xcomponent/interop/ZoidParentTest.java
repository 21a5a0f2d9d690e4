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
 * A zoid 10 parent (each published release, its production build) renders our child page, in
 * every engine across two origins: the child recognises zoid's window name by itself (its definition
 * has no option for it), and does what it does under our own parent. Its props still reach its
 * page only once the parent's origin, as the browser reports it, is one {@code
 * allowedParentDomains} allows, although zoid put them into the window name.
 */
class ZoidParentTest {
  private static final String NO_LAYOUT =
      "HtmlUnit lays nothing out: a resized or auto-resized frame keeps no size to see";

  @RegisterExtension static Origins origins = new Origins();

  private static Mix mix(Browser browser, PublishedZoid zoid, String context) {
    return new Mix(zoid, Side.ZOID, Side.OURS, context, browser, origins.a(), origins.b());
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_LAYOUT))
  void inAnIframeOurChildGetsEveryPropAnswersEveryCallAndClosesItself(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      String log = Conversation.everything(mix(browser, zoid, "iframe").serve("", ""));
      assertEquals("error:undefined,resize,close:undefined,destroy", log,
          "zoid's errors have no code, its onClose no reason");
    });
  }

  @CrossBrowser
  void inAPopupOurChildGetsEveryPropAnswersEveryCallAndClosesItself(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      String log = Conversation.everything(mix(browser, zoid, "popup").serve("", ""));
      assertEquals("error:undefined,close:undefined,destroy", log);
    });
  }

  @CrossBrowser
  void theZoidParentClosesOurChild(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      for (String context : new String[] {"iframe", "popup"}) {
        String log = Conversation.closedByTheParent(mix(browser, zoid, context).serve("", ""));
        assertEquals("close:undefined,destroy", log, context);
        browser.reset();
      }
    });
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_LAYOUT))
  void ourChildAutoResizesTheZoidParentsFrame(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> Conversation.autoResized(
        mix(browser, zoid, "iframe").serve("autoResize:{height:true},", "autoResize:{height:true},")));
  }

  @CrossBrowser
  void aZoidParentOnAnOriginOurChildDoesNotAllowGetsNoPropAndNoCall(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      for (String context : new String[] {"iframe", "popup"}) {
        // the parent on origin c; the child allows a only
        Mix mix = new Mix(zoid, Side.ZOID, Side.OURS, context, browser, origins.c(), origins.b());
        mix.serve("", "allowedParentDomains:'" + origins.a().origin() + "',", Mix.REPORT
            + "C.ready().then(function(x){report('props: '+JSON.stringify(x));},function(e){"
            + "report(e.code+' | '+e.message+' | xprops: '+typeof window.xprops+' '+typeof C.xprops"
            + "+' | '+window.name.slice(0,16));});");

        mix.render();
        browser.waitFor("window.done === true && window.observed !== undefined");
        assertEquals("Can not be rendered by domain: " + origins.c().origin(),
            browser.string("window.failure.message"),
            context + ": zoid's render fails, as with a zoid child");
        assertEquals(ErrorCode.PARENT_DOMAIN_REJECTED + " | Can not be rendered by domain: "
                + origins.c().origin() + " | xprops: undefined undefined | __zoid__log_in__",
            browser.string("window.observed"),
            context + ": the child page saw no prop, though zoid put them in the window name");
        assertEquals("undefined", browser.string("typeof window.loggedIn"), context);
        browser.reset();
      }
    });
  }

  @CrossBrowser
  void aNameThatDeclaresAnAllowedParentIsJudgedByTheParentsRealOrigin(Browser browser) {
    Mix mix = new Mix(PublishedZoid.ZOID_10_6_0, Side.ZOID, Side.OURS, "iframe", browser,
        origins.c(), origins.b());
    mix.page(origins.b(), "/log-in.html", Side.OURS,
        mix.definition(Side.OURS, "allowedParentDomains:'" + origins.a().origin() + "',")
            + Mix.REPORT
            + "C.ready().then(function(x){report('props: '+x.defaultEmail);},function(e){"
            + "report(e.code+' | '+e.message+' | xprops: '+typeof window.xprops);});");
    // a page on c writes zoid's name by hand, declaring a, which the child allows; zoid's
    // post-robot (started by a component of its own) answers the child's hello
    String payload = "{uid:'zoid-log-in-forged',context:'iframe',tag:'log-in',"
        + "childDomainMatch:'" + origins.b().origin() + "',version:'10_6_0',"
        + "props:{defaultEmail:'forged@example.com'},"
        + "exports:{init:{__type__:'cross_domain_function',__val__:{id:'forged',name:'init'}}}}";
    mix.page(origins.c(), "/forged.html", Side.ZOID, Mix.PARENT_SCRIPT
        + "zoid.create({tag:'decoy',url:'" + origins.c().url("/decoy.html") + "'});"
        + "var envelope={sender:{domain:'" + origins.a().origin() + "'},"
        + "metaData:{windowRef:{type:'parent',distance:0}},"
        + "reference:{type:'raw',val:JSON.stringify(" + payload + ")}};"
        + "var frame=document.createElement('iframe');"
        + "frame.name='__zoid__log_in__'+btoa(JSON.stringify(envelope)).replace(/=/g,'')+'__';"
        + "frame.src='" + origins.b().url("/log-in.html") + "';"
        + "document.getElementById('container').appendChild(frame);");

    browser.open(origins.c().url("/forged.html"));
    browser.waitFor("window.observed !== undefined");

    assertEquals(ErrorCode.PARENT_DOMAIN_REJECTED + " | Can not be rendered by domain: "
            + origins.c().origin() + " | xprops: undefined", browser.string("window.observed"));
  }

  /**
   * zoid's {@code timeout} does not end a render whose child page loaded but starts the component
   * late (the render resolves and the frame stays, with both releases): ours, started as late,
   * leaves the zoid parent in the same state.
   */
  @CrossBrowser
  void ourChildStartingAfterTheZoidParentsTimeoutDoesWhatAZoidChildDoes(Browser browser) {
    EveryZoid.run(browser, origins, zoid -> {
      for (String context : new String[] {"iframe", "popup"}) {
        String zoids = Conversation.timedOut(
            new Mix(zoid, Side.ZOID, Side.ZOID, context, browser, origins.a(), origins.b()), "");
        browser.reset();

        String ours = Conversation.timedOut(mix(browser, zoid, context), "");

        assertEquals(zoids, ours, context + ": the same as with zoid's own child");
        browser.reset();
      }
    });
  }
}

package io.xwindow.postrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A parent on origin A talks to its partner frame on B; a hostile frame on C, beside the
 * partner, reads the ids in the answers the two windows give it ({@code hostile.js}) and uses
 * them: to silence the two windows with junk carrying their next ids, or to have the parent
 * relay handles carrying the parent's own ids (or the partner's next window ids), so that the
 * partner's calls reach the hostile frame. None of it works: each window's message ids count
 * only for the window that sent them, an id names a stored function or a window only for the
 * window that made it, and ids cannot be guessed.
 */
class HostileFrameTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String CARD = "4111 1111 1111 1111";

  private static Path hostileScript() {
    try {
      return Path.of(HostileFrameTest.class.getResource("hostile.js").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String toPartner(String more) {
    return "{domain:'" + origins.b().origin() + "'" + more + "}";
  }

  /**
   * Opens the parent, which runs {@code parentScript} and frames the partner (frames[0], running
   * {@code partnerScript}) and the hostile frame (frames[1]). The parent page keeps what the
   * hostile frame reports it took in {@code window.stolen}.
   */
  private void open(Browser browser, String parentScript, String partnerScript) {
    origins.a().bundle("post-robot.js");
    origins.b().bundle("post-robot.js");
    origins.c().file("/hostile.js", hostileScript(), "text/javascript");
    origins.b().page("/partner.html",
        Html.page(Html.script("/bundles/post-robot.js") + Html.inline(partnerScript)));
    origins.c().page("/hostile.html", Html.page(Html.script("/hostile.js")));
    origins.a().page("/parent.html",
        Html.page(Html.script("/bundles/post-robot.js")
            + Html.inline(Windows2.SETTLE + "window.loaded=0;window.stolen=[];"
                + "window.addEventListener('message',function(e){"
                + "if(e.data&&e.data.stolen){window.stolen.push(e.data.stolen);}});" + parentScript)
            + "<iframe id=partner src=\"" + origins.b().url("/partner.html") + "\""
            + " onload=\"window.loaded++\"></iframe>"
            + "<iframe id=hostile src=\"" + origins.c().url("/hostile.html") + "\""
            + " onload=\"window.loaded++\"></iframe>"));
    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.loaded === 2");
  }

  /** Runs {@code attack} (statements that call {@code done()} at the end) in the hostile frame. */
  private static void attack(Browser browser, String attack) {
    browser.switchToFrame("#hostile");
    browser.run("window.attacked=false;var done=function(){window.attacked=true;};" + attack);
    browser.waitFor("window.attacked === true");
    browser.switchToMain();
  }

  /**
   * The ids a frame reads are post-robot's shape, 96 random bits each (none repeats, across the
   * batches of random words they are drawn from): nothing to learn a prefix or a counter from.
   */
  @CrossBrowser
  void theIdsAThirdFrameReadsAreRandomInPostRobotsShape(Browser browser) {
    open(browser, "", "");

    attack(browser, "hostile.collectIds(parent,400,done);");

    browser.switchToFrame("#hostile");
    assertEquals(800.0, browser.number("hostile.ids.length"), "an ack and an answer for each hello");
    assertEquals("", browser.string("hostile.ids.filter(function(id){"
        + "return !/^uid_[0-9a-f]{10}_[0-9a-f]{14}$/.test(id);}).join()"));
    assertEquals(800.0, browser.number("(function(){var seen={},n=0;hostile.ids.forEach(function(id){"
        + "if(!seen[id]){seen[id]=true;n++;}});return n;})()"), "no id repeats");
  }

  @CrossBrowser
  void aThirdFrameThatFloodsThePartnerWithTheParentsNextIdsSilencesNothing(Browser browser) {
    open(browser, "", "postRobot.on('echo',function(e){return e.data;});");
    // the two windows have met (and, in Chromium, moved to their private channel)
    Windows2.settle(browser, "postRobot.send(frames[0],'echo','hello'," + toPartner("") + ")");
    assertEquals("hello", browser.string("window.result.data"));

    attack(browser, "hostile.silence(parent,parent.frames[0],3000,done);");

    Windows2.settle(browser,
        "postRobot.send(frames[0],'echo','one'," + toPartner(",timeout:3000") + ")"
            + ".then(function(one){return postRobot.send(frames[0],'echo','two',"
            + toPartner(",timeout:3000") + ").then(function(two){return one.data+','+two.data;});})");

    assertEquals(null, browser.eval("window.failure && window.failure.code"));
    assertEquals("one,two", browser.string("window.result"));
  }

  /** The parent relays what frames send it to its partner; the partner pays by a function. */
  private void openCheckout(Browser browser, String partnerOnSetup) {
    open(browser,
        "window.paid=[];"
            + "postRobot.on('relay',function(e){return postRobot.send(frames[0],'note',e.data,"
            + toPartner("") + ").then(function(){return 'relayed';});});",
        "postRobot.on('setup',function(e){window.pay=e.data.pay;" + partnerOnSetup + "return 'ready';});"
            + "postRobot.on('note',function(e){return 'noted';});"
            + "postRobot.on('checkout',function(e){return window.pay('" + CARD + "');});");
    Windows2.settle(browser, "postRobot.send(frames[0],'setup',{pay:function(card){"
        + "window.paid.push(card);return 'paid by the parent';}}," + toPartner("") + ")");
    assertEquals("ready", browser.string("window.result.data"));
  }

  /** The partner checks out: its call must reach the parent's function, and nothing else. */
  private void assertThePartnersCallReachesTheParentOnly(Browser browser) {
    Windows2.settle(browser, "postRobot.send(frames[0],'checkout',null," + toPartner(",timeout:5000") + ")");
    browser.run("window.later=Date.now()+300;");
    browser.waitFor("Date.now() > window.later");

    assertEquals(null, browser.eval("window.failure && window.failure.message"));
    assertEquals("paid by the parent", browser.string("window.result.data"));
    assertEquals(CARD, browser.string("window.paid.join()"));
    assertEquals("", browser.string("window.stolen.join()"));
  }

  @CrossBrowser
  void aRelayedHandleCarryingTheParentsIdsDoesNotTakeOverTheParentsCallback(Browser browser) {
    openCheckout(browser, "");

    attack(browser, "hostile.relayParentIds(parent,'relay','pay',done);");

    assertThePartnersCallReachesTheParentOnly(browser);
  }

  /**
   * Ids cannot be guessed, but one may leak (here the partner hands the id of the parent's
   * function to the hostile frame): a relayed handle carrying it still takes nothing over.
   */
  @CrossBrowser
  void aRelayedHandleCarryingALeakedIdDoesNotTakeOverTheParentsCallback(Browser browser) {
    openCheckout(browser, "window.parent.frames[1].postMessage({leaked:e.data.pay.__id__},'*');");

    attack(browser, "var wait=setInterval(function(){if(hostile.leaked.length){clearInterval(wait);"
        + "hostile.relayHandles(parent,'relay',hostile.leaked,'pay',done);}},10);");

    assertThePartnersCallReachesTheParentOnly(browser);
  }

  @CrossBrowser
  void aRelayedWindowCarryingThePartnersNextIdsDoesNotStandInForThePartnersWindow(Browser browser) {
    origins.b().page("/inner.html", Html.page(""));
    origins.b().page("/next.html", Html.page(Html.inline("window.parent.arrived=location.search;")));
    open(browser,
        "postRobot.on('relay',function(e){return postRobot.send(frames[0],'note',e.data,"
            + toPartner("") + ").then(function(){return 'relayed';});});",
        "var inner=document.createElement('iframe');inner.src='/inner.html';"
            + "document.body.appendChild(inner);"
            + "postRobot.on('note',function(e){return 'noted';});"
            + "postRobot.on('give',function(){return {win:frames[0]};});");
    Windows2.settle(browser, "postRobot.send(frames[0],'note',null," + toPartner("") + ")");

    attack(browser, "hostile.claimPartnerWindowIds(parent,parent.frames[0],'relay',200,done);");
    // the parent sends the partner's frame (a window the partner sent it) where the checkout goes
    Windows2.settle(browser, "postRobot.send(frames[0],'give',null," + toPartner(",timeout:5000") + ")"
        + ".then(function(r){return r.data.win.setLocation('/next.html?token=secret');})");

    assertEquals(null, browser.eval("window.failure && window.failure.message"));
    assertEquals("", browser.string("window.stolen.join()"));
    browser.switchToFrame("#partner");
    browser.waitFor("window.arrived === '?token=secret'");
  }
}

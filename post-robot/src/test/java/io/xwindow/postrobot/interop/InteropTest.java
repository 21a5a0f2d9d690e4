package io.xwindow.postrobot.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.postrobot.error.ErrorCode;
import io.xwindow.postrobot.wire.EnvelopeKey;
import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Globals;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.Origins;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Our {@code post-robot.js} against the published post-robot releases, in every engine across two
 * origins, in every {@link Direction}: our parent sending to their child frame and theirs to ours,
 * and a child frame sending to its parent ({@code postRobot.send(window.parent, ...)}), theirs to
 * our parent and ours to theirs. Each scenario runs for every pairing ({@link EveryPairing}); a
 * failure names its release and direction. The releases are fetched with {@code npm pack} on
 * first use (see {@link io.xwindow.testkit.NpmPackage}), so the first run needs the npm registry.
 */
class InteropTest {
  @RegisterExtension static Origins origins = new Origins();

  private static void everyPairing(Browser browser, EveryPairing.Scenario scenario) {
    EveryPairing.run(browser, origins, scenario);
  }

  @Test
  @Tag(Lane.NODE)
  void everyPublishedBuildSpeaksAKeyWeSayHelloIn() throws Exception {
    for (PublishedPostRobot release : PublishedPostRobot.values()) {
      String build = Files.readString(release.build());
      assertTrue(build.contains("\"" + release.key + "\""), release + " speaks " + release.key);
      java.util.List<String> helloKeys = EnvelopeKey.helloKeys(java.util.List::of);
      assertTrue(helloKeys.contains(release.key),
          release + ": a window running it hears our first hello only in " + release.key);
    }
  }

  @CrossBrowser
  void everyPublishedBuildDefinesTheGlobalPostRobot(Browser browser) {
    for (PublishedPostRobot release : PublishedPostRobot.values()) {
      origins.a().script("/published.js", release.build());
      assertTrue(Globals.addedBy(browser, origins.a(), "/published.js").contains("postRobot"),
          release + " " + PublishedPostRobot.BROWSER_BUILD);
    }
  }

  @CrossBrowser
  void requestAndResponseCarryNestedData(Browser browser) {
    everyPairing(browser, pair -> {
      pair.open("postRobot.on('echo',function(e){var d=e.data;return {got:d,checks:{"
          + "origin:e.origin,fromSender:e.source===" + pair.senderWindow() + ","
          + "isDate:d.when instanceof Date,time:d.when.getTime(),"
          + "undefinedDropped:!('gone' in d.nested),"
          + "types:[typeof d.n,typeof d.s,typeof d.t,d.nil===null,Array.isArray(d.list)].join()},"
          + "back:{when:new Date(1600000000000),nothing:undefined,list:[0,'one',{two:[2,null]}]}};});");

      pair.settle(pair.send("echo", "{n:1.5,neg:-7,s:'text \\u00e9\"',t:true,f:false,nil:null,"
          + "when:new Date(1600000000000),list:[1,'two',{three:[3,null,false]}],"
          + "nested:{deep:{deeper:{value:'x'}},gone:undefined}}"));

      pair.assertSucceeded();
      assertEquals("{\"origin\":\"" + pair.senderOrigin() + "\",\"fromSender\":true,"
              + "\"isDate\":true,\"time\":1600000000000,\"undefinedDropped\":true,"
              + "\"types\":\"number,string,boolean,true,true\"}",
          pair.string("JSON.stringify(window.result.data.checks)"), "as the receiver saw it");
      assertEquals("{\"n\":1.5,\"neg\":-7,\"s\":\"text \u00e9\\\"\",\"t\":true,\"f\":false,"
              + "\"nil\":null,\"when\":\"2020-09-13T12:26:40.000Z\","
              + "\"list\":[1,\"two\",{\"three\":[3,null,false]}],"
              + "\"nested\":{\"deep\":{\"deeper\":{\"value\":\"x\"}}}}",
          pair.string("JSON.stringify(window.result.data.got)"), "echoed back");
      assertEquals(true, pair.eval("window.result.data.got.when instanceof Date"));
      assertEquals(true, pair.eval("window.result.data.back.when instanceof Date"));
      assertEquals(1.6e12, pair.number("window.result.data.back.when.getTime()"));
      assertEquals(false, pair.eval("'nothing' in window.result.data.back"));
      assertEquals("[0,\"one\",{\"two\":[2,null]}]",
          pair.string("JSON.stringify(window.result.data.back.list)"));
      assertEquals(pair.receiverOrigin(), pair.string("window.result.origin"));
      assertEquals(true, pair.eval("window.result.source === " + pair.receiverWindow()));
    });
  }

  @CrossBrowser
  void handlerErrorArrivesWithMessageAndCode(Browser browser) {
    everyPairing(browser, pair -> {
      pair.open("postRobot.on('pay',function(){var e=new Error('Card declined');"
          + "e.code='CARD_DECLINED';throw e;});");

      pair.settle(pair.send("pay", "{amount:5}"));

      assertNull(pair.eval("window.result"));
      assertEquals(true, pair.eval("window.failure instanceof Error"));
      assertEquals("Card declined", pair.string("window.failure.message"));
      assertEquals("CARD_DECLINED", pair.string("window.failure.code"));
      assertTrue(pair.string("window.failure.stack").startsWith("Error: Card declined"),
          "the receiver's stack first: " + pair.string("window.failure.stack"));
    });
  }

  @CrossBrowser
  void noHandlerIsAnError(Browser browser) {
    everyPairing(browser, pair -> {
      pair.open("postRobot.on('other',function(){return 1;});");

      pair.settle(pair.send("nobodyListens", "{}"));

      assertNull(pair.eval("window.result"));
      String message = pair.string("window.failure.message");
      assertTrue(message.startsWith(
              "No handler found for post message: nobodyListens from " + pair.senderOrigin()),
          message);
      if (pair.ourSender()) {
        assertEquals(ErrorCode.NO_HANDLER, pair.string("window.failure.code"));
      }
    });
  }

  @CrossBrowser
  void receiverCallsAFunctionItWasSent(Browser browser) {
    everyPairing(browser, pair -> {
      pair.open("postRobot.on('double',function(e){"
          + "return e.data.twice(21,{unit:'kg'}).then(function(r){return 'got '+r;});});");

      pair.settle(pair.send("double",
          "{twice:function(x,o){window.calledWith=[x,o.unit,location.origin].join();"
              + "return (x*2)+o.unit;}}"));

      pair.assertSucceeded();
      assertEquals("got 42kg", pair.string("window.result.data"));
      assertEquals("21,kg," + pair.senderOrigin(), pair.string("window.calledWith"),
          "ran in the sender's window");
    });
  }

  @CrossBrowser
  void senderCallsAFunctionItWasAnswered(Browser browser) {
    everyPairing(browser, pair -> {
      pair.open("postRobot.on('session',function(e){return {user:e.data.user,"
          + "logout:function(who){return 'bye '+who+' from '+location.origin;}};});");

      pair.settle(pair.send("session", "{user:'Ann'}")
          + ".then(function(r){return r.data.logout(r.data.user);})");

      pair.assertSucceeded();
      assertEquals("bye Ann from " + pair.receiverOrigin(), pair.string("window.result"));
    });
  }

  @CrossBrowser
  void asyncHandlerAnswersWhenItsPromiseResolves(Browser browser) {
    everyPairing(browser, pair -> {
      pair.open("postRobot.on('slow',function(e){return new Promise(function(resolve){"
          + "setTimeout(function(){resolve({twice:e.data*2});},300);});});");

      pair.settle("(function(){var start=Date.now();return " + pair.send("slow", "21")
          + ".then(function(r){return {twice:r.data.twice,waited:Date.now()-start};});})()");

      pair.assertSucceeded();
      assertEquals(42.0, pair.number("window.result.twice"));
      assertTrue(pair.number("window.result.waited") >= 300, "answered once resolved");
    });
  }

  @CrossBrowser
  void domainFiltersAcceptAndRefuse(Browser browser) {
    everyPairing(browser, pair -> {
      pair.open("window.opened=0;"
          + "postRobot.on('forSender',{domain:'" + pair.senderOrigin() + "'},"
          + "function(){return 'accepted';});"
          + "postRobot.on('forThird',{domain:'" + pair.thirdOrigin() + "'},"
          + "function(){return 'wrongly accepted';});"
          + "postRobot.on('open',function(){window.opened++;return 'open';});"
          + "postRobot.on('opened',function(){return window.opened;});");

      pair.settle(pair.send("forSender", "{}"));
      pair.assertSucceeded();
      assertEquals("accepted", pair.string("window.result.data"));

      pair.settle(pair.send("forThird", "{}"));
      assertNull(pair.eval("window.result"), "a listener for a third origin refuses");
      String refusal = pair.string("window.failure.message");
      assertTrue(refusal.startsWith("No handler found for post message: forThird"), refusal);
      if (pair.ourSender()) {
        assertEquals(ErrorCode.NO_HANDLER, pair.string("window.failure.code"));
      }

      pair.settle(pair.send("open", "{}", "{domain:'" + pair.thirdOrigin() + "',timeout:1000}"));
      assertNull(pair.eval("window.result"), "a sender's wrong domain fails");
      if (pair.ourSender()) {
        assertEquals(ErrorCode.DOMAIN_MISMATCH, pair.string("window.failure.code"));
      } else {
        // post-robot posts with the wrong targetOrigin; the browser drops it (silently, in
        // Chromium, for a frame in another process) and the send times out.
        assertTrue(pair.string("window.failure.message").startsWith("No response for postMessage open"),
            pair.string("window.failure.message"));
      }
      pair.settle(pair.send("opened", "{}"));
      pair.assertSucceeded();
      assertEquals(0.0, pair.number("window.result.data"), "the receiver never ran it");
    });
  }

  @CrossBrowser(
      cannot =
          @Cannot(
              engine = Engine.HTMLUNIT,
              why = "HtmlUnit fails inside its own code (\"No Context associated with current"
                  + " Thread\") when a page sends while the other loads"))
  void aRequestSentAsTheSendersPageLoadsIsAnswered(Browser browser) {
    // A parent that asks before its frame has loaded, a child that says it is ready at once.
    everyPairing(browser, pair -> {
      pair.open("postRobot.on('ready',function(e){return 'welcome '+e.data.step;});",
          "window.asked=" + pair.send("ready", "{step:'one'}") + ";");

      pair.settle("window.asked");

      pair.assertSucceeded();
      assertEquals("welcome one", pair.string("window.result.data"));
      assertEquals(pair.receiverOrigin(), pair.string("window.result.origin"));
    });
  }

  @CrossBrowser
  void hundredConcurrentRequestsAreAllAnswered(Browser browser) {
    everyPairing(browser, pair -> {
      pair.open("postRobot.on('square',function(e){return {i:e.data.i,square:e.data.i*e.data.i};});");

      pair.settle("(function(){var all=[];for(var i=0;i<100;i++){all.push("
          + pair.send("square", "{i:i}") + ".then(function(r){return r.data;}));}"
          + "return Promise.all(all);})()");

      pair.assertSucceeded();
      assertEquals(100.0, pair.number("window.result.length"));
      assertEquals(true, pair.eval("window.result.every(function(r,i){"
          + "return r.i===i&&r.square===i*i;})"), "each answer to its own request");
    });
  }
}

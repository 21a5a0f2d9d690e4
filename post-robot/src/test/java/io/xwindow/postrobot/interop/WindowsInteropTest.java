package io.xwindow.postrobot.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Windows inside data against the published post-robot releases, in every {@link Direction} (as
 * post-robot 10 does with itself): a window sent by one side arrives on the other as a {@code
 * ProxyWindow}, whose methods act on it across, which matches the real window, and to which a send
 * then goes.
 */
class WindowsInteropTest {
  @RegisterExtension static Origins origins = new Origins();

  /**
   * What the side that got a proxy {@code w} for {@code real} reports, as a promise. post-robot
   * 10.0.44 cannot send to a proxy (its send takes windows only; 10.0.46 added proxies): there,
   * {@code theirs10044} sends to {@code w.unwrap()}, the window the match bound.
   */
  private static String probe(String real, String then, boolean theirs10044) {
    String target = theirs10044 ? "w.unwrap()" : "w";
    return "var out={};"
        + "return w.isClosed().then(function(c){out.closed=c;return w.getType();})"
        + ".then(function(t){out.type=t;return w.getInstanceID();})"
        + ".then(function(i){out.instance=typeof i;return w.matchWindow(" + real + ",{send:postRobot.send});})"
        + ".then(function(m){out.match=m;return postRobot.send(" + target + ",'" + then + "');})"
        + ".then(function(r){out.answer=r.data;return JSON.stringify(out);});";
  }

  private static boolean old(Pairing pair) {
    return pair.release == PublishedPostRobot.POST_ROBOT_10_0_44;
  }

  @CrossBrowser
  void aWindowSentInARequestArrivesAsAProxyWindow(Browser browser) {
    EveryPairing.run(browser, origins, pair -> {
      pair.open("postRobot.on('take',function(e){var w=e.data.win;"
          + probe(pair.senderWindow(), "ping", old(pair) && pair.ourSender()) + "});");

      pair.settle("(postRobot.on('ping',function(){return 'pong';}),"
          + pair.send("take", "{win:window}") + ")");

      pair.assertSucceeded();
      assertEquals("{\"closed\":false,\"type\":\"iframe\",\"instance\":\"string\",\"match\":true,"
          + "\"answer\":\"pong\"}", pair.string("window.result.data"), pair.toString());
    });
  }

  @CrossBrowser
  void aWindowSentInAnAnswerArrivesAsAProxyWindow(Browser browser) {
    EveryPairing.run(browser, origins, pair -> {
      pair.open("postRobot.on('give',function(){return {win:window};});"
          + "postRobot.on('ping',function(){return 'pong from the receiver';});");

      pair.settle(pair.send("give", "{}") + ".then(function(r){var w=r.data.win;"
          + probe(pair.receiverWindow(), "ping", old(pair) && !pair.ourSender()) + "})");

      pair.assertSucceeded();
      assertEquals("{\"closed\":false,\"type\":\"iframe\",\"instance\":\"string\",\"match\":true,"
          + "\"answer\":\"pong from the receiver\"}", pair.string("window.result"), pair.toString());
    });
  }
}

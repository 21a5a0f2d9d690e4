package io.xwindow.postrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Origins;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Whatever other windows post, post-robot's listener lets no error into the page, pollutes no
 * prototype, handles a message id once, and keeps working. Any script error on either page fails
 * these tests ({@link Origins}).
 */
class RobustnessTest {
  private static final String HTMLUNIT_FAILS_INSIDE =
      "HtmlUnit's script engine fails inside its own message dispatch (errors without a message)"
          + " on some of the random messages that the real engines decode and ignore";

  @RegisterExtension static Origins origins = new Origins();

  private static Path garbageScript() {
    try {
      return Path.of(RobustnessTest.class.getResource("garbage.js").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void open(Browser browser) {
    origins.a().file("/garbage.js", garbageScript(), "text/javascript");
    origins.b().file("/garbage.js", garbageScript(), "text/javascript");
    Windows2.open(browser, origins.a(),
        "document.write('<script src=/garbage.js><\\/script>');"
            + "window.calls=0;postRobot.on('echo',function(e){window.calls++;return e.data;});",
        origins.b(),
        "document.write('<script src=/garbage.js><\\/script>');"
            + "window.calls=0;postRobot.on('echo',function(e){window.calls++;return e.data;});"
            + "postRobot.on('flood',function(e){var g=garbage(e.data.seed,e.data.count);"
            + "for(var i=0;i<g.length;i++){window.parent.postMessage(g[i],'*');}"
            + "return {calls:window.calls,polluted:({}).polluted,protoKeys:Object.keys(Object.prototype).length};});");
  }

  /** JavaScript that delivers {@code data} to the page as a message from {@code source}. */
  private static String dispatch(String data, String source) {
    return "window.dispatchEvent(new MessageEvent('message',{data:" + data + ",origin:'"
        + origins.b().origin() + "',source:" + source + "}));";
  }

  private static String toChild() {
    return "{domain:'" + origins.b().origin() + "'}";
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = HTMLUNIT_FAILS_INSIDE))
  void garbageAcrossOriginsBothWaysLeavesBothPagesWorking(Browser browser) {
    open(browser);

    // the parent floods the child, and asks the child to flood the parent
    browser.run("var g=garbage(1,3000);for(var i=0;i<g.length;i++){frames[0].postMessage(g[i],'*');}");
    Windows2.settle(browser, "postRobot.send(frames[0],'flood',{seed:2,count:3000}," + toChild().replace("}", ",timeout:30000}") + ")");

    assertEquals(null, browser.eval("window.failure && window.failure.message"));
    assertEquals(null, browser.eval("window.result.data.polluted"));
    assertEquals(0.0, browser.number("window.result.data.protoKeys"));
    assertEquals(null, browser.eval("({}).polluted"));
    assertEquals(0.0, browser.number("Object.keys(Object.prototype).length"));
    Windows2.settle(browser, "postRobot.send(frames[0],'echo',{still:'works'}," + toChild() + ")");
    assertEquals("works", browser.string("window.result.data.still"));
  }

  /**
   * 100,000 random and mutated messages through the shipped decoding code: dispatched as message
   * events on the page, from the real child window, so every path of the listener runs.
   */
  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = HTMLUNIT_FAILS_INSIDE))
  void fuzzesTheListenerWithAHundredThousandMessages(Browser browser) {
    open(browser);

    browser.run("window.fuzzed=0;(function(){var frame=frames[0];"
        + "for(var round=0;round<10;round++){var g=garbage(100+round,10000);"
        + "for(var i=0;i<g.length;i++){" + dispatch("g[i]", "frame") + "window.fuzzed++;}}})();");

    assertEquals(100020.0, browser.number("window.fuzzed"));
    assertEquals(null, browser.eval("({}).polluted"));
    Windows2.settle(browser, "postRobot.send(frames[0],'echo',{still:'works'}," + toChild() + ")");
    assertEquals("works", browser.string("window.result.data.still"));
  }

  @CrossBrowser
  void aMessageDeliveredTwiceIsHandledOnce(Browser browser) {
    open(browser);
    String request = "'{\"__post_robot_10_0_46__\":[{\"id\":\"uid_twice\",\"origin\":\"x\","
        + "\"type\":\"postrobot_message_request\",\"hash\":\"echo_uid_1\",\"name\":\"echo\","
        + "\"data\":1,\"fireAndForget\":true}]}'";

    browser.run("for(var i=0;i<3;i++){" + dispatch(request, "frames[0]") + "}");
    browser.waitFor("window.calls === 1");
    Windows2.settle(browser, "new Promise(function(r){setTimeout(r,100);})");

    assertEquals(1.0, browser.number("window.calls"));
  }

  @CrossBrowser
  void strayAcksAndResponsesAreIgnoredQuietly(Browser browser) {
    open(browser);
    String stray = "'{\"__post_robot_10_0_46__\":[{\"id\":\"uid_a\",\"origin\":\"x\","
        + "\"type\":\"postrobot_message_ack\",\"hash\":\"nobody_waits\",\"name\":\"n\"},"
        + "{\"id\":\"uid_r\",\"origin\":\"x\",\"type\":\"postrobot_message_response\","
        + "\"hash\":\"nobody_waits\",\"name\":\"n\",\"ack\":\"success\",\"data\":1}]}'";

    browser.run("frames[0].postMessage(" + stray + ",'*');window.postMessage(" + stray + ",'*');");
    Windows2.settle(browser, "postRobot.send(frames[0],'echo','after'," + toChild() + ")");

    assertEquals("after", browser.string("window.result.data"));
  }

  @CrossBrowser(
      cannot =
          @Cannot(
              engine = Engine.WEBKIT,
              why = "WebKit refuses the window of a removed frame as the source of a "
                  + "MessageEvent the test makes (TypeError), so the message from a closed "
                  + "window cannot be forged there"))
  void requestsFromAClosedWindowAreIgnored(Browser browser) {
    open(browser);
    String request = "'{\"__post_robot_10_0_46__\":[{\"id\":\"uid_closed\",\"origin\":\"x\","
        + "\"type\":\"postrobot_message_request\",\"hash\":\"echo_uid_2\",\"name\":\"echo\","
        + "\"data\":1,\"fireAndForget\":false}]}'";

    browser.run("var f=document.getElementById('child');var w=f.contentWindow;f.parentNode.removeChild(f);"
        + dispatch(request, "w"));
    Windows2.settle(browser, "new Promise(function(r){setTimeout(r,100);})");

    assertEquals(0.0, browser.number("window.calls"));
  }
}

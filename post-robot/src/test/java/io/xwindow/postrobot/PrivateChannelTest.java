package io.xwindow.postrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two xwindow windows, once their hellos are exchanged, talk on a private MessageChannel: no
 * more post-robot strings cross {@code window.postMessage} between them, and everything still
 * works, errors and functions included.
 */
class PrivateChannelTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String NO_PORTS =
      "HtmlUnit cannot carry a MessagePort between windows: there, messages stay on postMessage";

  /** Counts post-robot strings that reach a window by window.postMessage. */
  private static final String COUNT_WINDOW_MESSAGES =
      "window.windowMessages=0;window.addEventListener('message',function(e){"
          + "if(typeof e.data==='string'&&e.data.indexOf('{\"__post_robot_')===0){window.windowMessages++;}});";

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_PORTS))
  void requestsMoveToAPrivateChannelAfterTheHandshake(Browser browser) {
    Windows2.open(browser, origins.a(), COUNT_WINDOW_MESSAGES, origins.b(),
        COUNT_WINDOW_MESSAGES
            + "postRobot.on('echo',function(e){return e.data;});"
            + "postRobot.on('fail',function(){throw new Error('on the channel');});"
            + "postRobot.on('call',function(e){return e.data.fn(2);});"
            + "postRobot.on('count',function(){return window.windowMessages;});");
    String toChild = "{domain:'" + origins.b().origin() + "'}";
    Windows2.settle(browser, "postRobot.send(frames[0],'echo','first'," + toChild + ")");
    assertEquals("first", browser.string("window.result.data"));
    Windows2.settle(browser, "postRobot.send(frames[0],'count',null," + toChild + ")");
    double childBefore = browser.number("window.result.data");
    double parentBefore = browser.number("window.windowMessages");

    Windows2.settle(browser, "(function(){var all=[];for(var i=0;i<50;i++){all.push("
        + "postRobot.send(frames[0],'echo',i," + toChild + ").then(function(r){return r.data;}));}"
        + "return Promise.all(all);})()");
    assertEquals(49.0, browser.number("window.result[49]"));
    Windows2.settle(browser, "postRobot.send(frames[0],'fail',null," + toChild + ")");
    assertEquals("on the channel", browser.string("window.failure.message"));
    Windows2.settle(browser, "postRobot.send(frames[0],'call',{fn:function(x){return x*21;}}," + toChild + ")");
    assertEquals(42.0, browser.number("window.result.data"));
    Windows2.settle(browser, "postRobot.send(frames[0],'count',null," + toChild + ")");

    assertEquals(childBefore, browser.number("window.result.data"), "no window message reached the child");
    assertEquals(parentBefore, browser.number("window.windowMessages"), "none reached the parent");
  }

  /**
   * Records, in {@code window.posted}, the shape of each envelope this window posts on a port:
   * for each message, its type and its fields, as {@code type:field,field,...}, messages joined
   * by {@code |}. Empty handshake envelopes (strings) are left out.
   */
  private static final String RECORD_PORT_POSTS =
      "window.posted=[];var portPost=MessagePort.prototype.postMessage;"
          + "MessagePort.prototype.postMessage=function(m){if(m&&typeof m==='object'){"
          + "var k=Object.keys(m)[0];window.posted.push(m[k].map(function(x){"
          + "return x.type.replace('postrobot_message_','')+':'+Object.keys(x).sort().join(',');})"
          + ".join('|'));}return portPost.apply(this,arguments);};";

  /**
   * On the channel, only xwindow windows read: an answer given at once goes without its
   * acknowledgement (the answer acknowledges), and no message carries what no xwindow reads
   * ({@code origin}, a false {@code fireAndForget}, a success's undefined {@code error}). An
   * answer that waits, or a throw, still has its acknowledgement go first; a failure keeps its
   * error.
   */
  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_PORTS))
  void messagesOnTheChannelCarryOnlyWhatXwindowReads(Browser browser) {
    Windows2.open(browser, origins.a(), RECORD_PORT_POSTS, origins.b(),
        RECORD_PORT_POSTS
            + "postRobot.on('echo',function(e){return e.data;});"
            + "postRobot.on('later',function(e){return new Promise(function(r){"
            + "setTimeout(function(){r(e.data);},20);});});"
            + "postRobot.on('fail',function(){throw new Error('on the channel');});"
            + "postRobot.on('clear',function(){window.posted=[];return null;});"
            + "postRobot.on('posted',function(){return window.posted.slice();});");
    String toChild = "{domain:'" + origins.b().origin() + "'}";
    Windows2.settle(browser, "postRobot.send(frames[0],'echo','first'," + toChild + ")");
    Windows2.settle(browser, "postRobot.send(frames[0],'echo','second'," + toChild + ")");
    assertEquals("second", browser.string("window.result.data"));
    assertEquals("request:data,hash,id,name,type",
        browser.string("window.posted[window.posted.length-1]"), "the parent's request");

    Windows2.settle(browser, "postRobot.send(frames[0],'clear',null," + toChild + ")");
    Windows2.settle(browser, "postRobot.send(frames[0],'echo','third'," + toChild + ")");
    Windows2.settle(browser, "postRobot.send(frames[0],'later','fourth'," + toChild + ")");
    assertEquals("fourth", browser.string("window.result.data"));
    Windows2.settle(browser, "postRobot.send(frames[0],'fail',null," + toChild + ")");
    assertEquals("on the channel", browser.string("window.failure.message"));
    Windows2.settle(browser, "postRobot.send(frames[0],'posted',null," + toChild + ")");

    assertEquals(
        "response:ack,data,hash,id,name,type"
            + " ; response:ack,data,hash,id,name,type"
            + " ; ack:hash,id,name,type"
            + " ; response:ack,data,hash,id,name,type"
            + " ; ack:hash,id,name,type"
            + " ; response:ack,data,error,hash,id,name,type",
        browser.string("window.result.data.join(' ; ')"),
        "the child's answers to clear, echo, later and fail (those two: ack, then answer)");
  }

  /**
   * A request to a window known to run post-robot asks whether the window closed once, as it is
   * made, not again as its batch leaves: each such question to a cross-origin window costs
   * microseconds. (A same-origin frame here, so that the page can count the questions.)
   */
  @CrossBrowser(
      cannot =
          @Cannot(
              engine = Engine.HTMLUNIT,
              why = "HtmlUnit does not let a page redefine a frame's closed, which counts the reads"))
  void aRequestToAKnownWindowAsksOnceWhetherItClosed(Browser browser) {
    Windows2.open(browser, origins.a(), "", origins.a(),
        "postRobot.on('echo',function(e){return e.data;});");
    Windows2.settle(browser, "postRobot.send(frames[0],'echo','first')");
    Windows2.settle(browser, "postRobot.send(frames[0],'echo','second')"); // on the channel now
    browser.run("window.closedReads=0;var w=frames[0];"
        + "var closed=Object.getOwnPropertyDescriptor(w,'closed').get;"
        + "Object.defineProperty(w,'closed',{configurable:true,"
        + "get:function(){window.closedReads++;return closed.call(w);}});");

    Windows2.settle(browser, "(function(){var n=0;function one(){"
        + "return postRobot.send(frames[0],'echo',n).then(function(){"
        + "return ++n<20?one():window.closedReads;});}return one();})()");

    double reads = browser.number("window.result");
    // 20, and a sweep for closed windows may have found one of them waiting
    assertTrue(reads >= 20 && reads <= 22, "reads of closed for 20 requests: " + reads);
  }

  /**
   * The frame navigates, on the same origin, to a page that runs post-robot 10, which cannot
   * use a channel: the channel to the page before is dead, and messages go by postMessage again.
   */
  @CrossBrowser
  void aFrameThatNavigatesAwayLeavesTheChannel(Browser browser) {
    origins.b().script("/post-robot-10.js",
        io.xwindow.testkit.NpmPackage.published("post-robot@10.0.46").file("dist/post-robot.min.js"));
    origins.b().page("/post-robot-10.html", io.xwindow.testkit.Html.page(
        io.xwindow.testkit.Html.script("/post-robot-10.js")
            + io.xwindow.testkit.Html.inline("postRobot.on('echo',function(e){return 'v10 '+e.data;});")));
    Windows2.open(browser, origins.a(), "", origins.b(), "postRobot.on('echo',function(e){return e.data;});");
    String toChild = "{domain:'" + origins.b().origin() + "',timeout:3000}";
    Windows2.settle(browser, "postRobot.send(frames[0],'echo','before'," + toChild + ")");
    assertEquals("before", browser.string("window.result.data"));

    browser.run("window.childLoaded=false;document.getElementById('child').src='"
        + origins.b().url("/post-robot-10.html") + "';");
    browser.waitFor("window.childLoaded === true");
    Windows2.settle(browser, "postRobot.send(frames[0],'echo','after'," + toChild + ")");

    assertEquals(null, browser.eval("window.failure && window.failure.message"));
    assertEquals("v10 after", browser.string("window.result.data"));
  }
}

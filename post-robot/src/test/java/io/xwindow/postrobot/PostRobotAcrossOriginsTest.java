package io.xwindow.postrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.postrobot.error.ErrorCode;
import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.Site;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * post-robot between a parent page on one origin and its frame on another, both running our
 * bundle, in every engine.
 */
class PostRobotAcrossOriginsTest {
  @RegisterExtension static Origins origins = new Origins();

  private Site parent() {
    return origins.a();
  }

  private Site child() {
    return origins.b();
  }

  private void open(Browser browser, String childScript) {
    Windows2.open(browser, parent(), "", child(), childScript);
  }

  private static String send(String name, String data, String options) {
    return "postRobot.send(frames[0],'" + name + "'," + data + "," + options + ")";
  }

  private String toChild() {
    return "{domain:'" + child().origin() + "'}";
  }

  @CrossBrowser
  void answersARequestWithDataOriginAndSource(Browser browser) {
    open(browser,
        "postRobot.on('getUser',function(e){return {name:'Ann',id:e.data.id,from:e.origin,"
            + "fromParent:e.source===window.parent};});");

    Windows2.settle(browser, send("getUser", "{id:42}", toChild()));

    assertEquals("Ann", browser.string("window.result.data.name"));
    assertEquals(42.0, browser.number("window.result.data.id"));
    assertEquals(parent().origin(), browser.string("window.result.data.from"));
    assertEquals(true, browser.eval("window.result.data.fromParent"));
    assertEquals(child().origin(), browser.string("window.result.origin"));
    assertEquals(true, browser.eval("window.result.source === frames[0]"));
  }

  @CrossBrowser
  void childAsksItsParent(Browser browser) {
    Windows2.open(browser, parent(), "postRobot.on('whoAmI',function(e){return 'you are '+e.origin;});",
        child(),
        "window.asked=postRobot.send(window.parent,'whoAmI',{},{domain:'" + parent().origin() + "'});"
            + "postRobot.on('report',function(){return window.asked.then(function(r){"
            + "return r.data+'|'+r.origin+'|'+(r.source===window.parent);});});");

    Windows2.settle(browser, send("report", "{}", toChild()));

    assertEquals("you are " + child().origin() + "|" + parent().origin() + "|true",
        browser.string("window.result.data"));
  }

  @CrossBrowser
  void asyncHandlerAnswersLater(Browser browser) {
    open(browser,
        "postRobot.on('slow',function(e){return new Promise(function(r){"
            + "setTimeout(function(){r(e.data*2);},50);});});");

    Windows2.settle(browser, send("slow", "21", toChild()));

    assertEquals(42.0, browser.number("window.result.data"));
  }

  @CrossBrowser
  void handlerErrorRejectsWithItsMessageCodeAndStack(Browser browser) {
    open(browser,
        "postRobot.on('pay',function(){var e=new Error('Card declined');e.code='CARD_DECLINED';"
            + "throw e;});"
            + "postRobot.on('crash',function(){return Promise.reject(new Error('Nope'));});");

    Windows2.settle(browser, send("pay", "{}", toChild()));
    assertEquals("Card declined", browser.string("window.failure.message"));
    assertEquals("CARD_DECLINED", browser.string("window.failure.code"));
    String stack = browser.string("window.failure.stack");
    assertTrue(stack.contains("\n\n"), "the remote stack, then ours: " + stack);
    // in every engine, though only V8 starts its own stacks with the message
    assertTrue(stack.startsWith("Error: Card declined"), stack);
    assertEquals(true, browser.eval("window.failure instanceof Error"));

    Windows2.settle(browser, send("crash", "{}", toChild()));
    assertEquals("Nope", browser.string("window.failure.message"));
    assertEquals(ErrorCode.HANDLER_ERROR, browser.string("window.failure.code"));
  }

  @CrossBrowser
  void anEarlierFailedEncodeDoesNotChangeAnUnrelatedAnswer(Browser browser) {
    open(browser,
        "postRobot.on('fail',function(){"
            + "var loop={};loop.self=loop;"
            + "postRobot.send(window.parent,'x',loop).catch(function(e){window.refused=e.code;});"
            + "var e=new Error('Card declined');e.code='CARD_DECLINED';throw e;});"
            + "postRobot.on('deep',function(){var d={};for(var i=0;i<300;i++){d={d:d};}return d;});"
            + "postRobot.on('fine',function(){return 'fine';});"
            + "postRobot.on('refused',function(){return window.refused;});");

    Windows2.settle(browser, send("fail", "{}", toChild()));
    assertEquals("CARD_DECLINED", browser.string("window.failure.code"));
    Windows2.settle(browser, send("refused", "{}", toChild()));
    assertEquals(ErrorCode.BAD_VALUE, browser.string("window.result.data"));

    // A response that cannot be encoded fails that request alone; the next answer is whole.
    Windows2.settle(browser, send("deep", "{}", toChild()));
    assertEquals(ErrorCode.BAD_VALUE, browser.string("window.failure.code"));
    Windows2.settle(browser, send("fine", "{}", toChild()));
    assertEquals("fine", browser.string("window.result.data"));
  }

  @CrossBrowser
  void noHandlerIsATypedError(Browser browser) {
    open(browser, "");

    Windows2.settle(browser, send("nobodyListens", "{}", toChild()));

    assertEquals(ErrorCode.NO_HANDLER, browser.string("window.failure.code"));
    assertTrue(browser.string("window.failure.message")
        .startsWith("No handler found for post message: nobodyListens from " + parent().origin()));
  }

  @CrossBrowser
  void sendingToTheWrongDomainFailsFast(Browser browser) {
    open(browser, "postRobot.on('getUser',function(){return 'secret';});");

    Windows2.settle(browser, send("getUser", "{}", "{domain:'" + origins.c().origin() + "'}"));

    assertEquals(ErrorCode.DOMAIN_MISMATCH, browser.string("window.failure.code"));
    assertEquals(null, browser.eval("window.result"));
  }

  @CrossBrowser
  void listenerDomainFiltersWhoMayAsk(Browser browser) {
    String parentOrigin = parent().origin();
    open(browser,
        "postRobot.on('forThird',{domain:'" + origins.c().origin() + "'},function(){return 1;});"
            + "postRobot.on('forParent',{domain:'" + parentOrigin + "'},function(){return 2;});"
            + "postRobot.on('byArray',{domain:['http://nope.test','" + parentOrigin + "']},"
            + "function(){return 3;});"
            + "postRobot.on('byRegExp',{domain:/^http:\\/\\/127\\.0\\.0\\.1:\\d+$/},"
            + "function(){return 4;});");

    Windows2.settle(browser, send("forThird", "{}", toChild()));
    assertEquals(ErrorCode.DOMAIN_MISMATCH, browser.string("window.failure.code"));
    Windows2.settle(browser, send("forParent", "{}", toChild()));
    assertEquals(2.0, browser.number("window.result.data"));
    Windows2.settle(browser, send("byArray", "{}", toChild()));
    assertEquals(3.0, browser.number("window.result.data"));
    Windows2.settle(browser, send("byRegExp", "{}", toChild()));
    assertEquals(4.0, browser.number("window.result.data"));
  }

  @CrossBrowser
  void sendDomainMayBeAnArrayOrARegExp(Browser browser) {
    open(browser, "postRobot.on('ping',function(){return 'pong';});");

    Windows2.settle(browser, send("ping", "{}", "{domain:['http://x.test','" + child().origin() + "']}"));
    assertEquals("pong", browser.string("window.result.data"));
    Windows2.settle(browser, send("ping", "{}", "{domain:/^http:\\/\\/localhost:/}"));
    assertEquals("pong", browser.string("window.result.data"));
    Windows2.settle(browser, send("ping", "{}", "{domain:/^https:/}"));
    assertEquals(ErrorCode.DOMAIN_MISMATCH, browser.string("window.failure.code"));
  }

  @CrossBrowser
  void closedWindowIsATypedError(Browser browser) {
    open(browser, "postRobot.on('never',function(){return new Promise(function(){});});");

    browser.run("window.frame=frames[0];window.pending=" + send("never", "{}", toChild()) + ";");
    browser.waitFor("postRobot.stats().pending === 1");
    browser.run("window.ackSeen=false;");
    Windows2.settle(browser, "(function(){var p=window.pending;"
        + "setTimeout(function(){var f=document.getElementById('child');f.parentNode.removeChild(f);},300);"
        + "return p;})()");
    assertEquals(ErrorCode.WINDOW_CLOSED, browser.string("window.failure.code"));
    assertEquals("Window closed for never before response", browser.string("window.failure.message"));

    Windows2.settle(browser, "postRobot.send(window.frame,'never',{})");
    assertEquals(ErrorCode.WINDOW_CLOSED, browser.string("window.failure.code"));
    assertEquals("Can not send never. Target window is closed",
        browser.string("window.failure.message"));
  }

  @CrossBrowser
  void timeoutIsATypedError(Browser browser) {
    open(browser, "postRobot.on('never',function(){return new Promise(function(){});});");

    Windows2.settle(browser, send("never", "{}", "{domain:'" + child().origin() + "',timeout:300}"));

    assertEquals(ErrorCode.TIMEOUT, browser.string("window.failure.code"));
    assertTrue(browser.string("window.failure.message").startsWith("No response for postMessage never"));
  }

  @CrossBrowser
  void aFrameWithoutPostRobotIsNoAck(Browser browser) {
    child().page("/plain.html", io.xwindow.testkit.Html.page("no post-robot here"));
    open(browser, "");
    browser.run("var f=document.createElement('iframe');f.src='" + child().url("/plain.html")
        + "';f.onload=function(){window.plainLoaded=true;};document.body.appendChild(f);");
    browser.waitFor("window.plainLoaded === true");

    Windows2.settle(browser, "postRobot.send(frames[1],'hello',{},{timeout:500})");

    assertEquals(ErrorCode.NO_ACK, browser.string("window.failure.code"));
    assertEquals("Window did not load after 500ms", browser.string("window.failure.message"));
  }

  @CrossBrowser
  void functionsCrossBothWays(Browser browser) {
    open(browser,
        "postRobot.on('double',function(e){return e.data.twice(21);});"
            + "postRobot.on('session',function(){return {logout:function(who){return 'bye '+who;},"
            + "fail:function(){throw new Error('cannot');}};});");

    Windows2.settle(browser, send("double", "{twice:function(x){return x*2;}}", toChild()));
    assertEquals(42.0, browser.number("window.result.data"));

    Windows2.settle(browser, send("session", "{}", toChild()));
    browser.run("window.session=window.result.data;");
    Windows2.settle(browser, "window.session.logout('Ann')");
    assertEquals("bye Ann", browser.string("window.result"));

    Windows2.settle(browser, send("session", "{}", toChild()) + ".then(function(r){return r.data.fail();})");
    assertEquals("cannot", browser.string("window.failure.message"));
  }

  @CrossBrowser
  void promisesCrossAndSettleLater(Browser browser) {
    open(browser,
        "postRobot.on('later',function(){return {ok:new Promise(function(r){setTimeout(function(){"
            + "r('done');},50);}),bad:Promise.reject(new Error('no way'))};});");

    Windows2.settle(browser, send("later", "{}", toChild()) + ".then(function(r){"
        + "r.data.bad.catch(function(e){window.badMessage=e.message;});return r.data.ok;})");

    assertEquals("done", browser.string("window.result"));
    browser.waitFor("window.badMessage !== undefined");
    assertEquals("no way", browser.string("window.badMessage"));
  }

  @CrossBrowser
  void valuesKeepTheirTypes(Browser browser) {
    open(browser,
        "postRobot.on('echo',function(e){var d=e.data;return {"
            + "isDate:d.when instanceof Date,time:d.when.getTime(),"
            + "hasUndefinedKey:('gone' in d),slot:d.list[1]===undefined,length:d.list.length,"
            + "regex:d.re instanceof RegExp&&d.re.source,"
            + "error:d.err instanceof Error&&d.err.message,nested:d.a.b.c[0].d,"
            + "back:{when:d.when,nothing:undefined}};});");

    Windows2.settle(browser, send("echo",
        "{when:new Date(1600000000000),gone:undefined,list:[1,undefined,3],re:/ab+c/,"
            + "err:new Error('as value'),a:{b:{c:[{d:'deep'}]}}}", toChild()));

    assertEquals(true, browser.eval("window.result.data.isDate"));
    assertEquals(1.6e12, browser.number("window.result.data.time"));
    assertEquals(false, browser.eval("window.result.data.hasUndefinedKey"));
    assertEquals(true, browser.eval("window.result.data.slot"));
    assertEquals(3.0, browser.number("window.result.data.length"));
    assertEquals("ab+c", browser.string("window.result.data.regex"));
    assertEquals("as value", browser.string("window.result.data.error"));
    assertEquals("deep", browser.string("window.result.data.nested"));
    assertEquals(true, browser.eval("window.result.data.back.when instanceof Date"));
    assertEquals(false, browser.eval("'nothing' in window.result.data.back"));
  }

  @CrossBrowser
  void onceAnswersOnceAndCancelStopsListening(Browser browser) {
    open(browser,
        "window.first=postRobot.once('one',function(e){return 'only '+e.data;});"
            + "window.l=postRobot.on('two',function(){return 2;});"
            + "postRobot.on('cancelTwo',function(){window.l.cancel();return true;});");

    Windows2.settle(browser, send("one", "'me'", toChild()));
    assertEquals("only me", browser.string("window.result.data"));
    Windows2.settle(browser, send("one", "'again'", toChild()));
    assertEquals(ErrorCode.NO_HANDLER, browser.string("window.failure.code"));

    Windows2.settle(browser, send("two", "{}", toChild()));
    assertEquals(2.0, browser.number("window.result.data"));
    Windows2.settle(browser, send("cancelTwo", "{}", toChild()));
    Windows2.settle(browser, send("two", "{}", toChild()));
    assertEquals(ErrorCode.NO_HANDLER, browser.string("window.failure.code"));
  }

  @CrossBrowser
  void onceWithoutHandlerIsAPromiseOfTheRequest(Browser browser) {
    Windows2.open(browser, parent(),
        "window.fromChild=postRobot.once('fromChild');"
            + "window.cancelled=postRobot.once('never');window.cancelled.cancel();",
        child(),
        "postRobot.on('go',function(){return postRobot.send(window.parent,'fromChild','hi')"
            + ".then(function(r){return 'answered '+r.data;});});");

    Windows2.settle(browser, send("go", "{}", toChild()));
    assertEquals("answered undefined", browser.string("window.result.data"));

    Windows2.settle(browser, "window.fromChild");
    assertEquals("hi", browser.string("window.result.data"));
    assertEquals(child().origin(), browser.string("window.result.origin"));
    assertEquals(3.0, browser.number("postRobot.stats().listeners"), "only the built-in three are left");
  }

  @CrossBrowser
  void fireAndForgetResolvesAtOnceAndStillRuns(Browser browser) {
    open(browser,
        "postRobot.on('note',function(e){window.noted=e.data;});"
            + "postRobot.on('read',function(){return window.noted;});");

    Windows2.settle(browser, send("note", "'hi'", "{domain:'" + child().origin() + "',fireAndForget:true}"));
    assertEquals(null, browser.eval("window.result"));
    assertEquals(true, browser.eval("window.done"));
    Windows2.settle(browser, send("read", "{}", toChild()));
    assertEquals("hi", browser.string("window.result.data"));
  }

  @CrossBrowser
  void registeringTwiceThrowsATypedError(Browser browser) {
    open(browser, "");
    browser.run("postRobot.on('dup',function(){});"
        + "try{postRobot.on('dup',function(){});}catch(e){window.thrown=e;}"
        + "postRobot.on('dup',{window:frames[0]},function(){});");

    assertEquals(ErrorCode.BAD_ARGUMENT, browser.string("window.thrown.code"));
    assertEquals("Request listener already exists for dup on domain * for wildcard window",
        browser.string("window.thrown.message"));
  }

  @CrossBrowser
  void functionsHeldForAWindowAreReleasedWhenItCloses(Browser browser) {
    open(browser, "postRobot.on('keep',function(e){window.kept=e.data;return true;});");

    Windows2.settle(browser, send("keep", "{a:function(){},b:function(){}}", toChild()));
    assertEquals(2.0, browser.number("postRobot.stats().functions"));

    browser.run("var f=document.getElementById('child');f.parentNode.removeChild(f);");
    browser.waitFor("postRobot.stats().functions === 0");
    assertEquals(0.0, browser.number("postRobot.stats().pending"));
  }

  @CrossBrowser
  void cleanUpWindowReleasesAndFails(Browser browser) {
    open(browser, "postRobot.on('never',function(){return new Promise(function(){});});");

    Windows2.settle(browser, "(function(){var p=" + send("never", "{f:function(){}}", toChild())
        + ";setTimeout(function(){postRobot.cleanUpWindow(frames[0]);},200);return p;})()");

    assertEquals(ErrorCode.WINDOW_CLOSED, browser.string("window.failure.code"));
    assertEquals(0.0, browser.number("postRobot.stats().functions"));
  }

  @CrossBrowser
  void hundredConcurrentRequests(Browser browser) {
    open(browser, "postRobot.on('square',function(e){return e.data*e.data;});");

    Windows2.settle(browser, "(function(){var all=[];for(var i=0;i<100;i++){all.push("
        + send("square", "i", toChild()) + ".then(function(r){return r.data;}));}"
        + "return Promise.all(all);})()");

    assertEquals(100.0, browser.number("window.result.length"));
    assertEquals(99.0 * 99.0, browser.number("window.result[99]"));
    assertEquals(328350.0, browser.number("window.result.reduce(function(a,b){return a+b;},0)"));
  }

  @CrossBrowser
  void aListenerForOneWindowHearsOnlyThatWindow(Browser browser) {
    open(browser,
        "postRobot.on('mine',{window:window.parent},function(){return 'for you';});"
            + "postRobot.on('theirs',{window:[window]},function(){return 'not for you';});");

    Windows2.settle(browser, send("mine", "{}", toChild()));
    assertEquals("for you", browser.string("window.result.data"));
    Windows2.settle(browser, send("theirs", "{}", toChild()));
    assertEquals(ErrorCode.NO_HANDLER, browser.string("window.failure.code"));
  }

  @CrossBrowser
  void errorHandlerHearsAnAnswerThatCannotBeDelivered(Browser browser) {
    Windows2.open(browser, parent(),
        "postRobot.on('slow',{errorHandler:function(e){window.undelivered=e;}},function(){"
            + "window.asked=true;return new Promise(function(r){setTimeout(function(){r('late');},300);});});",
        child(),
        "postRobot.send(window.parent,'slow',{}).catch(function(){});");
    browser.waitFor("window.asked === true");

    browser.run("var f=document.getElementById('child');f.parentNode.removeChild(f);");
    browser.waitFor("window.undelivered !== undefined");

    assertEquals(ErrorCode.WINDOW_CLOSED, browser.string("window.undelivered.code"));
  }

  @CrossBrowser
  void malformedCallsAreTypedErrors(Browser browser) {
    open(browser, "");
    browser.run("window.thrown=[];[function(){postRobot.on(42,function(){});},"
        + "function(){postRobot.on('',function(){});},function(){postRobot.on('x',{},'no function');},"
        + "function(){postRobot.on('y',{domain:42},function(){});}].forEach(function(f){"
        + "try{f();window.thrown.push('none');}catch(e){window.thrown.push(e.code+':'+e.message);}});");

    assertEquals("BAD_ARGUMENT:Expected name,BAD_ARGUMENT:Expected name,BAD_ARGUMENT:Expected handler,"
        + "BAD_ARGUMENT:Expected domain to be a string, array, or regex",
        browser.string("window.thrown.join(',')"));
    Windows2.settle(browser, "postRobot.send(frames[0],42,{})");
    assertEquals(ErrorCode.BAD_ARGUMENT, browser.string("window.failure.code"));
    Windows2.settle(browser, "postRobot.send('not a window','x',{})");
    assertEquals(ErrorCode.BAD_ARGUMENT, browser.string("window.failure.code"));
    Windows2.settle(browser, "postRobot.send(frames[0],'x',{},{domain:42})");
    assertEquals(ErrorCode.BAD_ARGUMENT, browser.string("window.failure.code"));
  }
}

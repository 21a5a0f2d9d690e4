package io.xwindow.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The kit proves itself: code compiled from Java (the probe bundle) talks between two real
 * origins, and its origin and source checks hold against a third origin and a forging frame.
 */
class ProbeAcrossOriginsTest {
  @RegisterExtension static Origins origins = new Origins();

  private static String probe() {
    return Html.script("/bundles/probe.js");
  }

  private void serveChild(Site child, String trustedOrigin) {
    child.bundle("probe.js").page(
        "/child.html",
        Html.page(probe() + Html.inline("xwindowProbe.answer('" + trustedOrigin + "');")));
  }

  @CrossBrowser
  void iframeOnAnotherOriginAnswersThroughJavaCode(Browser browser) {
    Site parent = origins.a();
    Site child = origins.b();
    serveChild(child, parent.origin());
    parent.bundle("probe.js").page(
        "/parent.html",
        Html.page(
            probe()
                + "<iframe id=child src=\"" + child.url("/child.html") + "\"></iframe>"
                + Html.inline(
                    "document.getElementById('child').onload=function(){"
                        + "xwindowProbe.ping(this.contentWindow,'" + child.origin() + "','hello',"
                        + "function(text,origin){window.result=text+'|'+origin;});};")));

    browser.open(parent.url("/parent.html"));
    browser.waitFor("window.result !== undefined");

    assertEquals("pong:hello|" + child.origin(), browser.string("window.result"));
  }

  @CrossBrowser
  void answersNoWindowOfAThirdOrigin(Browser browser) {
    Site parent = origins.a();
    Site child = origins.b();
    Site intruder = origins.c();
    serveChild(child, parent.origin());
    // The intruder floods its sibling with pings and counts every answer it gets; the parent
    // asks for that count once its own ping was answered.
    intruder.page(
        "/intruder.html",
        Html.page(
            Html.inline(
                "(function(){var answers=0;"
                    + "var timer=setInterval(function(){"
                    + "parent.frames[0].postMessage('intrusion','*');},1);"
                    + "window.addEventListener('message',function(e){"
                    + "if(e.source===parent&&e.data==='report'){clearInterval(timer);"
                    + "parent.postMessage('answers:'+answers,'" + parent.origin() + "');}"
                    + "else{answers++;}});"
                    + "parent.postMessage('intruding','" + parent.origin() + "');})();")));
    parent.bundle("probe.js").page(
        "/parent.html",
        Html.page(
            probe()
                + "<iframe id=child src=\"" + child.url("/child.html") + "\"></iframe>"
                + "<iframe id=intruder src=\"" + intruder.url("/intruder.html") + "\"></iframe>"
                + Html.inline(
                    "window.addEventListener('message',function(e){"
                        + "if(e.origin!=='" + intruder.origin() + "')return;"
                        + "if(e.data==='intruding'){setTimeout(function(){"
                        + "xwindowProbe.ping(frames[0],'" + child.origin() + "','hello',"
                        + "function(text){window.result=text;"
                        + "frames[1].postMessage('report','" + intruder.origin() + "');});},200);}"
                        + "else{window.intruderGot=e.data;}});")));

    browser.open(parent.url("/parent.html"));
    browser.waitFor("window.intruderGot !== undefined");

    assertEquals("pong:hello", browser.string("window.result"));
    assertEquals("answers:0", browser.string("window.intruderGot"));
  }

  @CrossBrowser
  void believesNoAnswerFromAnotherWindowOfTheSameOrigin(Browser browser) {
    Site parent = origins.a();
    Site child = origins.b();
    serveChild(child, parent.origin());
    // A second frame of the child's origin forges answers to the parent all the time.
    child.page(
        "/forger.html",
        Html.page(
            Html.inline(
                "setInterval(function(){parent.postMessage('pong:forged','*');},1);")));
    parent.bundle("probe.js").page(
        "/parent.html",
        Html.page(
            probe()
                + "<iframe id=forger src=\"" + child.url("/forger.html") + "\"></iframe>"
                + "<iframe id=child src=\"" + child.url("/child.html") + "\"></iframe>"
                // the ping leaves once the child has loaded and the forgeries are arriving
                + Html.inline(
                    "var loaded=false,forging=false,sent=false;function send(){"
                        + "if(!loaded||!forging||sent)return;sent=true;"
                        + "xwindowProbe.ping(frames[1],'" + child.origin() + "','hello',"
                        + "function(text){if(window.result===undefined)window.result=text;});}"
                        + "window.addEventListener('message',function(e){"
                        + "if(e.data==='pong:forged'){forging=true;send();}});"
                        + "document.getElementById('child').onload=function(){loaded=true;send();};")));

    browser.open(parent.url("/parent.html"));
    browser.waitFor("window.result !== undefined");
    // the forger goes on after the answer: its messages reach the ping's listener, which ignores them
    browser.waitFor("xwindowProbe.ignored() > 0");

    assertEquals("pong:hello", browser.string("window.result"), "no forged answer believed");
  }

  @CrossBrowser(
      cannot =
          @Cannot(
              engine = Engine.HTMLUNIT,
              why = "HtmlUnit loads a popup inside window.open: its first message arrives "
                  + "before open() has returned the window the page compares the source with"))
  void popupOpenedByAClickAnswers(Browser browser) {
    Site parent = origins.a();
    Site child = origins.b();
    child.bundle("probe.js").page(
        "/popup.html",
        Html.page(
            probe()
                + Html.inline(
                    "xwindowProbe.answer('" + parent.origin() + "');"
                        + "opener.postMessage('ready','" + parent.origin() + "');")));
    parent.bundle("probe.js").page(
        "/parent.html",
        Html.page(
            probe()
                + "<button id=open>open</button>"
                + Html.inline(
                    "document.getElementById('open').onclick=function(){"
                        + "window.popup=window.open('" + child.url("/popup.html") + "','popup',"
                        + "'width=300,height=200');};"
                        + "window.addEventListener('message',function(e){"
                        + "if(e.source===window.popup&&e.data==='ready'){"
                        + "xwindowProbe.ping(window.popup,'" + child.origin() + "','hello',"
                        + "function(text,origin){window.result=text+'|'+origin;});}});")));

    browser.open(parent.url("/parent.html"));
    browser.click("#open");
    browser.waitFor("window.result !== undefined");

    assertEquals("pong:hello|" + child.origin(), browser.string("window.result"));
  }
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Origins;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The frame's size: dimensions exactly, resize from either side, auto-resize without runaway. */
class ResizeTest {
  private static final String NO_LAYOUT =
      "HtmlUnit lays nothing out: content has no size to follow";

  @RegisterExtension static Origins origins = new Origins();

  private static final String FRAME = "document.querySelector('#container iframe').getBoundingClientRect()";

  private void serve(String options, String childScript) {
    String definition = Pages.define(origins.b(), "sized",
        "dimensions:{width:'400px',height:'200px'}," + options);
    Pages.child(origins.b(), definition, childScript);
    Pages.parent(origins.a(), "/parent.html", definition,
        "window.instance=C({onResize:function(s){log.push(JSON.stringify(s));}});"
            + "settle(instance.render('#container'));");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_LAYOUT))
  void dimensionsApplyExactlyAndEitherSideResizes(Browser browser) {
    serve("", "C.ready().then(function(x){window.xp=x;});");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals(400.0, browser.number(FRAME + ".width"));
    assertEquals(200.0, browser.number(FRAME + ".height"));

    browser.run("instance.resize({width:300,height:120});");
    assertEquals(300.0, browser.number(FRAME + ".width"));
    assertEquals(120.0, browser.number(FRAME + ".height"));

    browser.switchToFrame("#container iframe");
    browser.run("xp.resize({height:250});");
    browser.switchToMain();
    browser.waitFor(FRAME + ".height === 250");
    assertEquals(300.0, browser.number(FRAME + ".width"));
    assertTrue(browser.string("log.join(' ')").contains("{\"height\":250}"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_LAYOUT))
  void autoResizeFollowsTheContent(Browser browser) {
    serve("autoResize:{height:true}",
        "C.ready().then(function(){window.grow=function(px){var d=document.createElement('div');"
            + "d.style.height=px+'px';document.getElementById('out').appendChild(d);};});");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    browser.switchToFrame("#container iframe");
    browser.waitFor("typeof window.grow === 'function'");
    browser.run("grow(500);");
    browser.switchToMain();
    // the content: 500 px and the body's default 8 px margins
    browser.waitFor(FRAME + ".height === 516");

    browser.switchToFrame("#container iframe");
    browser.run("document.getElementById('out').innerHTML='';grow(90);");
    browser.switchToMain();
    browser.waitFor(FRAME + ".height === 106");
    assertEquals(400.0, browser.number(FRAME + ".width"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_LAYOUT))
  void autoResizeOfTheWidthFollowsContentAsWideAsItIs(Browser browser) {
    // a body as wide as its content (a block body is as wide as its frame: nothing to follow)
    serve("autoResize:{width:true,height:false}",
        "document.body.style.display='inline-block';document.body.style.margin='0';"
            + "window.widen=function(px){document.getElementById('out').style.width=px+'px';};"
            + "widen(250);C.ready();");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    browser.waitFor(FRAME + ".width === 250");
    browser.switchToFrame("#container iframe");
    browser.run("widen(520);");
    browser.switchToMain();
    browser.waitFor(FRAME + ".width === 520");
    assertEquals(200.0, browser.number(FRAME + ".height"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_LAYOUT))
  void autoResizeFollowsTheElementItIsGivenNotTheBody(Browser browser) {
    serve("autoResize:{height:true,element:'#box'}",
        "var box=document.createElement('div');box.id='box';box.style.height='300px';"
            + "document.body.appendChild(box);var tall=document.createElement('div');"
            + "tall.style.height='900px';document.body.appendChild(tall);"
            + "window.setBox=function(px){box.style.height=px+'px';};C.ready();");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    browser.waitFor(FRAME + ".height === 300");
    browser.switchToFrame("#container iframe");
    browser.run("setBox(120);");
    browser.switchToMain();
    browser.waitFor(FRAME + ".height === 120");
    assertEquals(400.0, browser.number(FRAME + ".width"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_LAYOUT))
  void contentThatGrowsWithItsFrameDoesNotGrowItForever(Browser browser) {
    serve("autoResize:{height:true}",
        "var s=document.createElement('style');s.textContent='html,body{height:100%}';"
            + "document.head.appendChild(s);C.ready();");

    browser.open(origins.a().url("/parent.html"));
    browser.waitFor("window.done === true");
    browser.run("window.sleepUntil=Date.now()+1500;");
    browser.waitFor("Date.now() > window.sleepUntil");
    double settled = browser.number(FRAME + ".height");
    browser.run("window.sleepUntil=Date.now()+1000;");
    browser.waitFor("Date.now() > window.sleepUntil");

    assertEquals(settled, browser.number(FRAME + ".height"));
    assertTrue(settled < 300, "height " + settled);
  }
}

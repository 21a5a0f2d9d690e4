package io.xwindow.xcomponent;

import io.xwindow.testkit.Browser;

/** The component every framework driver's test renders, and how its child shows its props. */
final class DriverPages {
  /** The props of the {@code log-in} component. */
  static final String PROPS = "props:{defaultEmail:{type:'string',required:false},"
      + "amount:{type:'number',required:false},remember:{type:'boolean',required:false},"
      + "settings:{type:'object',required:false},onLoginSuccess:{type:'function'},"
      + "onLoaded:{type:'function'}},dimensions:{width:'300px',height:'100px'}";

  /**
   * The child: says when it loaded, and shows in {@code #out} its props and how many updates it
   * got ({@code email|amount|remember|theme|updates}, a prop not given as {@code -}), again on each update.
   */
  static final String CHILD = "C.ready().then(function(x){window.xp=x;var updates=0;x.onLoaded();"
      + "var s=function(v){return v==null?'-':v;};"
      + "var show=function(p){document.getElementById('out').textContent=p.defaultEmail+'|'"
      + "+s(p.amount)+'|'+s(p.remember)+'|'+s(p.settings&&p.settings.theme)+'|'+updates;};"
      + "show(x);x.onProps(function(p){updates++;show(p);});});";

  private DriverPages() {}

  /** Waits until the child in the frame {@code frame} shows {@code shown}. */
  static void childShows(Browser browser, String frame, String shown) {
    // a framework may commit its render, and the element renders its frame, after the call returns
    browser.waitFor("document.querySelector('" + frame + "') !== null");
    browser.switchToFrame(frame);
    try {
      browser.waitFor("document.getElementById('out').textContent === '" + shown + "'");
    } catch (AssertionError e) {
      throw new AssertionError("the child shows '"
          + browser.string("document.getElementById('out').textContent") + "'", e);
    } finally {
      browser.switchToMain();
    }
  }

  /** Runs {@code script} in the child in the frame {@code frame}. */
  static void call(Browser browser, String frame, String script) {
    browser.switchToFrame(frame);
    browser.run(script + ";");
    browser.switchToMain();
  }

  /** Lets 300 ms pass, for a late error to show. */
  static void settle(Browser browser) {
    browser.run("window.later=Date.now()+300;");
    browser.waitFor("Date.now() > window.later");
  }
}

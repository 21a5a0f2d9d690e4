package io.xwindow.postrobot;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Bundles;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Site;
import java.nio.file.Path;

/**
 * A parent page on one origin with a child frame on another, both running a post-robot bundle,
 * for the browser tests. The parent page has {@code settle(promise)}, which stores the outcome
 * in {@code window.result} or {@code window.failure} and sets {@code window.done}.
 */
public final class Windows2 {
  /** Keeps what a promise settled with, for the test to read. */
  public static final String SETTLE =
      "window.settle=function(p){p.then("
          + "function(r){window.result=r;window.done=true;},"
          + "function(e){window.failure=e;window.done=true;});};";

  private Windows2() {}

  /**
   * Serves a child page on {@code child} running {@code childScript} after {@code childBundle},
   * and a parent page on {@code parent} that frames it; opens the parent and waits for the frame.
   */
  public static void open(
      Browser browser,
      Site parent,
      String parentBundle,
      String parentScript,
      Site child,
      String childBundle,
      String childScript) {
    open(browser, parent, Bundles.path(parentBundle), parentScript,
        child, Bundles.path(childBundle), childScript);
  }

  /**
   * As {@link #open(Browser, Site, String, String, Site, String, String)}, with any script file
   * as each side's bundle, e.g. a published post-robot build.
   */
  public static void open(
      Browser browser,
      Site parent,
      Path parentBundle,
      String parentScript,
      Site child,
      Path childBundle,
      String childScript) {
    child.script("/bundles/child.js", childBundle);
    parent.script("/bundles/parent.js", parentBundle);
    serve(browser, parent, parentScript, child, childScript);
  }

  /** As {@link #open(Browser, Site, String, String, Site, String, String)}, both on our bundle. */
  public static void open(Browser browser, Site parent, String parentScript, Site child, String childScript) {
    open(browser, parent, "post-robot.js", parentScript, child, "post-robot.js", childScript);
  }

  /** Serves pages whose bundles are already served at /bundles/parent.js and /bundles/child.js. */
  public static void serve(
      Browser browser, Site parent, String parentScript, Site child, String childScript) {
    child.page(
        "/child.html",
        Html.page(Html.script("/bundles/child.js") + Html.inline(childScript)));
    parent.page(
        "/parent.html",
        Html.page(
            Html.script("/bundles/parent.js")
                + Html.inline(SETTLE + parentScript)
                + "<iframe id=child src=\"" + child.url("/child.html") + "\""
                + " onload=\"window.childLoaded=true\"></iframe>"));
    browser.open(parent.url("/parent.html"));
    browser.waitFor("window.childLoaded === true");
  }

  /**
   * Runs {@code promiseExpression} in the browser's current window (the parent, unless the test
   * went into the frame), waits for it to settle.
   */
  public static void settle(Browser browser, String promiseExpression) {
    browser.run("window.done=false;window.result=undefined;window.failure=undefined;"
        + "settle(" + promiseExpression + ");");
    browser.waitFor("window.done === true");
  }
}

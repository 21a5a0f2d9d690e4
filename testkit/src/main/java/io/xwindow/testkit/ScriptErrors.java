package io.xwindow.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Every script error seen during a test, from any page, frame or popup on any of the sites, and
 * from the browser's own error channel. A test fails when this is not empty at its end.
 *
 * <p>Pages report through {@link #REPORTER}, which every {@link Site} puts at the top of every
 * HTML page it serves: uncaught errors, unhandled promise rejections and {@code console.error}
 * calls are posted synchronously to the page's own site, so none is lost when a test ends right
 * after it.
 */
public final class ScriptErrors {
  /** The path the reporter posts to, on each site. */
  public static final String PATH = "/__testkit/error";

  /**
   * The reporter script. It defines no global of its own, so the globals tests still see exactly
   * what a bundle adds.
   */
  static final String REPORTER =
      "<script>(function(){"
          + "function report(kind,text){try{var x=new XMLHttpRequest();"
          + "x.open('POST','" + PATH + "',false);"
          + "x.send(kind+': '+text+' [in '+location.href+']');}catch(e){}}"
          // Firefox's and WebKit's stacks leave the message out: put it first
          + "function describe(x){var m=String(x),s=x&&x.stack?String(x.stack):'';"
          + "return s.indexOf(m)<0?m+(s?'\\n'+s:''):s;}"
          + "window.addEventListener('error',function(e){"
          + "report('uncaught error',e.error?describe(e.error):e.message);});"
          + "window.addEventListener('unhandledrejection',function(e){"
          + "report('unhandled rejection',describe(e.reason));});"
          + "var original=console.error;"
          + "console.error=function(){report('console.error',"
          + "Array.prototype.map.call(arguments,String).join(' '));"
          + "return original.apply(console,arguments);};"
          + "})();</script>";

  private final List<String> errors = new ArrayList<>();

  /** Records one error. */
  public synchronized void add(String error) {
    errors.add(error);
  }

  /** The errors so far, oldest first. */
  public synchronized List<String> all() {
    return List.copyOf(errors);
  }

  /** Forgets every error: a new test starts. */
  public synchronized void clear() {
    errors.clear();
  }

  /** Throws an {@link AssertionError} listing every error, if there is any. */
  public synchronized void assertNone() {
    if (!errors.isEmpty()) {
      throw new AssertionError(
          errors.size() + " script error(s) on the pages:\n  " + String.join("\n  ", errors));
    }
  }
}

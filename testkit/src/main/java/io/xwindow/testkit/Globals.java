package io.xwindow.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Which globals a script adds to a blank page: the partner page that loads one of our bundles
 * must see exactly one new global, the bundle's own name.
 */
public final class Globals {
  private static final String PAGE_PATH = "/__testkit/globals.html";

  private Globals() {}

  /**
   * Loads {@code scriptPath} (served by {@code site}) alone on a blank page of {@code site} and
   * returns the names of the window properties that exist after it ran and not before, sorted.
   */
  public static List<String> addedBy(Browser browser, Site site, String scriptPath) {
    site.page(
        PAGE_PATH,
        Html.page(
            Html.inline(
                "(function(){"
                    + "var before=Object.getOwnPropertyNames(window);"
                    + "var s=document.createElement('script');"
                    + "s.src='" + scriptPath + "';"
                    + "s.onload=function(){"
                    + "var added=Object.getOwnPropertyNames(window).filter(function(n){"
                    + "return before.indexOf(n)<0;}).sort();"
                    + "document.body.setAttribute('data-added',JSON.stringify(added));};"
                    + "document.head.appendChild(s);"
                    + "})();")));
    browser.open(site.url(PAGE_PATH));
    browser.waitFor("document.body.hasAttribute('data-added')");
    String json = browser.string("document.body.getAttribute('data-added')");
    List<String> names = new ArrayList<>();
    for (String part : json.replaceAll("[\\[\\]\"]", "").split(",")) {
      if (!part.isEmpty()) {
        names.add(part);
      }
    }
    return names;
  }
}

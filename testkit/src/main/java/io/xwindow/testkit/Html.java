package io.xwindow.testkit;

/** Builds the small HTML pages tests serve. */
public final class Html {
  private Html() {}

  /**
   * A complete page around {@code body}. It declares an empty favicon, so that the browser's
   * favicon request never logs an error of its own.
   */
  public static String page(String body) {
    return "<!doctype html><html><head><meta charset=\"utf-8\">"
        + "<link rel=\"icon\" href=\"data:,\"><title>xwindow test</title></head><body>"
        + body
        + "</body></html>";
  }

  /** A {@code <script>} element that loads {@code src}. */
  public static String script(String src) {
    return "<script src=\"" + src + "\"></script>";
  }

  /** An inline {@code <script>} element. */
  public static String inline(String js) {
    return "<script>" + js + "</script>";
  }
}

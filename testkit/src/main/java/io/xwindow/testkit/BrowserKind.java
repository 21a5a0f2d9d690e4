package io.xwindow.testkit;

/** The browsers the kit drives. */
public enum BrowserKind {
  /** HtmlUnit, in the JVM: fast, no install. */
  HTMLUNIT {
    @Override
    public Browser start() {
      return new HtmlUnitBrowser();
    }
  },
  /** Debian's headless Chromium through chromedriver: the real thing. */
  CHROMIUM {
    @Override
    public Browser start() {
      return new ChromiumBrowser();
    }
  };

  /** Starts a browser of this kind; the caller closes it. Tests get theirs from {@link CrossBrowser}. */
  public abstract Browser start();
}

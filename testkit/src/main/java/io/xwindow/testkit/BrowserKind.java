package io.xwindow.testkit;

/** The browsers the kit drives. */
public enum BrowserKind {
  /** HtmlUnit, in the JVM: fast, no install. */
  HTMLUNIT {
    @Override
    Browser start() {
      return new HtmlUnitBrowser();
    }
  },
  /** Debian's headless Chromium through chromedriver: the real thing. */
  CHROMIUM {
    @Override
    Browser start() {
      return new ChromiumBrowser();
    }
  };

  abstract Browser start();
}

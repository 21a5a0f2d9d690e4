package io.xwindow.testkit;

/** The browsers the kit drives. */
public enum BrowserKind {
  /** HtmlUnit, in the JVM: fast, no install. */
  HTMLUNIT {
    @Override
    public Browser start() {
      return new HtmlUnitBrowser(true);
    }
  },
  /** Debian's headless Chromium through chromedriver: the real thing. */
  CHROMIUM {
    @Override
    public Browser start() {
      return new ChromiumBrowser(false, false);
    }
  },
  /** HtmlUnit refusing every cookie ({@code navigator.cookieEnabled} is false): not in the default set. */
  HTMLUNIT_COOKIES_BLOCKED {
    @Override
    public Browser start() {
      return new HtmlUnitBrowser(false);
    }
  },
  /**
   * Chromium with every cookie blocked by the profile preference {@code
   * profile.default_content_setting_values.cookies = 2}, as a user who blocks them: not in the
   * default set.
   */
  CHROMIUM_COOKIES_BLOCKED {
    @Override
    public Browser start() {
      return new ChromiumBrowser(true, false);
    }
  },
  /**
   * Chromium with its popup blocker on, as users have it (chromedriver switches it off by
   * default): a popup opens only inside a real user gesture. Not in the default set.
   */
  CHROMIUM_POPUP_BLOCKER {
    @Override
    public Browser start() {
      return new ChromiumBrowser(false, true);
    }
  };

  /** Starts a browser of this kind; the caller closes it. Tests get theirs from {@link CrossBrowser}. */
  public abstract Browser start();
}

package io.xwindow.testkit;

/**
 * An engine set up as a profile: what a test or a benchmark starts on its own with {@link
 * #start()}. {@link CrossBrowser} tests get theirs from the kit.
 */
public enum BrowserKind {
  HTMLUNIT(Engine.HTMLUNIT, Profile.DEFAULT),
  CHROMIUM(Engine.CHROMIUM, Profile.DEFAULT),
  FIREFOX(Engine.FIREFOX, Profile.DEFAULT),
  WEBKIT(Engine.WEBKIT, Profile.DEFAULT),
  HTMLUNIT_COOKIES_BLOCKED(Engine.HTMLUNIT, Profile.COOKIES_BLOCKED),
  CHROMIUM_COOKIES_BLOCKED(Engine.CHROMIUM, Profile.COOKIES_BLOCKED),
  FIREFOX_COOKIES_BLOCKED(Engine.FIREFOX, Profile.COOKIES_BLOCKED),
  WEBKIT_COOKIES_BLOCKED(Engine.WEBKIT, Profile.COOKIES_BLOCKED),
  CHROMIUM_POPUP_BLOCKER(Engine.CHROMIUM, Profile.POPUP_BLOCKER),
  FIREFOX_POPUP_BLOCKER(Engine.FIREFOX, Profile.POPUP_BLOCKER),
  WEBKIT_POPUP_BLOCKER(Engine.WEBKIT, Profile.POPUP_BLOCKER);

  private final Engine engine;
  private final Profile profile;

  BrowserKind(Engine engine, Profile profile) {
    this.engine = engine;
    this.profile = profile;
  }

  /** The engine. */
  public Engine engine() {
    return engine;
  }

  /** How it is set up. */
  public Profile profile() {
    return profile;
  }

  /** The kind of {@code engine} set up as {@code profile}. */
  public static BrowserKind of(Engine engine, Profile profile) {
    for (BrowserKind kind : values()) {
      if (kind.engine == engine && kind.profile == profile) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        engine + " " + engine.cannotRun(profile).orElse("has no profile " + profile));
  }

  /** Starts a browser of this kind; the caller closes it. */
  public Browser start() {
    Lane.require(Lane.BROWSER, "a browser (" + this + ")");
    return engine.start(profile);
  }
}

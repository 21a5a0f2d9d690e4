package io.xwindow.testkit;

/** How a browser is set up, beyond its engine: as most users have it, or with a setting some change. */
public enum Profile {
  /**
   * The engine's defaults, but popups open without a user gesture (as chromedriver has it):
   * WebKit keeps its default third-party-cookie block and Firefox its cookie partitioning.
   */
  DEFAULT(""),
  /** Every cookie refused, as a user who blocks them. */
  COOKIES_BLOCKED("cookies blocked"),
  /** The popup blocker on, as users have it: a popup opens only inside a real user gesture. */
  POPUP_BLOCKER("popup blocker");

  private final String label;

  Profile(String label) {
    this.label = label;
  }

  /** How a test's reported name shows this profile; empty for {@link #DEFAULT}. */
  public String label() {
    return label;
  }
}

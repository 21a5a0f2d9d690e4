package io.xwindow.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The browser engines the kit drives. Each runs the pages from the same sites on real origins; a
 * script error on any page, frame or popup fails the test in every one of them.
 */
public enum Engine {
  /** HtmlUnit, in the JVM: fast, no install; not a real browser. */
  HTMLUNIT {
    @Override
    Browser start(Profile profile) {
      return new HtmlUnitBrowser(profile);
    }

    @Override
    public Optional<String> cannotRun(Profile profile) {
      return profile == Profile.POPUP_BLOCKER
          ? Optional.of("HtmlUnit's popup blocker refuses every popup, even one a click opens")
          : Optional.empty();
    }
  },
  /** Debian's headless Chromium through Debian's chromedriver. */
  CHROMIUM {
    @Override
    Browser start(Profile profile) {
      return Chromium.start(profile);
    }
  },
  /** Debian's Firefox ESR, headless, driven through WebDriver BiDi (no geckodriver). */
  FIREFOX {
    @Override
    Browser start(Profile profile) {
      return FirefoxBrowser.start(profile);
    }
  },
  /** WebKitGTK's MiniBrowser through WebKitWebDriver, on a virtual X display (Xvfb). */
  WEBKIT {
    @Override
    Browser start(Profile profile) {
      return WebKit.start(profile);
    }
  };

  /** The system property that chooses the engines to run, e.g. {@code firefox,webkit}. */
  public static final String PROPERTY = "xwindow.engine";

  /** Starts a browser of this engine set up as {@code profile}; the caller closes it. */
  abstract Browser start(Profile profile);

  /** Why this engine cannot be set up as {@code profile}, if it cannot. */
  public Optional<String> cannotRun(Profile profile) {
    return Optional.empty();
  }

  /** The engines {@link #PROPERTY} chooses: every engine when it is unset or empty. */
  public static Set<Engine> selected() {
    return parse(System.getProperty(PROPERTY, ""));
  }

  /**
   * Reads a comma-separated list of engine names, in any case; an empty list is every engine.
   *
   * @throws IllegalArgumentException for a name that is no engine, listing the valid ones
   */
  public static Set<Engine> parse(String names) {
    Set<Engine> engines = EnumSet.noneOf(Engine.class);
    for (String name : names.split(",")) {
      String trimmed = name.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        engines.add(valueOf(trimmed.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown engine '" + trimmed + "' in " + PROPERTY + "; choose from " + names());
      }
    }
    return engines.isEmpty() ? EnumSet.allOf(Engine.class) : engines;
  }

  private static String names() {
    List<String> names = new ArrayList<>();
    for (Engine engine : values()) {
      names.add(engine.name().toLowerCase(Locale.ROOT));
    }
    return String.join(", ", names);
  }
}

package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.openqa.selenium.bidi.Command;
import org.openqa.selenium.bidi.Connection;
import org.openqa.selenium.bidi.Event;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.http.HttpClient;

/**
 * One headless Firefox ESR per {@link Profile} for the whole test run, driven over WebDriver BiDi,
 * which Firefox speaks itself (no geckodriver). Each {@link FirefoxBrowser} gets a user context of
 * its own (its own cookies and storage, like a fresh profile) in it, which costs a tab instead of a
 * browser start. Firefox stops when the JVM exits.
 */
final class FirefoxProcess {
  /** Where Debian's {@code firefox-esr} package puts the browser. */
  static final Path BINARY = Path.of(System.getProperty("xwindow.firefox", "/usr/bin/firefox-esr"));

  private static final Duration START = Duration.ofSeconds(60);
  private static final Duration COMMAND = Duration.ofSeconds(60);
  private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");
  private static final Map<Profile, FirefoxProcess> RUNNING = new EnumMap<>(Profile.class);

  private final BrowserProcess process;
  private final Connection connection;
  /** The user context of every browsing context (tab, popup, frame) Firefox reported. */
  private final Map<String, String> userContextOf = new ConcurrentHashMap<>();
  /** The errors logged in each user context that a {@link FirefoxBrowser} is using. */
  private final Map<String, List<String>> errorsOf = new ConcurrentHashMap<>();

  private FirefoxProcess(Profile profile, Path folder) {
    Path profileFolder = folder.resolve("profile");
    writePreferences(profileFolder, profile);
    process =
        BrowserProcess.start(
            List.of(BINARY.toString(), "--headless", "--no-remote", "--profile",
                profileFolder.toString(), "--remote-debugging-port=0"),
            Map.of("MOZ_CRASHREPORTER_DISABLE", "1"),
            folder.resolve("firefox.log"));
    boolean connected = false;
    try {
      URI session = URI.create(process.awaitOutput(LISTENING, START) + "/session");
      HttpClient client =
          HttpClient.Factory.createDefault()
              .createClient(ClientConfig.defaultConfig().baseUri(session));
      connection = new Connection(client, session.toString());
      connection.addListener(
          "xwindow", new Event<Map<String, Object>>("log.entryAdded", params -> params), this::logged);
      connection.addListener(
          "xwindow",
          new Event<Map<String, Object>>("browsingContext.contextCreated", params -> params),
          this::created);
      send("session.new", Map.of("capabilities", Map.of()));
      send("session.subscribe",
          Map.of("events", List.of("log.entryAdded", "browsingContext.contextCreated")));
      connected = true;
    } finally {
      if (!connected) {
        process.close(); // no Firefox left behind by a start that failed
      }
    }
  }

  /** The Firefox of {@code profile}, started on first use (or again, if it died). */
  static synchronized FirefoxProcess running(Profile profile) {
    FirefoxProcess firefox = RUNNING.get(profile);
    if (firefox == null || !firefox.process.process().isAlive()) {
      Installed.require("Firefox", "firefox-esr", BINARY);
      Path folder = TempFolder.create("xwindow-firefox-");
      FirefoxProcess started = null;
      try {
        started = new FirefoxProcess(profile, folder);
      } finally {
        if (started == null) {
          TempFolder.delete(folder);
        }
      }
      firefox = started;
      FirefoxProcess stopping = started;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping.stop(folder)));
      RUNNING.put(profile, started);
    }
    return firefox;
  }

  /**
   * The preferences of the test profile. Firefox's remote agent adds its own recommended ones
   * (no first-run pages, no updates); these are what the kit's contract needs.
   */
  private static void writePreferences(Path profileFolder, Profile profile) {
    Map<String, Object> preferences = new LinkedHashMap<>();
    // as chromedriver: a popup opens without a user gesture, unless the profile keeps the blocker
    preferences.put("dom.disable_open_during_load", profile == Profile.POPUP_BLOCKER);
    // 5 is Firefox's default (cookies partitioned by top-level site); 2 refuses every cookie
    preferences.put("network.cookie.cookieBehavior", profile == Profile.COOKIES_BLOCKED ? 2 : 5);
    // a popup opens as a window of its own; timers of a page behind another are not slowed to 1 s
    preferences.put("browser.link.open_newwindow", 2);
    preferences.put("dom.min_background_timeout_value", 4);
    preferences.put("dom.timeout.enable_budget_timer_throttling", false);
    preferences.put("browser.shell.checkDefaultBrowser", false);
    preferences.put("browser.startup.page", 0);
    preferences.put("browser.tabs.warnOnClose", false);
    preferences.put("browser.sessionstore.resume_from_crash", false);
    preferences.put("network.captive-portal-service.enabled", false);
    preferences.put("network.connectivity-service.enabled", false);
    preferences.put("browser.safebrowsing.malware.enabled", false);
    preferences.put("browser.safebrowsing.phishing.enabled", false);
    preferences.put("datareporting.policy.dataSubmissionEnabled", false);
    preferences.put("app.update.disabledForTesting", true);
    StringBuilder userJs = new StringBuilder();
    preferences.forEach(
        (name, value) ->
            userJs.append("user_pref(\"").append(name).append("\", ").append(value).append(");\n"));
    try {
      Files.createDirectories(profileFolder);
      Files.writeString(profileFolder.resolve("user.js"), userJs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends one BiDi command and returns its result; a BiDi error is thrown. */
  Map<String, Object> send(String method, Map<String, Object> params) {
    return connection.sendAndWait(new Command<Map<String, Object>>(method, params, Json.MAP_TYPE), COMMAND);
  }

  /** Starts collecting the errors logged in {@code userContext}. */
  void watch(String userContext) {
    errorsOf.put(userContext, new ArrayList<>());
  }

  /** Stops collecting the errors of {@code userContext}. */
  void forget(String userContext) {
    errorsOf.remove(userContext);
  }

  /** The errors logged in {@code userContext} since the last call, forgotten now. */
  List<String> drain(String userContext) {
    List<String> errors = errorsOf.get(userContext);
    if (errors == null) {
      return List.of();
    }
    synchronized (errors) {
      List<String> copy = List.copyOf(errors);
      errors.clear();
      return copy;
    }
  }

  /** Whether the browsing context {@code context} belongs to {@code userContext}. */
  boolean belongs(String context, String userContext) {
    return userContext.equals(userContextOf.get(context));
  }

  private void created(Map<String, Object> info) {
    String context = (String) info.get("context");
    Object userContext = info.get("userContext");
    if (userContext == null && info.get("parent") != null) {
      userContext = userContextOf.get((String) info.get("parent"));
    }
    if (userContext != null) {
      userContextOf.put(context, (String) userContext);
    }
  }

  @SuppressWarnings("unchecked")
  private void logged(Map<String, Object> entry) {
    if (!"error".equals(entry.get("level"))) {
      return;
    }
    Map<String, Object> source = (Map<String, Object>) entry.get("source");
    String context = source == null ? null : (String) source.get("context");
    String userContext = context == null ? null : userContextOf.get(context);
    String error = "firefox " + entry.get("type") + ": " + entry.get("text");
    errorsOf.forEach(
        (watched, errors) -> {
          // an entry from a context not yet known goes to every browser rather than to none
          if (userContext == null || userContext.equals(watched)) {
            synchronized (errors) {
              errors.add(error);
            }
          }
        });
  }

  private void stop(Path folder) {
    try {
      connection.close();
    } finally {
      process.close();
      TempFolder.delete(folder);
    }
  }
}

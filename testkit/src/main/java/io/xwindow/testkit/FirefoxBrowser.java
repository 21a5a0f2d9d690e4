package io.xwindow.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Firefox, in a user context of its own of the run's {@link FirefoxProcess}: as a fresh profile,
 * with the browsing contexts (tab, popups, frames) addressed by their BiDi ids. Scripts run in the
 * current context's page as a function body, as WebDriver's {@code executeScript} runs them, and a
 * click is a real pointer click (a user gesture). Errors come from Firefox's log of every context.
 */
final class FirefoxBrowser implements Browser {
  private final BrowserKind kind;
  private final FirefoxProcess firefox;
  private final String userContext;
  private final String main;
  private final List<String> errors = new ArrayList<>();
  private String current;

  private FirefoxBrowser(BrowserKind kind, FirefoxProcess firefox) {
    this.kind = kind;
    this.firefox = firefox;
    this.userContext = (String) firefox.send("browser.createUserContext", Map.of()).get("userContext");
    firefox.watch(userContext);
    this.main =
        (String)
            firefox
                .send("browsingContext.create", Map.of("type", "tab", "userContext", userContext))
                .get("context");
    this.current = main;
  }

  static Browser start(Profile profile) {
    return new FirefoxBrowser(BrowserKind.of(Engine.FIREFOX, profile), FirefoxProcess.running(profile));
  }

  @Override
  public BrowserKind kind() {
    return kind;
  }

  @Override
  public void open(String url) {
    firefox.send(
        "browsingContext.navigate", Map.of("context", current, "url", url, "wait", "complete"));
  }

  @Override
  public Object eval(String expression) {
    return RemoteValues.toJava(call("function(){return (" + expression + "\n);}", List.of()));
  }

  @Override
  public void run(String statements) {
    call("function(){" + statements + "\n}", List.of());
  }

  /** Calls {@code function} in the current context's page and returns its BiDi remote value. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> call(String function, List<Map<String, Object>> arguments) {
    Map<String, Object> result =
        firefox.send(
            "script.callFunction",
            Map.of(
                "functionDeclaration", function,
                "arguments", arguments,
                "awaitPromise", false,
                "target", Map.of("context", current),
                "resultOwnership", "none",
                "serializationOptions", Map.of("maxDomDepth", 0, "maxObjectDepth", 0)));
    if ("exception".equals(result.get("type"))) {
      Map<String, Object> details = (Map<String, Object>) result.get("exceptionDetails");
      throw new IllegalStateException("script failed in " + kind + ": " + details.get("text"));
    }
    return (Map<String, Object>) result.get("result");
  }

  @Override
  public void waitFor(String condition, Duration wait) {
    Polling.untilTrue(this, condition, wait);
  }

  @Override
  public void click(String cssSelector) {
    Map<String, Object> origin =
        Map.of("type", "element", "element", Map.of("sharedId", element(cssSelector, "")));
    perform(
        Map.of(
            "type", "pointer",
            "id", "mouse",
            "parameters", Map.of("pointerType", "mouse"),
            "actions",
            List.of(
                Map.of("type", "pointerMove", "x", 0, "y", 0, "origin", origin),
                Map.of("type", "pointerDown", "button", 0),
                Map.of("type", "pointerUp", "button", 0))));
  }

  @Override
  public void type(String cssSelector, String keys) {
    element(cssSelector, "e.focus();");
    List<Map<String, Object>> strokes = new ArrayList<>();
    keys.codePoints()
        .mapToObj(Character::toString)
        .forEach(
            key -> {
              strokes.add(Map.of("type", "keyDown", "value", key));
              strokes.add(Map.of("type", "keyUp", "value", key));
            });
    perform(Map.of("type", "key", "id", "keyboard", "actions", strokes));
  }

  /**
   * The BiDi id of the element matching {@code cssSelector}, scrolled into view, after {@code
   * then} ran on it (as {@code e}).
   */
  private Object element(String cssSelector, String then) {
    Map<String, Object> element =
        call(
            "function(s){var e=document.querySelector(s);"
                + "if(e){e.scrollIntoView({block:'center',inline:'center'});" + then + "}return e;}",
            List.of(Map.of("type", "string", "value", cssSelector)));
    if (!"node".equals(element.get("type"))) {
      throw new AssertionError("no element matches " + cssSelector);
    }
    return element.get("sharedId");
  }

  /** Performs one input source's actions (a user's pointer or keys) in the current context. */
  private void perform(Map<String, Object> source) {
    firefox.send("input.performActions", Map.of("context", current, "actions", List.of(source)));
  }

  @Override
  public void switchToPopup() {
    Polling.until(() -> popups().size() > 0, DEFAULT_WAIT, "a popup opens");
    List<String> popups = popups();
    current = popups.get(popups.size() - 1);
  }

  /** The top-level contexts of this browser other than its first tab, oldest first. */
  @SuppressWarnings("unchecked")
  private List<String> popups() {
    List<Map<String, Object>> contexts =
        (List<Map<String, Object>>)
            firefox.send("browsingContext.getTree", Map.of("maxDepth", 0)).get("contexts");
    List<String> popups = new ArrayList<>();
    for (Map<String, Object> context : contexts) {
      String id = (String) context.get("context");
      if (userContext.equals(context.get("userContext")) && !id.equals(main)) {
        popups.add(id);
      }
    }
    return popups;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void switchToFrame(String cssSelector) {
    Map<String, Object> window =
        call(
            "function(s){var f=document.querySelector(s);return f&&f.contentWindow;}",
            List.of(Map.of("type", "string", "value", cssSelector)));
    Optional<Object> context =
        Optional.ofNullable((Map<String, Object>) window.get("value")).map(v -> v.get("context"));
    if (!"window".equals(window.get("type")) || context.isEmpty()) {
      throw new AssertionError("no frame matches " + cssSelector);
    }
    current = (String) context.get();
  }

  @Override
  public void switchToMain() {
    current = main;
  }

  @Override
  public synchronized List<String> errors() {
    errors.addAll(firefox.drain(userContext));
    return List.copyOf(errors);
  }

  @Override
  public synchronized void reset() {
    for (String popup : popups()) {
      firefox.send("browsingContext.close", Map.of("context", popup));
    }
    current = main;
    open("about:blank");
    firefox.drain(userContext);
    errors.clear();
  }

  @Override
  public void close() {
    firefox.forget(userContext);
    firefox.send("browser.removeUserContext", Map.of("userContext", userContext));
  }
}

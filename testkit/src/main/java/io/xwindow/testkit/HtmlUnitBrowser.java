package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.WebWindow;
import org.htmlunit.html.BaseFrameElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.DefaultJavaScriptErrorListener;

/** HtmlUnit, as Chrome, in the JVM. Script errors of every window are recorded, not thrown. */
final class HtmlUnitBrowser implements Browser {
  private final WebClient client = new WebClient(BrowserVersion.CHROME);
  private final List<String> errors = new ArrayList<>();
  private final BrowserKind kind;
  private final WebWindow main;
  private WebWindow current;

  /**
   * {@link Profile#COOKIES_BLOCKED} refuses every cookie ({@code navigator.cookieEnabled} is then
   * false, unlike in Chromium).
   */
  HtmlUnitBrowser(Profile profile) {
    this.kind = BrowserKind.of(Engine.HTMLUNIT, profile);
    client.getCookieManager().setCookiesEnabled(profile != Profile.COOKIES_BLOCKED);
    client.getOptions().setThrowExceptionOnScriptError(false);
    client.getOptions().setThrowExceptionOnFailingStatusCode(false);
    client.getOptions().setPrintContentOnFailingStatusCode(false);
    client.getOptions().setCssEnabled(false);
    client.setJavaScriptErrorListener(
        new DefaultJavaScriptErrorListener() {
          @Override
          public void scriptException(HtmlPage page, ScriptException e) {
            record("script error in " + page.getUrl() + ": " + e.getMessage());
          }

          @Override
          public void loadScriptError(HtmlPage page, URL url, Exception e) {
            record("cannot load script " + url + ": " + e);
          }
        });
    main = client.getCurrentWindow();
    current = main;
  }

  private synchronized void record(String error) {
    errors.add(error);
  }

  @Override
  public BrowserKind kind() {
    return kind;
  }

  @Override
  public void open(String url) {
    try {
      client.getPage(current, new org.htmlunit.WebRequest(new URL(url)));
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HtmlPage page() {
    Page page = current.getEnclosedPage();
    if (!(page instanceof HtmlPage)) {
      throw new IllegalStateException("no HTML page in the current window: " + page);
    }
    return (HtmlPage) page;
  }

  @Override
  public Object eval(String expression) {
    Object value = page().executeJavaScript("(" + expression + ")").getJavaScriptResult();
    if (value == null || value instanceof org.htmlunit.corejs.javascript.Undefined) {
      return null;
    }
    if (value instanceof CharSequence) {
      return value.toString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return org.htmlunit.corejs.javascript.Context.toString(value);
  }

  @Override
  public void run(String statements) {
    page().executeJavaScript(statements);
  }

  @Override
  public void waitFor(String condition, Duration wait) {
    Polling.until(
        () -> {
          if (Boolean.TRUE.equals(eval(condition))) {
            return true;
          }
          client.waitForBackgroundJavaScript(10);
          return false;
        },
        wait,
        condition);
  }

  @Override
  public void click(String cssSelector) {
    try {
      element(cssSelector).click();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void type(String cssSelector, String keys) {
    try {
      element(cssSelector).type(keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HtmlElement element(String cssSelector) {
    DomNode node = page().querySelector(cssSelector);
    if (!(node instanceof HtmlElement)) {
      throw new AssertionError("no element matches " + cssSelector);
    }
    return (HtmlElement) node;
  }

  @Override
  public void switchToPopup() {
    long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
    while (true) {
      List<? extends WebWindow> windows = client.getTopLevelWindows();
      for (int i = windows.size() - 1; i >= 0; i--) {
        if (windows.get(i) != main) {
          current = windows.get(i);
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no popup opened");
      }
      client.waitForBackgroundJavaScript(10);
    }
  }

  @Override
  public void switchToFrame(String cssSelector) {
    DomNode node = page().querySelector(cssSelector);
    if (!(node instanceof BaseFrameElement)) {
      throw new AssertionError("no frame matches " + cssSelector);
    }
    current = ((BaseFrameElement) node).getEnclosedWindow();
  }

  @Override
  public void switchToMain() {
    current = main;
  }

  @Override
  public synchronized List<String> errors() {
    return List.copyOf(errors);
  }

  @Override
  public synchronized void reset() {
    for (WebWindow window : List.copyOf(client.getTopLevelWindows())) {
      if (window != main) {
        ((org.htmlunit.TopLevelWindow) window).close();
      }
    }
    current = main;
    errors.clear();
  }

  @Override
  public void close() {
    client.close();
  }
}

package io.xwindow.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Three sites on three origins of the loopback interface, started before a test class and stopped
 * after it: {@link #a()} at {@code http://127.0.0.1:P1}, {@link #b()} at {@code
 * http://localhost:P2}, {@link #c()} at {@code http://127.0.0.2:P3}. Pages are forgotten between
 * tests, and a test fails if any page reported a script error.
 *
 * <p>Register it as a static field: {@code @RegisterExtension static Origins origins = new
 * Origins();}
 */
public final class Origins
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final ScriptErrors errors = new ScriptErrors();
  private Site a;
  private Site b;
  private Site c;

  @Override
  public void beforeAll(ExtensionContext context) {
    a = new Site("127.0.0.1", "127.0.0.1", errors);
    b = new Site("localhost", "127.0.0.1", errors);
    c = new Site("127.0.0.2", "127.0.0.2", errors);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    for (Site site : new Site[] {a, b, c}) {
      if (site != null) {
        site.close();
      }
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    a.reset();
    b.reset();
    c.reset();
    errors.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    errors.assertNone();
  }

  /** The site at {@code http://127.0.0.1:P1}. */
  public Site a() {
    return a;
  }

  /** The site at {@code http://localhost:P2}. */
  public Site b() {
    return b;
  }

  /** The site at {@code http://127.0.0.2:P3}. */
  public Site c() {
    return c;
  }

  /** The script errors of the current test, for tests that expect some. */
  public ScriptErrors errors() {
    return errors;
  }
}

package io.xwindow.testkit;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An engine that cannot run a {@link CrossBrowser} test, and why: a gap of the engine or of its
 * driver, never a bug of ours (that is fixed in the library, with the test proving it). The test
 * still shows in the report for that engine, as skipped with this reason.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Cannot {
  /** The engine. */
  Engine engine();

  /** Why it cannot run the test: what the engine or its driver lacks. */
  String why();
}

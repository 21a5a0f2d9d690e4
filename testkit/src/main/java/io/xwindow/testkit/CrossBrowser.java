package io.xwindow.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test once in each browser of {@link #value()} (HtmlUnit and Chromium by default), with a
 * {@link Browser} parameter. The browser is shared by the tests of a class and reset between
 * them; a test fails if the browser reported a script error.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(CrossBrowserExtension.class)
public @interface CrossBrowser {
  /** The browsers to run in. */
  BrowserKind[] value() default {BrowserKind.HTMLUNIT, BrowserKind.CHROMIUM};
}

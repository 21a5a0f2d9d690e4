package io.xwindow.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test once in every {@link Engine} (HtmlUnit, Chromium, Firefox, WebKit), with a {@link
 * Browser} parameter; each run's name ends with its engine, e.g. {@code [FIREFOX]}. An engine that
 * cannot run the test is named in {@link #cannot()} with the reason, and shows in the report as
 * skipped with it; nothing is left out silently. The browser is shared by the tests of a class and
 * reset between them; a test fails if the browser reported a script error.
 *
 * <p>The system property {@code xwindow.engine} (e.g. {@code -Dxwindow.engine=firefox}, or a
 * comma-separated list) runs the tests in those engines only; {@code bin/test --engine firefox}
 * sets it. Each test is tagged {@value Lane#BROWSER}: {@code bin/test fast} leaves it out.
 *
 * <pre>{@code
 * @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit never fires pagehide"))
 * void sendsOnPageHide(Browser browser) { ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@Tag(Lane.BROWSER)
@ExtendWith(CrossBrowserExtension.class)
public @interface CrossBrowser {
  /** How every engine's browser is set up for this test. */
  Profile profile() default Profile.DEFAULT;

  /** The engines that cannot run this test, each with the reason. */
  Cannot[] cannot() default {};
}

package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.ScriptErrors;
import io.xwindow.testkit.Site;
import io.xwindow.xcomponent.error.ErrorCode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Secure by default: a child on origin b with {@code allowedParentDomains} gives nothing to a
 * parent page on an origin it does not allow (c), and works for the one it allows (a). The same
 * parent page is served on both.
 *
 * <p>A refused render removes the frame, so the child tells the test what it saw through a channel
 * that survives it: a beacon (in HtmlUnit, which has none, a synchronous POST) to its own site's
 * script-error path, which the test reads and then clears (any other error still fails the test).
 */
class ParentDomainTest {
  @RegisterExtension static Origins origins = new Origins();

  private static final String TAG = "login-box";

  /**
   * Once ready, the child calls {@code onLoginSuccess} with the parent domain it was given; if
   * ready fails, it reports the code and what its page can see of the props.
   */
  private static final String CHILD =
      "function report(text){text='report: '+text;"
          + "if(navigator.sendBeacon){navigator.sendBeacon('" + ScriptErrors.PATH + "',text);return;}"
          + "var x=new XMLHttpRequest();x.open('POST','" + ScriptErrors.PATH + "',false);x.send(text);}"
          + "C.ready().then(function(xprops){xprops.onLoginSuccess(xprops.getParentDomain());},"
          + "function(e){report(e.code+' window.xprops:'+typeof window.xprops"
          + "+' C.xprops:'+typeof C.xprops);"
          + "if(window.xprops){window.xprops.onLoginSuccess('leaked');}});";

  private static final String PARENT =
      "observed({email:'ann@example.com',onLoginSuccess:function(domain){window.loggedIn=domain;}});"
          + "settle(instance.render('#container'));"
          // the refused frame stays a moment longer, so that the child's report leaves before the
          // frame and (in Chromium) its process go
          + "instance.event.on(xcomponent.EVENT.ERROR,function(){"
          + "var until=Date.now()+300;while(Date.now()<until){}});";

  /** Serves the child on b, allowing {@code allowed} (JavaScript), and the parent on a and c. */
  private static void serve(String allowed) {
    String definition = Pages.define(origins.b(), TAG,
        "props:{email:{type:'string'},onLoginSuccess:{type:'function'}}"
            + (allowed == null ? "" : ",allowedParentDomains:" + allowed));
    Pages.child(origins.b(), definition, CHILD);
    for (Site parent : new Site[] {origins.a(), origins.c()}) {
      Pages.parent(parent, "/parent.html", definition, Observed.SCRIPT + PARENT);
    }
  }

  private static String quoted(Site site) {
    return "'" + site.origin() + "'";
  }

  private static void assertAdmits(Browser browser, Site parent) {
    browser.open(parent.url("/parent.html"));
    browser.waitFor("window.loggedIn !== undefined");
    assertEquals(parent.origin(), browser.string("window.loggedIn"));
    browser.waitFor("window.done === true");
    assertEquals("undefined", browser.string("typeof window.failure"));
    assertEquals("rendered", browser.string("log.join()"));
    browser.run("instance.close();");
  }

  private static void assertRefuses(Browser browser, Site parent) {
    browser.open(parent.url("/parent.html"));
    browser.waitFor("window.done === true");
    assertEquals(ErrorCode.PARENT_DOMAIN_REJECTED, browser.string("window.failure && window.failure.code"));
    browser.waitFor("log.indexOf('onDestroy') >= 0");
    assertEquals(Observed.failed(ErrorCode.PARENT_DOMAIN_REJECTED), browser.string("log.join()"));
    assertEquals(0.0, browser.number("document.getElementsByTagName('iframe').length"));
    String report = origins.b().origin() + ": report: " + ErrorCode.PARENT_DOMAIN_REJECTED
        + " window.xprops:undefined C.xprops:undefined";
    waitForReport(report);
    assertEquals(List.of(report), origins.errors().all());
    origins.errors().clear();
    // a call that left the child would have arrived by now, with the refusal that came after it
    assertEquals("undefined", browser.string("typeof window.loggedIn"));
  }

  private static void waitForReport(String report) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!origins.errors().all().contains(report)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no report " + report + "; got " + origins.errors().all());
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @CrossBrowser
  void aParentOnAnOriginNotAllowedGetsNoPropAndItsRenderFailsWithParentDomainRejected(
      Browser browser) {
    serve("[" + quoted(origins.a()) + "]");
    assertRefuses(browser, origins.c());
  }

  @CrossBrowser
  void theSameChildRenderedFromTheAllowedOriginCallsBackWithTheRealParentDomain(Browser browser) {
    serve("[" + quoted(origins.a()) + "]");
    assertAdmits(browser, origins.a());
  }

  @CrossBrowser
  void allowedParentDomainsAsAStringAdmitsThatOriginOnly(Browser browser) {
    serve(quoted(origins.a()));
    assertRefuses(browser, origins.c());
    assertAdmits(browser, origins.a());
  }

  @CrossBrowser
  void allowedParentDomainsAsAnArrayAdmitsItsOriginsOnly(Browser browser) {
    serve("['http://example.com'," + quoted(origins.a()) + "]");
    assertRefuses(browser, origins.c());
    assertAdmits(browser, origins.a());
  }

  @CrossBrowser
  void allowedParentDomainsAsARegExpAdmitsTheOriginsItMatchesOnly(Browser browser) {
    serve("/^http:\\/\\/127\\.0\\.0\\.1:\\d+$/");
    assertRefuses(browser, origins.c());
    assertAdmits(browser, origins.a());
  }

  @CrossBrowser
  void allowedParentDomainsAsAnArrayOfRegExpsRefusesAnOriginNoneMatches(Browser browser) {
    serve("[/^https:/,/^http:\\/\\/localhost:/]");
    assertRefuses(browser, origins.c());
  }

  @CrossBrowser
  void aWildcardAdmitsAnyParent(Browser browser) {
    serve("'*'");
    assertAdmits(browser, origins.c());
  }

  @CrossBrowser
  void aWildcardInAnArrayOfStringsAdmitsAnyParent(Browser browser) {
    serve("['https://shop.example','*']");
    assertAdmits(browser, origins.c());
  }

  @CrossBrowser
  void withoutAllowedParentDomainsAnyParentIsAdmitted(Browser browser) {
    serve(null);
    assertAdmits(browser, origins.c());
  }
}

package io.xwindow.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Lane;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The logging demo's outage, as a person uses it: the endpoint fails for a few seconds, both the
 * page and the frame of the other origin log meanwhile, and once it is back every batch arrives,
 * once.
 */
@Tag(Lane.BUNDLE) // the samples serve the built bundles
class LoggingOutageTest {
  @RegisterExtension static RunningSamples samples = new RunningSamples();
  /** Longer than the outage plus beaver's backoff up to its fourth retry (at most 8 s). */
  private static final Duration AFTER_THE_OUTAGE = Duration.ofSeconds(40);

  private static String arrived(Browser browser) {
    return browser.string("document.getElementById('arrived').textContent");
  }

  /** A script: how many lines of what arrived start with {@code line}. */
  private static String arrivedCount(String line) {
    return "document.getElementById('arrived').textContent.split('\\n').filter(function (l) {"
        + " return l.indexOf('" + line + "') === 0; }).length";
  }

  @CrossBrowser
  void batchesRefusedDuringTheOutageArriveOnceAfterIt(Browser browser) {
    browser.open(samples.server().parentOrigin() + "/logging.html");
    // the samples are shared by every engine's run: the last run's outage over, its events shown
    browser.waitFor("window.endpointState && window.endpointState.failingForMillis === 0", AFTER_THE_OUTAGE);
    browser.waitFor("document.getElementById('arrived').textContent.indexOf('child_loaded') >= 0");
    String parentWarn = arrivedCount("warn parent_clicked_warn {\"click\":1,");
    String childWarn = arrivedCount("warn child_clicked {");
    int parentBefore = (int) browser.number(parentWarn);
    int childBefore = (int) browser.number(childWarn);
    double refusedBefore = browser.number("window.endpointState.refused");

    browser.run("document.getElementById('seconds').value = '3';");
    browser.click("#outage");
    browser.waitFor("document.getElementById('endpoint').textContent.indexOf('fails for') >= 0");
    browser.click("#warn");
    browser.switchToFrame("#child");
    browser.click("#childWarn");
    browser.switchToMain();
    browser.waitFor("window.endpointState.refused >= " + (refusedBefore + 2));

    browser.waitFor(parentWarn + " > " + parentBefore + " && " + childWarn + " > " + childBefore, AFTER_THE_OUTAGE);
    browser.click("#error"); // sent after the warn batch and any retry of it
    browser.waitFor("document.getElementById('arrived').textContent.indexOf('parent_clicked_error') >= 0");

    assertEquals(parentBefore + 1, (int) browser.number(parentWarn), arrived(browser));
    assertEquals(childBefore + 1, (int) browser.number(childWarn), arrived(browser));
    String arrived = arrived(browser);
    assertTrue(arrived.lines().anyMatch(line -> line.startsWith("warn child_clicked {")
        && line.contains("  from " + samples.server().childOrigin() + "  batch ")), arrived);
    String endpoint = browser.string("document.getElementById('endpoint').textContent");
    assertTrue(endpoint.startsWith("The endpoint takes batches (refused during outages so far: "), endpoint);
    List<String> errors = browser.errors();
    assertTrue(errors.stream().allMatch(e -> e.contains("503")), errors.toString());
    browser.reset(); // the 503s the browser reported were the outage
  }

  private static HttpResponse<String> outage(String method, String query, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create(samples.server().parentOrigin() + "/api/log/outage" + query));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HttpClient.newHttpClient().send(request.method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static final String NO_OUTAGE = "{\"failingForMillis\":0}";

  private static String failingFor() throws Exception {
    return outage("GET", "").body().replaceFirst(",\"refused\".*", "}");
  }

  /** Returns once no outage runs: the samples are shared, and another test's may still. */
  private static void waitForNoOutage() throws Exception {
    long deadline = System.nanoTime() + AFTER_THE_OUTAGE.toNanos();
    while (!failingFor().equals(NO_OUTAGE)) {
      assertTrue(System.nanoTime() < deadline, "an outage still runs after " + AFTER_THE_OUTAGE);
      Thread.sleep(100);
    }
  }

  /**
   * A page of another origin submits a form to the outage control, as a forged request does: the
   * browser sends its Origin, and the control refuses it, so no outage starts.
   */
  @CrossBrowser
  void aPageOfAnotherOriginCannotStartAnOutage(Browser browser) throws Exception {
    waitForNoOutage();
    browser.open(samples.server().childOrigin() + "/ping.html");
    browser.run("var sink = document.createElement('iframe'); sink.name = 'sink'; document.body.appendChild(sink);");
    browser.waitFor("document.querySelector('iframe').contentDocument.readyState === 'complete'");
    browser.run("document.querySelector('iframe').onload = function () { window.posted = true; };"
        + "var form = document.createElement('form'); form.method = 'POST'; form.target = 'sink';"
        + "form.action = '" + samples.server().parentOrigin() + "/api/log/outage?seconds=5';"
        + "document.body.appendChild(form); form.submit();");
    browser.waitFor("window.posted === true");

    assertEquals(NO_OUTAGE, failingFor());
    List<String> errors = browser.errors();
    assertTrue(errors.stream().allMatch(e -> e.contains("403")), errors.toString());
    browser.reset(); // a 403 the browser reported was the refusal
  }

  @Test
  void aPostFromAnotherOriginIsRefusedWithAReason() throws Exception {
    waitForNoOutage();
    for (String origin : new String[] {samples.server().childOrigin(), "null", "http://127.0.0.1:1"}) {
      HttpResponse<String> answer = outage("POST", "?seconds=5", "Origin", origin);

      assertEquals(403, answer.statusCode(), origin);
      assertEquals("{\"error\":\"only a page of this site may start an outage\"}", answer.body(), origin);
    }
    assertEquals(NO_OUTAGE, failingFor());
    assertEquals(400, outage("POST", "?seconds=0", "Origin", samples.server().parentOrigin()).statusCode(),
        "the site's own origin passes on to the checks of the request");
  }

  @Test
  void theOutageTakesOneToSixtySecondsOnly() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String seconds : new String[] {"0", "61", "x", ""}) {
      HttpResponse<String> answer = http.send(
          HttpRequest.newBuilder(URI.create(samples.server().parentOrigin() + "/api/log/outage?seconds=" + seconds))
              .POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(400, answer.statusCode(), seconds);
    }
    HttpResponse<String> state = http.send(
        HttpRequest.newBuilder(URI.create(samples.server().parentOrigin() + "/api/log/outage")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, state.statusCode());
    assertTrue(state.body().matches("\\{\"failingForMillis\":\\d+,\"refused\":\\d+}"), state.body());
  }
}

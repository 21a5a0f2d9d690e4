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

package io.xwindow.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.samples.memcookies.LoginApp;
import io.xwindow.serverkit.Timeouts;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.SlowClients;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Slow clients against the servers the samples start (bin/samples, bench/memcookies-app): a few
 * hundred sockets that stall in their headers, in a fixed-length or a chunked body, or before any
 * request, hold no memory to speak of and are closed once the (here, short) timeouts pass.
 */
@Tag(Lane.BUNDLE) // the sites serve the built bundles (memcookies.js from its jar)
class SlowClientsTest {
  private static final Timeouts SHORT = Timeouts.all(Duration.ofSeconds(1));
  /** Sockets of each kind of slow client: four kinds, so four times as many in all. */
  private static final int EACH = 75;
  /** What a few hundred idle connections may cost the heap, at most. */
  private static final long NEAR_IDLE_BYTES = 16L << 20;

  @Test
  void theMemcookiesDemoClosesSlowClientsAfterItsTimeoutsAndHoldsNoMemoryForThem() throws Exception {
    try (LoginApp app = new LoginApp(0, false, SHORT)) {
      assertClosesSlowClients(new InetSocketAddress("127.0.0.1", app.port()), "/login?user=slow");
    }
  }

  @Test
  void theMemcookiesDemoWithoutTheMiddlewareClosesThemToo() throws Exception {
    try (LoginApp app = new LoginApp(0, true, SHORT)) {
      assertClosesSlowClients(new InetSocketAddress("127.0.0.1", app.port()), "/whoami");
    }
  }

  @Test
  void theSamplesSitesCloseSlowClientsAfterTheirTimeouts() throws Exception {
    try (SamplesServer server = new SamplesServer(0, 0, 0, SHORT)) {
      for (String origin : new String[] {server.parentOrigin(), server.childOrigin()}) {
        URI site = URI.create(origin);
        assertClosesSlowClients(new InetSocketAddress("127.0.0.1", site.getPort()), "/ping.html");
      }
    }
  }

  private static void assertClosesSlowClients(InetSocketAddress server, String path) throws Exception {
    long idle = SlowClients.heapUsedAfterGc();
    try (SlowClients slow = SlowClients.open(server, path, EACH)) {
      Thread.sleep(300); // the server has read what each sent
      long held = SlowClients.heapUsedAfterGc() - idle;
      System.out.printf("%d slow clients on %s: heap %+,d B after GC (idle %,d B)%n",
          4 * EACH, server, held, idle);
      assertTrue(held < NEAR_IDLE_BYTES, "the slow clients hold " + held + " B of heap");

      assertEquals(Map.of(), slow.stillOpenAfter(Duration.ofSeconds(8)), "still open after 8 s");
    }
  }
}

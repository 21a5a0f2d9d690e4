package io.xwindow.beaver.server;

import io.xwindow.serverkit.Timeouts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Slow and silent clients against the executable's server (real Undertow, real sockets), with its
 * timeouts made short: none can make the server hold memory for a body it has not received, and
 * every one is closed once its timeout has passed.
 */
class SlowClientsTest {
  private static final Duration BODY = Duration.ofSeconds(2);
  private static final Timeouts TIMEOUTS = new Timeouts(
      Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofMillis(1500), Duration.ofSeconds(2));
  /** The longest any of the timeouts above may take to close a connection, with room for a loaded machine. */
  private static final long CLOSED_WITHIN_MILLIS = 8_000;

  private final RecordingSink sink = new RecordingSink();
  private LogEndpoint endpoint;
  private Loopback server;
  private final List<Socket> sockets = new ArrayList<>();

  @BeforeEach
  void start() {
    endpoint = LogEndpoint.builder().sink(sink).noRateLimit().bodyTimeout(BODY).build();
    server = new Loopback(LogEndpointMain.server(0, endpoint, TIMEOUTS));
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    server.close();
    endpoint.close();
  }

  private Socket open(String start) throws IOException {
    Socket socket = new Socket("127.0.0.1", server.port());
    sockets.add(socket);
    socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  /** Opens {@code count} connections that each send {@code start}, and checks each is closed in time. */
  private void allClosedInTime(int count, String start) throws IOException {
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      slow.add(open(start));
    }
    for (Socket socket : slow) {
      String answer = closedWithin(socket, CLOSED_WITHIN_MILLIS);
      assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408"), answer);
    }
  }

  private static String post(String headers) {
    return "POST /api/log HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + headers + "\r\n";
  }

  private static long heapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Reads until the server closes {@code socket}; what it answered before, or fails after {@code millis}. */
  private static String closedWithin(Socket socket, long millis) throws IOException {
    long deadline = System.currentTimeMillis() + millis;
    StringBuilder answer = new StringBuilder();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[4096];
    while (true) {
      long left = deadline - System.currentTimeMillis();
      assertTrue(left > 0, "still open after " + millis + " ms; answered so far: " + answer);
      socket.setSoTimeout((int) left);
      int n;
      try {
        n = in.read(buffer);
      } catch (SocketTimeoutException e) {
        continue;
      } catch (IOException e) {
        return answer.toString(); // reset by the server: closed too
      }
      if (n < 0) {
        return answer.toString();
      }
      answer.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
    }
  }

  @Test
  void bodiesAnnouncedLargeButNotSentHoldNoMemoryAndAreClosedAfterTheBodyTimeout() throws Exception {
    long idle = heapAfterGc();
    List<Socket> slow = new ArrayList<>();
    long opened = System.currentTimeMillis();
    for (int i = 0; i < 300; i++) {
      slow.add(open(post("Content-Length: 1000000\r\n") + "{"));
    }
    Thread.sleep(500); // every request read up to its first body byte
    long held = heapAfterGc() - idle;

    assertTrue(held < 32L << 20, "300 slow bodies hold " + (held >> 20) + " MiB of heap");
    for (Socket socket : slow) {
      // the read timeout (no byte for 1.5 s) closes them, or the body timeout answers 408 first
      String answer = closedWithin(socket, CLOSED_WITHIN_MILLIS);
      assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408"), answer);
    }
    assertTrue(System.currentTimeMillis() - opened >= TIMEOUTS.read().toMillis(), "closed before any timeout");
    assertTrue(sink.batches.isEmpty());
    awaitNothingInFlight();
  }

  /** Waits until the endpoint holds no request body: closed requests gave theirs back. */
  private void awaitNothingInFlight() throws InterruptedException {
    for (int i = 0; i < 100 && endpoint.bytesInFlight() > 0; i++) {
      Thread.sleep(20);
    }
    assertEquals(0, endpoint.bytesInFlight());
  }

  @Test
  void aSlowChunkedBodyIsClosedAfterItsTimeout() throws Exception {
    allClosedInTime(50, post("Transfer-Encoding: chunked\r\n") + "1\r\n{\r\n");
    awaitNothingInFlight();
  }

  /** Writes {@code b} to {@code socket} every {@code millis} ms, on a thread of its own, until the write fails. */
  private static Thread drip(Socket socket, int b, long millis) {
    Thread dripper = new Thread(() -> {
      try {
        while (true) {
          Thread.sleep(millis);
          socket.getOutputStream().write(b);
          socket.getOutputStream().flush();
        }
      } catch (IOException | InterruptedException e) {
        // closed: done
      }
    });
    dripper.setDaemon(true);
    dripper.start();
    return dripper;
  }

  @Test
  void aBodyDrippedAByteAtATimeIsRefusedAtTheBodyTimeoutThoughEachReadIsInTime() throws Exception {
    Socket socket = open(post("Content-Length: 1000\r\n"));
    long started = System.currentTimeMillis();
    Thread dripper = drip(socket, ' ', 300); // each byte well within the read timeout

    String answer = closedWithin(socket, CLOSED_WITHIN_MILLIS);
    dripper.interrupt();

    assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
    assertTrue(answer.contains("\"error\":\"REQUEST_TIMEOUT\""), answer);
    long took = System.currentTimeMillis() - started;
    assertTrue(took >= BODY.toMillis() - 300 && took < BODY.toMillis() + 2_000, took + " ms");
    assertEquals(1, endpoint.stats().refusedWith(ErrorCode.REQUEST_TIMEOUT));
    awaitNothingInFlight();
  }

  @Test
  void unfinishedHeadersAreClosedAfterTheRequestParseTimeout() throws Exception {
    allClosedInTime(50, "POST /api/log HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-");
  }

  @Test
  void headersDrippedAByteAtATimeAreClosedAfterTheRequestParseTimeout() throws Exception {
    Socket socket = open("POST /api/log HTTP/1.1\r\nX-Slow: ");
    Thread dripper = drip(socket, 'x', 250);

    closedWithin(socket, CLOSED_WITHIN_MILLIS);
    dripper.interrupt();
  }

  @Test
  void aConnectionThatSendsNothingIsClosedAfterTheNoRequestTimeout() throws Exception {
    allClosedInTime(50, "");
  }

  @Test
  void aClientThatSendsInTimeIsAnswered() throws Exception {
    String body = "{\"events\":[{\"level\":\"info\",\"event\":\"ok\"}]}";
    Socket socket = open(post("Content-Length: " + body.length() + "\r\nConnection: close\r\n") + body);

    String answer = closedWithin(socket, CLOSED_WITHIN_MILLIS);

    assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    assertEquals(List.of("ok"), sink.names());
  }
}

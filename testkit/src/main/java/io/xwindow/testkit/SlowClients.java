package io.xwindow.testkit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Sockets that hold a server's connections as slow clients do: each sends the start of a request
 * (or nothing) and then stalls, never closing. A test opens a few hundred against a real server,
 * looks at the heap, and waits for the server to close them.
 *
 * <pre>{@code
 * try (SlowClients slow = SlowClients.open(new InetSocketAddress("127.0.0.1", port), "/api", 100)) {
 *   assertEquals(Map.of(), slow.stillOpenAfter(Duration.ofSeconds(5)));
 * }
 * }</pre>
 */
public final class SlowClients implements AutoCloseable {
  /** How a slow client stalls. */
  public enum Kind {
    /** Connects and sends nothing. */
    SILENT,
    /** Sends a request line and a header, never the blank line that ends the headers. */
    UNFINISHED_HEADERS,
    /** Sends whole headers declaring a 1 MiB body, then one byte of it. */
    SLOW_BODY,
    /** Sends whole headers of a chunked body, then the start of a 1 MiB chunk. */
    SLOW_CHUNKED_BODY;

    private String start(String host, String path) {
      String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
      switch (this) {
        case SILENT:
          return "";
        case UNFINISHED_HEADERS:
          return head + "Content-Type: application/json\r\nX-Slow: ";
        case SLOW_BODY:
          return head + "Content-Type: application/json\r\nContent-Length: 1048576\r\n\r\n[";
        default:
          return head + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n100000\r\n[";
      }
    }
  }

  private final Map<Kind, List<SocketChannel>> sockets;

  private SlowClients(Map<Kind, List<SocketChannel>> sockets) {
    this.sockets = sockets;
  }

  /** Opens {@code each} sockets of every {@link Kind} to {@code server}, each asking for {@code path}. */
  public static SlowClients open(InetSocketAddress server, String path, int each) throws IOException {
    Map<Kind, List<SocketChannel>> sockets = new EnumMap<>(Kind.class);
    SlowClients clients = new SlowClients(sockets);
    String host = server.getHostString() + ":" + server.getPort();
    try {
      for (Kind kind : Kind.values()) {
        List<SocketChannel> ofKind = new ArrayList<>();
        sockets.put(kind, ofKind);
        byte[] start = kind.start(host, path).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < each; i++) {
          SocketChannel socket = SocketChannel.open(server);
          ofKind.add(socket);
          socket.write(ByteBuffer.wrap(start));
          socket.configureBlocking(false);
        }
      }
    } catch (IOException | RuntimeException e) {
      clients.close();
      throw e;
    }
    return clients;
  }

  /**
   * Waits up to {@code wait} for the server to close every socket (whatever it answered first),
   * and returns how many of each kind it still keeps open: an empty map when it closed them all.
   */
  public Map<Kind, Integer> stillOpenAfter(Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    ByteBuffer sink = ByteBuffer.allocate(8192);
    Map<Kind, Integer> open = new EnumMap<>(Kind.class);
    do {
      open.clear();
      for (Map.Entry<Kind, List<SocketChannel>> kind : sockets.entrySet()) {
        for (SocketChannel socket : kind.getValue()) {
          if (!closedByServer(socket, sink)) {
            open.merge(kind.getKey(), 1, Integer::sum);
          }
        }
      }
      if (open.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    return open;
  }

  /** Reads what arrived; true once the server closed (end of stream or reset). */
  private static boolean closedByServer(SocketChannel socket, ByteBuffer sink) {
    try {
      int read;
      do {
        sink.clear();
        read = socket.read(sink);
      } while (read > 0);
      return read < 0;
    } catch (IOException reset) {
      return true;
    }
  }

  /** The heap in use after a garbage collection, in bytes: what the server really holds. */
  public static long heapUsedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Override
  public void close() {
    for (List<SocketChannel> ofKind : sockets.values()) {
      for (SocketChannel socket : ofKind) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing a socket the server reset: nothing left to release
        }
      }
    }
  }
}

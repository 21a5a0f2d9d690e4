package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Ports on the loopback interface for servers a test or benchmark starts as a process. */
public final class LocalPorts {
  private LocalPorts() {}

  /** A port free on 127.0.0.1 now. */
  public static int free() {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until something accepts connections on 127.0.0.1:{@code port}; fails when {@code
   * process} (the server) exits first or {@code wait} passes.
   */
  public static void awaitOpen(int port, Process process, Duration wait) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IOException("nothing listens on 127.0.0.1:" + port + " after " + wait
              + (process.isAlive() ? "" : " (the server exited with " + process.exitValue() + ")"));
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }
    }
  }
}

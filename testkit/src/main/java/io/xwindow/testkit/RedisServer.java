package io.xwindow.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real redis-server (Debian's package; bin/setup-redis installs it) on 127.0.0.1 and a free
 * port, with no persistence, in a temporary folder; stopped and removed by {@link #close()}. It can
 * be killed and started again on the same port, and sent a command (e.g. {@code CLIENT PAUSE}).
 */
public final class RedisServer implements AutoCloseable {
  private final Path dir;
  private final int port;
  private Process process;

  /** A server on a free port, started. */
  public RedisServer() throws IOException, InterruptedException {
    this(true);
  }

  /** A server on a free port, started now or later with {@link #start()}. */
  public RedisServer(boolean started) throws IOException, InterruptedException {
    Lane.require(Lane.REDIS, "a redis-server");
    port = LocalPorts.free();
    dir = Files.createTempDirectory("redis");
    if (started) {
      start();
    }
  }

  /** Starts redis-server on this port (again, after {@link #kill()}), empty, and waits until it answers. */
  public void start() throws IOException, InterruptedException {
    process =
        new ProcessBuilder(List.of("redis-server", "--port", "" + port, "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!"+PONG".equals(send("PING"))) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        close();
        throw new IllegalStateException("redis-server did not start on port " + port);
      }
      Thread.sleep(20);
    }
  }

  /** Kills the server at once (SIGKILL), as a crash would. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  /** Its URI, {@code redis://127.0.0.1:PORT}. */
  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** Sends one inline command on a new connection and returns the first line of the reply, or null. */
  public String send(String command) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
        line.append((char) c);
      }
      return line.toString();
    } catch (IOException e) {
      return null;
    }
  }

  /** Its port on 127.0.0.1. */
  public int port() {
    return port;
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    Folders.deleteQuietly(dir);
  }
}

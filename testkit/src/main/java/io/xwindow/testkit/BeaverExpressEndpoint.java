package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * beaver-logger's own Express endpoint ({@code server/} of the npm package, e.g. {@code
 * beaver-logger@4.0.36}) run by Node on 127.0.0.1 and a free port, behind {@code express.json()}
 * as its README asks, at {@code /api/log}, with CORS on. Express and its peers are installed with
 * {@code npm install} into {@code target/npm/node_modules} on first use. Stopped by {@link #close()}.
 *
 * <p>{@link #recording} swaps beaver's console logger for one that keeps each event, served back
 * as JSON at {@code /__arrived}; {@link #consoleTo} keeps beaver's default console logger, its
 * output sent to a file (e.g. {@code /dev/null} for a benchmark).
 */
public final class BeaverExpressEndpoint implements AutoCloseable {
  /** Express and what beaver 5's compiled server requires, pinned. */
  private static final List<String> PEERS = List.of("express@4.21.2", "@babel/runtime@7.26.0");

  private static final String SCRIPT =
      "const [pkg, port, record] = process.argv.slice(2);\n"
          + "const express = require('express');\n"
          + "const { expressEndpoint } = require(pkg + '/server');\n"
          + "const arrived = [];\n"
          + "const recorder = { log(req, level, name, payload) { arrived.push({ level, name, payload }); },\n"
          + "  track() {}, meta() {}, metric() {} };\n"
          + "const app = express();\n"
          + "app.get('/__arrived', (req, res) => res.json(arrived));\n"
          + "app.use(express.json({ limit: '1mb' }));\n"
          + "app.use(expressEndpoint(record === 'record' ? { uri: '/api/log', enableCors: true, logger: recorder }\n"
          + "  : { uri: '/api/log', enableCors: true }));\n"
          + "app.listen(Number(port), '127.0.0.1', () => process.stderr.write('listening\\n'));\n";

  private final Process node;
  private final int port;

  private BeaverExpressEndpoint(String spec, boolean record, Path output) {
    Path npm = Bundles.root().resolve("target").resolve("npm");
    Path pkg = NpmPackage.published(spec).folder();
    try {
      installPeers(npm);
      Path script = npm.resolve("beaver-express-endpoint.js");
      Files.writeString(script, SCRIPT);
      port = LocalPorts.free();
      ProcessBuilder builder =
          new ProcessBuilder(List.of("node", script.toString(), pkg.toString(), "" + port, record ? "record" : "console"))
              .directory(npm.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      node = builder.start();
      try {
        LocalPorts.awaitOpen(port, node, java.time.Duration.ofSeconds(20));
      } catch (IOException e) {
        close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** beaver's endpoint of {@code spec}, keeping what arrives (see {@link #arrivedJson()}). */
  public static BeaverExpressEndpoint recording(String spec) {
    try {
      return new BeaverExpressEndpoint(spec, true, Files.createTempFile("beaver-express", ".log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** beaver's endpoint of {@code spec} with its default console logger, writing to {@code output}. */
  public static BeaverExpressEndpoint consoleTo(String spec, Path output) {
    return new BeaverExpressEndpoint(spec, false, output);
  }

  /** The endpoint's URL, {@code http://127.0.0.1:PORT/api/log}. */
  public String url() {
    return "http://127.0.0.1:" + port + "/api/log";
  }

  /** The events logged so far, as JSON {@code [{"level","name","payload"}]} (recording only). */
  public String arrivedJson() {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(
          "GET /__arrived HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return response.substring(response.indexOf("\r\n\r\n") + 4);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    node.destroy();
    try {
      if (!node.waitFor(10, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    } catch (InterruptedException e) {
      node.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static synchronized void installPeers(Path npm) throws IOException {
    if (Files.isDirectory(npm.resolve("node_modules/express")) && Files.isDirectory(npm.resolve("node_modules/@babel/runtime"))) {
      return;
    }
    Files.createDirectories(npm);
    List<String> command = new ArrayList<>(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", npm.toString()));
    command.addAll(PEERS);
    Process install = new ProcessBuilder(command).directory(npm.toFile()).redirectErrorStream(true).start();
    String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (install.waitFor() != 0) {
        throw new IOException("npm install " + PEERS + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}

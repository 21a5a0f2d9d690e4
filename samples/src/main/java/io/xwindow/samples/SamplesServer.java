package io.xwindow.samples;

import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import io.xwindow.samples.memcookies.LoginApp;
import io.xwindow.serverkit.Timeouts;
import io.xwindow.testkit.Bundles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The samples: a parent site and a child site on two origins of the loopback interface. Pages
 * come from this jar ({@code parent/} and {@code child/}), with {@code {{PARENT_ORIGIN}}} and
 * {@code {{CHILD_ORIGIN}}} filled in; so do the scripts and the stylesheet both sites share, from
 * {@code /shared/} (e.g. a component's definition, loaded by the parent and the child); bundles are served as
 * built, from {@code /bundles/}; React and Vue, for the pages that use a component in them, from
 * {@code /frameworks/} ({@link FrameworkScripts}). {@code {{STRANGER_ORIGIN}}} is the parent site
 * under the name {@code localhost}: a third origin, which no component of the samples allows as its
 * parent.
 *
 * <p>Run it with {@code bin/samples}, or {@code mvn -pl samples exec:java} after a build.
 */
public final class SamplesServer implements AutoCloseable {
  /** The parent's port unless {@code -Dparent.port} says otherwise. */
  public static final int PARENT_PORT = 8001;
  /** The child's port unless {@code -Dchild.port} says otherwise. */
  public static final int CHILD_PORT = 8002;
  /** The memcookies login demo's port unless {@code -Dmemcookies.port} says otherwise. */
  public static final int MEMCOOKIES_PORT = 8003;

  private final Undertow parent;
  private final Undertow child;
  private final SampleLog log;
  private final String parentOrigin;
  private final String childOrigin;
  private final LoginApp login;

  /** Starts both sites and the memcookies login demo on free ports. */
  public SamplesServer(int parentPort, int childPort) {
    this(parentPort, childPort, 0);
  }

  /** Starts both sites and the memcookies login demo; a port of 0 takes a free one. */
  public SamplesServer(int parentPort, int childPort, int memcookiesPort) {
    this(parentPort, childPort, memcookiesPort, Timeouts.DEFAULT);
  }

  /**
   * Starts both sites and the memcookies login demo, each server closing connections of slow
   * clients after {@code timeouts}; a port of 0 takes a free one.
   */
  public SamplesServer(int parentPort, int childPort, int memcookiesPort, Timeouts timeouts) {
    Site parentSite = new Site("parent", this);
    Site childSite = new Site("child", this);
    child = start(childPort, "the child site", "child.port", childSite::handle, timeouts);
    childOrigin = "http://localhost:" + port(child);
    log = new SampleLog(childOrigin); // the parent site's log endpoint, for pages of both sites
    try {
      parent = start(parentPort, "the parent site", "parent.port", log.handler(parentSite::handle), timeouts);
    } catch (PortInUse e) {
      child.stop();
      log.close();
      throw e;
    }
    parentOrigin = "http://127.0.0.1:" + port(parent);
    try {
      login = new LoginApp(memcookiesPort, false, timeouts);
    } catch (RuntimeException e) {
      parent.stop();
      child.stop();
      log.close();
      throw e.getCause() instanceof BindException
          ? new PortInUse(memcookiesPort, "the memcookies demo", "memcookies.port")
          : e;
    }
  }

  /** A port another program holds, and which server of the samples wanted it. */
  public static final class PortInUse extends RuntimeException {
    PortInUse(int port, String server, String property) {
      super("port " + port + " is in use (" + server + "); choose another with -D" + property + "=PORT",
          null, false, false);
    }
  }

  private static Undertow start(int port, String name, String property, io.undertow.server.HttpHandler handler,
      Timeouts timeouts) {
    Undertow server = timeouts.applyTo(Undertow.builder())
        .addHttpListener(port, "127.0.0.1").setHandler(handler).build();
    try {
      server.start();
    } catch (RuntimeException e) {
      if (e.getCause() instanceof BindException) {
        throw new PortInUse(port, name, property);
      }
      throw e;
    }
    return server;
  }

  private static int port(Undertow server) {
    return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  /** The parent site's origin, e.g. {@code http://127.0.0.1:8001}. */
  public String parentOrigin() {
    return parentOrigin;
  }

  /** The child site's origin, e.g. {@code http://localhost:8002}. */
  public String childOrigin() {
    return childOrigin;
  }

  /**
   * The parent site reached as {@code localhost}, e.g. {@code http://localhost:8001}: another
   * origin than {@link #parentOrigin()} and {@link #childOrigin()}, the stranger that copies the
   * parent's page to embed a component it is not allowed to.
   */
  public String strangerOrigin() {
    return "http://localhost:" + port(parent);
  }

  /** The memcookies login demo's origin, e.g. {@code http://127.0.0.1:8003}. */
  public String memcookiesOrigin() {
    return login.origin();
  }

  @Override
  public void close() {
    parent.stop();
    child.stop();
    log.close();
    login.close();
  }

  /** One of the two sites: its pages, the shared scripts, and every bundle. */
  private static final class Site {
    private final String folder;
    private final SamplesServer origins;

    Site(String folder, SamplesServer origins) {
      this.folder = folder;
      this.origins = origins;
    }

    void handle(HttpServerExchange exchange) throws IOException {
      if (exchange.isInIoThread()) {
        exchange.dispatch(this::handle);
        return;
      }
      String path = exchange.getRequestPath();
      exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
      if (path.startsWith("/bundles/")) {
        Path bundle;
        try {
          bundle = Bundles.path(path.substring("/bundles/".length()));
        } catch (IllegalArgumentException unknown) { // a name no module builds: the client's mistake
          notFound(exchange);
          return;
        }
        send(exchange, "text/javascript; charset=utf-8", Files.readAllBytes(bundle));
        return;
      }
      if (path.startsWith("/frameworks/")) {
        Optional<byte[]> script = FrameworkScripts.read(path.substring("/frameworks/".length()));
        if (script.isPresent()) {
          send(exchange, "text/javascript; charset=utf-8", script.get());
        } else {
          notFound(exchange);
        }
        return;
      }
      if (path.startsWith("/shared/")) {
        String shared = path.substring("/shared/".length());
        if (isPlainName(shared, ".js")) {
          sendFilled(exchange, "shared/" + shared, "text/javascript; charset=utf-8");
        } else if (isPlainName(shared, ".css")) {
          sendFilled(exchange, "shared/" + shared, "text/css; charset=utf-8");
        } else {
          notFound(exchange);
        }
        return;
      }
      String page = path.equals("/") ? "index.html" : path.substring(1);
      if (isPlainName(page, ".html")) {
        sendFilled(exchange, folder + "/" + page, "text/html; charset=utf-8");
      } else {
        notFound(exchange);
      }
    }

    private static boolean isPlainName(String name, String extension) {
      return !name.contains("/") && name.endsWith(extension);
    }

    /** Sends the resource {@code name} of this jar with the origins filled in, or a 404. */
    private void sendFilled(HttpServerExchange exchange, String name, String type) throws IOException {
      try (InputStream in = SamplesServer.class.getResourceAsStream(name)) {
        if (in == null) {
          notFound(exchange);
          return;
        }
        String text =
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .replace("{{PARENT_ORIGIN}}", origins.parentOrigin)
                .replace("{{CHILD_ORIGIN}}", origins.childOrigin)
                .replace("{{STRANGER_ORIGIN}}", origins.strangerOrigin())
                .replace("{{MEMCOOKIES_ORIGIN}}", origins.login.origin());
        send(exchange, type, text.getBytes(StandardCharsets.UTF_8));
      }
    }

    private static void send(HttpServerExchange exchange, String type, byte[] body) {
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
      exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }

    private static void notFound(HttpServerExchange exchange) {
      exchange.setStatusCode(StatusCodes.NOT_FOUND);
      exchange.getResponseSender().send("not found");
    }
  }

  /** The Logback configuration of {@code bin/samples}, in this jar: warnings only, where Logback's default is DEBUG. */
  static final String LOGBACK_CONFIG = "io/xwindow/samples/samples-logback.xml";

  /**
   * Starts the samples and prints the URLs to open; a port property that is not a port exits with
   * 2, a port in use with 1, each with one line on standard error that names it.
   */
  public static void main(String[] args) throws InterruptedException {
    // Before the first logger is made: Logback reads its configuration once.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
    }
    SamplesServer server;
    try {
      server = new SamplesServer(
          port("parent.port", PARENT_PORT), port("child.port", CHILD_PORT), port("memcookies.port", MEMCOOKIES_PORT));
    } catch (IllegalArgumentException e) {
      System.err.println("samples: " + e.getMessage());
      System.exit(2);
      return;
    } catch (PortInUse e) {
      System.err.println("samples: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.out.println("xwindow samples are running:");
    System.out.println("  parent site: " + server.parentOrigin() + "/   <- open this one");
    System.out.println("  child site:  " + server.childOrigin() + "/");
    System.out.println("  memcookies:  " + server.memcookiesOrigin() + "/   <- a login without cookies");
    System.out.println("Press Ctrl+C to stop.");
    Thread.currentThread().join();
  }

  /** The port in system property {@code property}, or {@code otherwise}. */
  private static int port(String property, int otherwise) {
    String value = System.getProperty(property);
    if (value == null) {
      return otherwise;
    }
    if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) > 65_535) {
      throw new IllegalArgumentException("-D" + property + " needs a port (0 to 65535), not '" + value + "'");
    }
    return Integer.parseInt(value);
  }
}

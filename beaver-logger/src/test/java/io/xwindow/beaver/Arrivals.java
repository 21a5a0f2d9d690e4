package io.xwindow.beaver;

import static org.junit.jupiter.api.Assertions.fail;

import io.undertow.Undertow;
import io.xwindow.beaver.server.LogEndpoint;
import io.xwindow.beaver.server.sink.Sink;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.Event;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.Site;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Our log endpoint on its own loopback origin, for browser tests: it records every batch it
 * logs, and can be told to fail (it then answers 503) for a while. A JUnit extension, registered
 * after {@link Origins}: started for the test class, allowing pages of sites a and b, and emptied
 * before each test.
 */
final class Arrivals implements Sink, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  final List<Batch> batches = new CopyOnWriteArrayList<>();
  volatile boolean failing;
  private final Origins origins;
  LogEndpoint endpoint;
  private Undertow server;
  String url;

  Arrivals(Origins origins) {
    this.origins = origins;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    LogEndpoint.Builder settings = LogEndpoint.builder().sink(this).noRateLimit();
    for (Site page : new Site[] {origins.a(), origins.b()}) {
      settings.allowOrigins(page.origin());
    }
    endpoint = settings.build();
    server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(endpoint.handler()).build();
    server.start();
    int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    url = "http://127.0.0.1:" + port + "/api/log";
  }

  @Override
  public void write(Batch batch, String client) {
    if (failing) {
      throw new IllegalStateException("failing for a while (a test)");
    }
    batches.add(batch);
  }

  List<Event> events() {
    return batches.stream().flatMap(b -> b.events().stream()).toList();
  }

  List<String> names() {
    return events().stream().map(Event::name).toList();
  }

  /** Waits up to {@code millis} until {@code condition} holds over what arrived. */
  void await(Predicate<Arrivals> condition, long millis) {
    long deadline = System.currentTimeMillis() + millis;
    while (!condition.test(this)) {
      if (System.currentTimeMillis() > deadline) {
        fail("not arrived in " + millis + " ms; arrived: " + names());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Waits for an event named {@code name}. */
  void awaitEvent(String name, long millis) {
    await(a -> a.names().contains(name), millis);
  }

  /** Waits until {@code count} events named {@code name} have arrived. */
  void awaitCount(String name, long count, long millis) {
    await(a -> a.names().stream().filter(name::equals).count() >= count, millis);
  }

  void clear() {
    batches.clear();
    failing = false;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.stop();
    endpoint.close();
  }
}

package io.xwindow.beaver.server;

import io.xwindow.beaver.server.sink.Sink;
import io.xwindow.beaver.server.sink.SinkFullException;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.Event;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps what it was given; it can be told to fail, to be full, or to report a backlog. */
final class RecordingSink implements Sink {
  final List<Batch> batches = new CopyOnWriteArrayList<>();
  volatile boolean failing;
  volatile boolean full;
  volatile int backlog;

  @Override
  public void write(Batch batch, String client) {
    if (failing) {
      throw new IllegalStateException("the sink is down (a test)");
    }
    if (full) {
      throw new SinkFullException("the sink is full (a test)");
    }
    batches.add(batch);
  }

  @Override
  public int backlog() {
    return backlog;
  }

  List<Event> events() {
    return batches.stream().flatMap(b -> b.events().stream()).toList();
  }

  List<String> names() {
    return events().stream().map(Event::name).toList();
  }
}

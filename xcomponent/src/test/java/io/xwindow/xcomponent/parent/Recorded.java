package io.xwindow.xcomponent.parent;

import io.xwindow.xcomponent.error.XComponentError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link Lifecycle.Steps} and {@link Tell} that write down what they are told, in order: {@code
 * raised:CODE:onError}, {@code rendered}, {@code settled} or {@code settled:CODE}, {@code
 * ended:REASON}, {@code tell:EVENT:PROP}. A step may also act (as the page's callbacks may).
 */
final class Recorded implements Lifecycle.Steps, Tell {
  final List<String> log = new ArrayList<>();
  /** Runs after a step is written down, with the step's entry. */
  Consumer<String> then = entry -> {};

  private void add(String entry) {
    log.add(entry);
    then.accept(entry);
  }

  static String code(Object error) {
    return error instanceof XComponentError ? ((XComponentError) error).code : String.valueOf(error);
  }

  @Override
  public void raised(Object error, boolean onError) {
    add("raised:" + code(error) + ":" + onError);
  }

  @Override
  public void rendered() {
    add("rendered");
  }

  @Override
  public void settled(Object error) {
    add(error == null ? "settled" : "settled:" + code(error));
  }

  @Override
  public void ended(String reason) {
    add("ended:" + reason);
  }

  @Override
  public void tell(String event, String prop, Object payload) {
    add("tell:" + event + ":" + prop);
  }

  String joined() {
    return String.join(",", log);
  }
}

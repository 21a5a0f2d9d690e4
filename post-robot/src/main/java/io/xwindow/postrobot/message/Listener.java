package io.xwindow.postrobot.message;

import elemental2.core.JsArray;
import elemental2.dom.Window;
import io.xwindow.postrobot.domain.DomainPattern;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;

/**
 * A registered request listener, from {@link io.xwindow.postrobot.PostRobot#on}; {@link #cancel()}
 * removes it.
 */
@JsType
public final class Listener {
  /** Where listeners are registered; a listener removes itself from there. */
  public interface Registry {
    void remove(Listener listener);
  }

  private final String name;
  private final JsArray<Window> windows;
  private final Object domain;
  private final Handler handler;
  private final ErrorHandler errorHandler;
  private final boolean once;
  private final Registry registry;

  @JsIgnore
  public Listener(
      String name,
      JsArray<Window> windows,
      Object domain,
      Handler handler,
      ErrorHandler errorHandler,
      boolean once,
      Registry registry) {
    this.name = name;
    this.windows = windows;
    this.domain = domain;
    this.handler = handler;
    this.errorHandler = errorHandler;
    this.once = once;
    this.registry = registry;
  }

  /** Stops listening. Calling it again does nothing. */
  public void cancel() {
    registry.remove(this);
  }

  @JsIgnore
  public String name() {
    return name;
  }

  /** The windows it hears, or null for any window. */
  @JsIgnore
  public JsArray<Window> windows() {
    return windows;
  }

  @JsIgnore
  public Object domain() {
    return domain;
  }

  @JsIgnore
  public Handler handler() {
    return handler;
  }

  @JsIgnore
  public ErrorHandler errorHandler() {
    return errorHandler;
  }

  /** True when it cancels itself after its first request. */
  @JsIgnore
  public boolean once() {
    return once;
  }

  /** How well it fits a request from {@code source} at {@code origin}; lower wins, -1 never. */
  @JsIgnore
  public int fit(Window source, String origin) {
    return fit(hears(source), windows == null, DomainPattern.rank(domain, origin));
  }

  /**
   * How well a listener fits, lower wins, -1 never: one that hears the sending window, for that
   * very window before one for any window, then by {@code domainRank} ({@link DomainPattern}:
   * an exact origin before a RegExp or array, before {@code "*"}), as post-robot orders them.
   */
  static int fit(boolean hearsWindow, boolean anyWindow, int domainRank) {
    if (!hearsWindow || domainRank == DomainPattern.NONE) {
      return -1;
    }
    return (anyWindow ? 3 : 0) + domainRank;
  }

  /** True when it hears {@code source}, whatever its origin. */
  @JsIgnore
  public boolean hears(Window source) {
    return windows == null || windows.indexOf(source) >= 0;
  }
}

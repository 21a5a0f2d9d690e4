package io.xwindow.xcomponent.parent;

import elemental2.core.JsArray;
import elemental2.dom.EventListener;
import elemental2.dom.MutationObserver;
import elemental2.dom.MutationObserverInit;
import elemental2.dom.PageTransitionEvent;
import io.xwindow.base.time.Timers;
import io.xwindow.base.browser.Page;
import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.constant.EventName;
import io.xwindow.xcomponent.dom.View;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Ends an instance whose window went away without it: the view is asked every {@value #CHECK_MS}
 * ms, and for a frame whenever the document changes, whether its window is gone (a closed popup,
 * a frame whose container left the page and did not come back ({@link Removal}), a modal dialog
 * the user closed). Decides too what the page leaving means: a page that
 * enters the back/forward cache keeps its component, if the component allows it; any other leave
 * ends it.
 *
 * <p>The decisions ({@link #start}, {@link #check}, {@link #pageHidden}, {@link #pageShown}) are
 * plain Java, tested on the JVM with a clock the test holds; {@link #listen} alone touches the
 * page (its {@code MutationObserver}, {@code pagehide} and {@code pageshow}), in one class rather
 * than two, as a class costs bundle bytes.
 */
public final class Watch {
  /** Milliseconds between checks that the window is still there. */
  static final double CHECK_MS = 250;

  private final Timers timers;
  private final View view;
  private final Lifecycle lifecycle;
  private final boolean bfcache;
  private final Tell tell;
  private final Removal removal;
  private double interval;
  private MutationObserver observer;
  private EventListener hidden;
  private EventListener shown;

  /** Watches {@code view} for {@code lifecycle}; {@code bfcache}: the page may be cached. */
  public Watch(Timers timers, View view, Lifecycle lifecycle, boolean bfcache, Tell tell) {
    this.timers = timers;
    this.view = view;
    this.lifecycle = lifecycle;
    this.bfcache = bfcache;
    this.tell = tell;
    this.removal = new Removal(timers);
  }

  /** Starts the checks. */
  public void start() {
    interval = timers.every(CHECK_MS, this::check);
  }

  /**
   * Starts the checks, and brings the page's signals to this watch: for a {@code frame}, each
   * change to the document.
   */
  public void listen(boolean frame) {
    start();
    if (frame) {
      observer = new MutationObserver((records, ignored) -> {
        check();
        return null;
      });
      // a modal dialog the user closed loses its open attribute
      MutationObserverInit init = Js.uncheckedCast(JsPropertyMap.of("childList", true,
          "subtree", true, "attributeFilter", new JsArray<>("open")));
      observer.observe(Page.document().documentElement, init);
    }
    hidden = e -> pageHidden(Js.<PageTransitionEvent>uncheckedCast(e).persisted);
    shown = e -> pageShown(Js.<PageTransitionEvent>uncheckedCast(e).persisted);
    Page.window().addEventListener("pagehide", hidden);
    Page.window().addEventListener("pageshow", shown);
  }

  /** Ends the instance if its window is gone, with the reason the view gives. */
  public void check() {
    String reason = removal.judge(view.gone(), this::check);
    if (reason != null) {
      lifecycle.end(reason);
    }
  }

  /** The page is hidden; {@code persisted}: it enters the back/forward cache. */
  public void pageHidden(boolean persisted) {
    if (persisted && bfcache) {
      tell.tell(EventName.BFCACHE_CACHE, "onBfcacheCache", null);
    } else {
      lifecycle.end(CloseReason.PARENT_NAVIGATED);
    }
  }

  /** The page is shown; {@code persisted}: it came back from the back/forward cache. */
  public void pageShown(boolean persisted) {
    if (persisted) {
      tell.tell(EventName.BFCACHE_RESTORE, "onBfcacheRestore", null);
    }
  }

  /** Stops the checks, and stops listening to the page. */
  public void stop() {
    if (interval != 0) {
      timers.cancel(interval);
      interval = 0;
    }
    removal.stop();
    if (observer != null) {
      observer.disconnect();
    }
    if (hidden != null) {
      Page.window().removeEventListener("pagehide", hidden);
      Page.window().removeEventListener("pageshow", shown);
    }
  }
}

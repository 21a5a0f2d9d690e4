package io.xwindow.beaver.transition;

import jsinterop.annotations.JsFunction;

/**
 * The page's state and the transition under way, as beaver-logger 3 kept them: {@link #start}
 * and {@link #end} are its {@code startTransition()} and {@code endTransition(to)}. A transition
 * that ends without a start measures from the last end, and the first from the moment the
 * connection to the server was made, as beaver 3 did. A transition is logged in the state it
 * leaves (its event carries that page id, and the batch flushed with it that state, as beaver 3
 * sent them); then the page is in the new state, with a new page id.
 *
 * <p>For single-page applications, {@link #navigated} and {@link #painted} start and end
 * transitions on their own: a same-document navigation starts one (unless one is under way), and
 * the paint after it ends it in the state named after the new route, if the route changed.
 */
public final class Transitions {
  /** beaver 3's first state, while no route names it. */
  public static final String INITIAL = "init";

  /** Makes page ids. */
  @JsFunction
  public interface Ids {
    /** A new random id. */
    String next();
  }

  /** The window's id, for its whole life: beaver 3's {@code windowID}. */
  public final String windowId;
  /** Logs one transition that ended. */
  @JsFunction
  public interface Log {
    /** {@code name} is {@code transition_<from>_to_<to>}; {@code duration} in whole ms. */
    void transition(String name, double duration);
  }

  private final Ids ids;
  private final Log log;
  private String state;
  private double start;
  private boolean underway;
  private String pageId;

  /**
   * The page in {@code state}; a first transition that was not started measures from {@code
   * origin} (ms on the page's clock); each that ends goes to {@code log}.
   */
  public Transitions(String state, double origin, Ids ids, Log log) {
    this.state = state;
    this.start = origin;
    this.ids = ids;
    this.log = log;
    windowId = ids.next();
    pageId = ids.next();
  }

  /** A transition starts at {@code now}. */
  public void start(double now) {
    start = now;
    underway = true;
  }

  /**
   * Ends the transition at {@code now} and logs it: the page is then in state {@code to}; the
   * next transition measures from here unless started.
   */
  public void end(String to, double now) {
    log.transition("transition_" + state + "_to_" + to, Math.floor(now - start));
    state = to;
    start = now;
    underway = false;
    pageId = ids.next();
  }

  /** A same-document navigation at {@code now}: a transition starts, unless one is under way. */
  public void navigated(double now) {
    if (!underway) {
      start(now);
    }
  }

  /**
   * The first paint after a navigation, at {@code now}: ends the transition under way in state
   * {@code to}, the {@link Routes#name name} of the new route; {@code to} null: the route did not
   * change (a navigation to another document that has not left yet, a {@code replaceState} of the
   * same route), and the transition under way is dropped. Ends nothing when none is under way (an
   * explicit end came first).
   */
  public void painted(String to, double now) {
    if (underway && to != null) {
      end(to, now);
    }
    underway = false;
  }

  /** The page's meta: beaver 3's {@code ui_<state>}. */
  public String meta() {
    return "ui_" + state;
  }

  /** The id of the page since the last transition: beaver 3's {@code pageID}. */
  public String pageId() {
    return pageId;
  }
}

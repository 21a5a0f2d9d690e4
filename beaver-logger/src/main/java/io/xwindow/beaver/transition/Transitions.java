package io.xwindow.beaver.transition;

import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

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
 *
 * <p>A plain JavaScript object in the browser, its methods overlays: a class of ours would bring
 * J2CL's {@code Object} into the logger's bundle. Hence {@link #of} and no final fields.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class Transitions {
  /** beaver 3's first state, while no route names it. */
  @JsOverlay
  public static final String INITIAL = "init";

  /** Makes page ids. */
  @JsFunction
  public interface Ids {
    /** A new random id. */
    String next();
  }

  /** The window's id, for its whole life: beaver 3's {@code windowID}. */
  public String windowId;
  /** Logs one transition that ended. */
  @JsFunction
  public interface Log {
    /** {@code name} is {@code transition_<from>_to_<to>}; {@code duration} in whole ms. */
    void transition(String name, double duration);
  }

  private Ids ids;
  private Log logged;
  private String named;
  private double since;
  private boolean underway;
  private String pageId;

  /**
   * The page in {@code state}; a first transition that was not started measures from {@code
   * origin} (ms on the page's clock); each that ends goes to {@code log}.
   */
  @JsOverlay
  public static Transitions of(String state, double origin, Ids ids, Log log) {
    Transitions transitions = new Transitions();
    transitions.named = state;
    transitions.since = origin;
    transitions.ids = ids;
    transitions.logged = log;
    transitions.underway = false;
    transitions.windowId = ids.next();
    transitions.pageId = ids.next();
    return transitions;
  }

  /** A transition starts at {@code now}. */
  @JsOverlay
  public void start(double now) {
    since = now;
    underway = true;
  }

  /**
   * Ends the transition at {@code now} and logs it: the page is then in state {@code to}; the
   * next transition measures from here unless started.
   */
  @JsOverlay
  public void end(String to, double now) {
    logged.transition("transition_" + named + "_to_" + to, Math.floor(now - since));
    named = to;
    since = now;
    underway = false;
    pageId = ids.next();
  }

  /** A same-document navigation at {@code now}: a transition starts, unless one is under way. */
  @JsOverlay
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
  @JsOverlay
  public void painted(String to, double now) {
    if (underway && to != null) {
      end(to, now);
    }
    underway = false;
  }

  /** The page's meta: beaver 3's {@code ui_<state>}. */
  @JsOverlay
  public String meta() {
    return "ui_" + named;
  }

  /** The id of the page since the last transition: beaver 3's {@code pageID}. */
  @JsOverlay
  public String pageId() {
    return pageId;
  }
}

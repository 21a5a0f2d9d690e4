package io.xwindow.probe;

import elemental2.dom.DomGlobal;
import elemental2.dom.MessageEvent;
import elemental2.dom.Window;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * A ping/pong over {@code window.postMessage}: {@link #answer} on one origin, {@link #ping} from
 * another. Each side checks {@code event.origin} and {@code event.source} before it believes a
 * message.
 */
@JsType
public final class Probe {
  /** Receives the answer to a ping: its text and the origin it came from. */
  @JsFunction
  public interface Reply {
    void onReply(String text, String origin);
  }

  private static int ignored;

  private Probe() {}

  /**
   * Answers {@code "pong:" + text} to every message from {@code trustedOrigin}, to the window
   * that sent it; counts and ignores messages from any other origin.
   */
  public static void answer(String trustedOrigin) {
    final OriginGate gate = new OriginGate(trustedOrigin);
    DomGlobal.window.addEventListener(
        "message",
        evt -> {
          MessageEvent<Object> event = Js.uncheckedCast(evt);
          if (!gate.admits(event.origin)) {
            ignored++;
            return;
          }
          Window source = Js.uncheckedCast(event.source);
          source.postMessage("pong:" + Js.asString(event.data), event.origin);
        });
  }

  /**
   * Posts {@code text} to {@code target} at {@code targetOrigin} and calls {@code reply} with the
   * first answer that comes from that very window and origin.
   */
  public static void ping(Window target, String targetOrigin, String text, Reply reply) {
    final OriginGate gate = new OriginGate(targetOrigin);
    DomGlobal.window.addEventListener(
        "message",
        evt -> {
          MessageEvent<Object> event = Js.uncheckedCast(evt);
          if (event.source != target || !gate.admits(event.origin)) {
            ignored++;
            return;
          }
          reply.onReply(Js.asString(event.data), event.origin);
        });
    target.postMessage(text, targetOrigin);
  }

  /** How many messages this window ignored because of their origin or source. */
  public static int ignored() {
    return ignored;
  }
}

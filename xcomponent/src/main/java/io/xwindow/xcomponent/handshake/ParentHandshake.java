package io.xwindow.xcomponent.handshake;

import elemental2.dom.EventListener;
import elemental2.dom.MessageEvent;
import elemental2.dom.Window;
import io.xwindow.postrobot.PostRobot;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.postrobot.message.Action;
import io.xwindow.postrobot.message.SendOptions;
import io.xwindow.base.browser.Page;
import io.xwindow.xcomponent.protocol.Names;
import jsinterop.base.Js;

/**
 * The parent's side: waits for the hello of one instance from the child's window (or, for a child
 * another window made, {@code renderTo}, from the first window whose origin matches), checks that
 * origin, as the browser reports it, against the component's domain, sends the offer to that
 * origin only, and reports the answer. A hello again (the child page reloaded) gets the offer
 * again, and so does a hello from a new window once the child's window is closed: a frame moved in
 * the page (to another parent, or out and back in) is loaded again in a new window, which has the
 * frame's name and so the instance's uid.
 *
 * <p>For a window the parent made, the offer usually leaves sooner, on the start-up hello of the
 * post-robot there ({@link EarlyOffer}), with the same checks.
 */
public final class ParentHandshake {
  /** What the render pipeline decides and hears. */
  public interface Parent {
    /** What to offer the child, now known to be {@code child} on {@code origin}. */
    Object offer(Window child, String origin);

    /** A window of the instance said hello from {@code origin}, which the domain does not match. */
    void childRefused(String origin);

    /** The child took the props; {@code onProps} sends it new ones. */
    void accepted(Object onProps);

    /** The child refused this parent's origin. */
    void refused();
  }

  private final String uid;
  private final Object childDomain;
  private final Parent parent;
  private Window child;
  private EventListener listener;
  private Action stopHearing;
  private final EarlyOffer early = new EarlyOffer();
  /** The origin of the component's hello that waits on an early offer. */
  private String waitingOrigin;

  /** For instance {@code uid}, whose child is {@code child} (null: not known yet). */
  public ParentHandshake(String uid, Window child, Object childDomain, Parent parent) {
    this.uid = uid;
    this.child = child;
    this.childDomain = childDomain;
    this.parent = parent;
  }

  /** Starts listening, before the child loads. */
  public void start() {
    // post-robot listens from now on, so the child's own hello finds us
    stopHearing = PostRobot.onHello((source, origin, xwindow) -> {
      if (child == null || source != child) {
        return;
      }
      int offer = early.startUpHello(xwindow && DomainPattern.matches(childDomain, origin));
      if (offer != 0) {
        send(origin, offer);
      }
    });
    listener = e -> {
      MessageEvent<Object> message = Js.uncheckedCast(e);
      Object data = message.data;
      if (data == null || !"object".equals(Js.typeof(data))
          || !uid.equals(Js.asPropertyMap(data).get(Names.HELLO))) {
        return;
      }
      Window source = Js.uncheckedCast(message.source);
      if (child != null && source != child && !child.closed) {
        return;
      }
      if (!DomainPattern.matches(childDomain, message.origin)) {
        parent.childRefused(message.origin);
        return;
      }
      if (source == child && !early.componentHello()) {
        waitingOrigin = message.origin;
        return; // the offer is on its way already
      }
      child = source;
      send(message.origin, 0);
    };
    Page.window().addEventListener("message", listener);
  }

  /** Sends the offer to the child at {@code origin}; {@code early}: the early offer's number, or 0. */
  private void send(String origin, int earlyOffer) {
    PostRobot.send(child, Names.props(uid), parent.offer(child, origin),
            new SendOptions().domain(origin))
        .then(answer -> {
          early.answered(earlyOffer);
          if (Answer.isAccepted(answer.data)) {
            parent.accepted(Answer.onProps(answer.data));
          } else {
            parent.refused();
          }
          return null;
        }, ignored -> {
          if (early.failed(earlyOffer)) {
            send(waitingOrigin, 0); // the page there did not listen yet: its hello gets the offer
          }
          return null; // else the child went away: the instance's watch or timeout ends it
        });
  }

  /** The child's window, once known. */
  public Window child() {
    return child;
  }

  public void stop() {
    if (listener != null) {
      Page.window().removeEventListener("message", listener);
    }
    if (stopHearing != null) {
      stopHearing.run();
    }
  }
}

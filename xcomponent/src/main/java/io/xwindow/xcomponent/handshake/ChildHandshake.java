package io.xwindow.xcomponent.handshake;

import elemental2.dom.Window;
import io.xwindow.postrobot.PostRobot;
import io.xwindow.postrobot.message.ListenOptions;
import io.xwindow.postrobot.message.Message;
import io.xwindow.xcomponent.protocol.Names;
import jsinterop.annotations.JsFunction;
import jsinterop.base.JsPropertyMap;

/**
 * The child's side: listens for the offer from the parent window only, then says hello, carrying
 * nothing but the instance's uid. The offer comes with the parent's origin as the browser reports
 * it; the child decides on it ({@link Answer}), now or later (a promise of the answer).
 */
public final class ChildHandshake {
  /**
   * Decides on an offer: an {@link Answer}, or a promise of one. A {@code @JsFunction}, so that a
   * lambda is a plain function in the bundle, with no adapter class.
   */
  @JsFunction
  public interface Child {
    Object decide(Message offer);
  }

  private ChildHandshake() {}

  /**
   * Waits for the offer of instance {@code uid} from {@code parent}, and says hello to it; {@code
   * elsewhere}: {@code parent} rendered this window into another window of the page ({@code
   * renderTo}).
   */
  public static void start(String uid, Window parent, boolean elsewhere, Child child) {
    // listen, not on: nothing else in xcomponent.js needs a Java exception
    PostRobot.listen(Names.props(uid), new ListenOptions().window(parent), child::decide);
    if (elsewhere) {
      // post-robot says its start-up hello to the parent frame and the opener only: the window
      // that rendered this one from elsewhere must hear it too, or, after a page before this one
      // in this window, it keeps sending the offer on their private channel, to that page
      PostRobot.hello(parent).then(null, ignored -> null);
    }
    parent.postMessage(JsPropertyMap.of(Names.HELLO, uid), "*");
  }
}

package io.xwindow.postrobot.serialize;

import elemental2.dom.Window;
import elemental2.promise.Promise;

/**
 * The window a function came from, as the codec reaches it: calls the function there (a {@code
 * postrobot_method} request), and tells it when we no longer can.
 */
public interface RemoteCaller {
  /**
   * Calls function {@code id} of {@code target} (at {@code origin}) with {@code args}; the
   * promise settles with what it returned or threw there.
   */
  Promise<Object> call(
      Window target, String origin, String id, String name, Object[] args, boolean fireAndForget);

  /**
   * True when {@code target} can hear that we dropped its functions: an xwindow window on a
   * private channel. A post-robot window cannot; its functions go when it goes.
   */
  boolean hearsReleases(Window target);

  /**
   * Tells {@code target} that we can no longer call the functions in {@code released}: {@code
   * [[id, received], ...]}, where received counts the times each came to us.
   */
  void release(Window target, String origin, Object released);
}

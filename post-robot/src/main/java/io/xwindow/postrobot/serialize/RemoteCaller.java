package io.xwindow.postrobot.serialize;

import elemental2.dom.Window;
import elemental2.promise.Promise;

/** Calls a function that lives in another window: a {@code postrobot_method} request. */
public interface RemoteCaller {
  /**
   * Calls function {@code id} of {@code target} (at {@code origin}) with {@code args}; the
   * promise settles with what it returned or threw there.
   */
  Promise<Object> call(
      Window target, String origin, String id, String name, Object[] args, boolean fireAndForget);
}

package io.xwindow.postrobot.serialize;

import elemental2.dom.Window;
import elemental2.promise.Promise;

/**
 * Asks a window for the instance id of the post-robot running there (the answer to a hello):
 * how a {@link ProxyWindow} learns which real window it stands for.
 */
@jsinterop.annotations.JsFunction
public interface InstanceIds {
  Promise<String> of(Window window);
}

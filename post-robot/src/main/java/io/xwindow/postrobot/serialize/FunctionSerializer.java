package io.xwindow.postrobot.serialize;

import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.base.time.Timers;
import io.xwindow.postrobot.browser.Variadics;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Functions as post-robot's {@code cross_domain_function} handles ({@code {id, name}}): the
 * function stays here, in the {@link FunctionStore}, for the window it went to; that window gets
 * a proxy that calls it across, and, between xwindow windows, says when it no longer can ({@link
 * RemoteReferences}).
 */
final class FunctionSerializer implements Serializer {
  private final FunctionStore functions;
  private final RemoteReferences references;

  FunctionSerializer(FunctionStore functions, Timers timers) {
    this.functions = functions;
    this.references = new RemoteReferences(timers);
  }

  /** A function of any arity, as handed to user code. */
  @JsFunction
  interface Variadic {
    Object call(Object... args);
  }

  @Override
  public String tag() {
    return "cross_domain_function";
  }

  @Override
  public boolean writes(Object value) {
    return "function".equals(Js.typeof(value));
  }

  @Override
  public Object write(Object value, Window target, Object domain) {
    return functions.store(target, domain, value);
  }

  @Override
  public Object read(Object value, Window source, String origin, RemoteCaller remote) {
    if (value == null || !"object".equals(Js.typeof(value))) {
      return value;
    }
    JsPropertyMap<Object> handle = Js.asPropertyMap(value);
    Object idValue = handle.get("id");
    if (!(idValue instanceof String)) {
      return value;
    }
    String id = (String) idValue;
    Object nameValue = handle.get("name");
    String name = nameValue instanceof String ? (String) nameValue : "anonymous";
    Object call =
        Variadics.of(args -> handled(remote.call(source, origin, id, name, args, false)));
    Object fireAndForget =
        Variadics.of(args -> handled(remote.call(source, origin, id, name, args, true)));
    JsPropertyMap<Object> fn = Js.asPropertyMap(call);
    fn.set("fireAndForget", fireAndForget);
    fn.set("__id__", id);
    fn.set("__name__", name);
    fn.set("__origin__", origin);
    fn.set("__source__", source);
    references.track(call, source, origin, id, remote);
    return call;
  }

  /**
   * {@code promise}, marked as handled: a call into another window that fails (the window went
   * away, or sent a function that is not there) rejects for whoever awaits it, but is never an
   * unhandled rejection of the page. Data from another window can make our own code call such a
   * function (a thenable is adopted by calling its {@code then}), and that must stay silent.
   */
  static Promise<Object> handled(Promise<Object> promise) {
    promise.then(null, ignored -> null);
    return promise;
  }
}

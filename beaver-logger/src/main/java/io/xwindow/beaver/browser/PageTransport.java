package io.xwindow.beaver.browser;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import elemental2.dom.RequestInit;
import elemental2.dom.XMLHttpRequest;
import elemental2.promise.Promise;
import io.xwindow.base.browser.Page;
import io.xwindow.beaver.deliver.Transport;
import io.xwindow.base.time.Task;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Sends batches from the page: XHR with {@code application/json} as beaver does (so beaver's own
 * server reads them), or the page's own {@code transport} function; when the page goes away,
 * {@code sendBeacon} with a string (sent as {@code text/plain}, which needs no CORS preflight) or
 * else {@code fetch} with {@code keepalive}.
 *
 * <p>A plain JavaScript object, its methods overlays: a class of ours would bring J2CL's {@code
 * Object} into the bundle. Hence {@link #of} and no final fields.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class PageTransport {
  /** beaver's {@code transport} option: {@code ({url, method, headers, json, enableSendBeacon}) => Promise}. */
  @JsFunction
  public interface Custom {
    /** Sends; the promise settles when it is done. */
    Promise<Object> send(JsPropertyMap<Object> options);
  }

  /** Makes the request headers of one send (the page's header builders, at that moment). */
  @JsFunction
  public interface Headers {
    /** The headers, as an object of names and values. */
    JsPropertyMap<Object> make();
  }

  /** A promise as this class waits for it: callbacks that return nothing, less code than Elemental2's. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Promise")
  private interface Settling {
    void then(Task fulfilled, Task rejected);

    @JsMethod(name = "catch")
    void otherwise(Task rejected);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Navigator")
  private interface Beacons {
    boolean sendBeacon(String url, String body);
  }

  /** Where batches go; null sends nothing (and, as with beaver, counts as sent). */
  public String postTo;
  /** Whether a page going away uses sendBeacon (else keepalive fetch). */
  public boolean beacon;
  /** The page's own transport, or null. */
  public Custom custom;
  private Headers makeHeaders;

  /** Sends with the headers that {@code makeHeaders} makes at each send. */
  @JsOverlay
  public static PageTransport of(Headers makeHeaders) {
    PageTransport transport = new PageTransport();
    transport.makeHeaders = makeHeaders;
    transport.postTo = null;
    transport.beacon = false;
    return transport;
  }

  /** {@link Transport.Send}: sends {@code body} and calls {@code done} once with the outcome. */
  @JsOverlay
  public void send(String body, Transport.Done done) {
    JsPropertyMap<Object> headers = makeHeaders.make();
    if (custom != null) {
      Js.<Settling>uncheckedCast(sendCustom(body, headers, false)).then(() -> done.done(200, 0), () -> done.done(0, 0));
      return;
    }
    if (postTo == null) {
      done.done(204, 0);
      return;
    }
    XMLHttpRequest xhr = new XMLHttpRequest();
    xhr.open("POST", postTo);
    xhr.setRequestHeader("Content-Type", "application/json");
    // by Object.keys, not headers.forEach, which costs the bundle a function (headers are own keys)
    JsArray<String> names = JsObject.keys(headers);
    for (int i = 0; i < names.length; i++) {
      xhr.setRequestHeader(names.getAt(i), Js.asString(headers.get(names.getAt(i))));
    }
    xhr.onloadend = event -> {
      // all headers, not getResponseHeader: a header the server did not expose across origins
      // would make the browser log an error
      String answer = xhr.getAllResponseHeaders().toLowerCase();
      int at = answer.indexOf("retry-after:");
      double seconds = at < 0 ? 0 : Page.parseFloat(answer.substring(at + 12));
      done.done(xhr.status, seconds > 0 ? seconds * 1000 : 0); // an HTTP date parses as NaN: none
    };
    xhr.send(body);
  }

  /** {@link Transport.Leave}: sends {@code body} from a page that is going away. */
  @JsOverlay
  public void leave(String body) {
    JsPropertyMap<Object> headers = makeHeaders.make();
    if (custom != null) {
      sendCustom(body, headers, true);
      return;
    }
    if (postTo == null) {
      return;
    }
    JsPropertyMap<Object> navigator = Js.asPropertyMap(Page.navigator());
    boolean noHeaders = Page.stringify(headers).length() == 2;
    if (beacon && noHeaders && navigator.has("sendBeacon")
        && Js.<Beacons>uncheckedCast(navigator).sendBeacon(postTo, body)) {
      return;
    }
    if (!Js.asPropertyMap(Page.window()).has("fetch")) {
      send(body, (status, retryAfter) -> {});
      return;
    }
    headers.set("Content-Type", "text/plain;charset=UTF-8");
    JsPropertyMap<Object> init = JsPropertyMap.of();
    init.set("method", "POST");
    init.set("body", body);
    init.set("headers", headers);
    init.set("keepalive", true);
    Js.<Settling>uncheckedCast(Page.fetch(postTo, Js.<RequestInit>uncheckedCast(init))).otherwise(() -> {});
  }

  @JsOverlay
  private Promise<Object> sendCustom(String body, JsPropertyMap<Object> headers, boolean beaconWanted) {
    JsPropertyMap<Object> options = JsPropertyMap.of();
    options.set("url", postTo);
    options.set("method", "POST");
    options.set("headers", headers);
    options.set("json", Page.parse(body));
    options.set("enableSendBeacon", beaconWanted || beacon);
    return custom.send(options);
  }
}

package io.xwindow.postrobot.wire;

import io.xwindow.postrobot.window.Windows;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Every message shape we write, as post-robot 10 writes it, fields in its order: the request,
 * its acknowledgement and its response; the hello and its answer; a call to a function handed
 * to another window ({@code postrobot_method}) and its reply. Nothing else builds wire objects.
 */
public final class Messages {
  private Messages() {}

  /** A request; {@code hash} names it until its response. */
  public static WireMessage request(String name, String hash, Object data, boolean fireAndForget) {
    WireMessage message = start(MessageType.REQUEST, hash, name);
    message.data = data;
    message.fireAndForget = fireAndForget;
    return message;
  }

  /** The acknowledgement of {@code request}, sent before its handler runs. */
  public static WireMessage ack(WireMessage request) {
    return start(MessageType.ACK, request.hash, request.name);
  }

  /**
   * The response to {@code request}: {@code data} (encoded) when its handler succeeded, else
   * {@code error} (encoded).
   */
  public static WireMessage response(
      WireMessage request, boolean success, Object data, Object error) {
    WireMessage message = start(MessageType.RESPONSE, request.hash, request.name);
    message.ack = success ? MessageType.SUCCESS : MessageType.ERROR;
    message.data = data;
    message.error = error;
    return message;
  }

  private static WireMessage start(String type, String hash, String name) {
    WireMessage message = new WireMessage();
    message.id = Ids.uid();
    message.origin = Windows.ownDomain();
    message.type = type;
    message.hash = hash;
    message.name = name;
    return message;
  }

  /**
   * The data of a hello and of the answer to one: {@code {instanceID}}, as post-robot's, and
   * {@code xwindow}, our version, which tells another xwindow window it may offer a channel.
   */
  public static JsPropertyMap<Object> hello(String instanceId) {
    JsPropertyMap<Object> data = JsPropertyMap.of();
    data.set("instanceID", instanceId);
    data.set("xwindow", Version.XWINDOW);
    return data;
  }

  /** True when hello data {@code data} comes from an xwindow window. */
  public static boolean isXwindowHello(Object data) {
    return data != null
        && "object".equals(Js.typeof(data))
        && Js.asPropertyMap(data).get("xwindow") instanceof String;
  }

  /** The data of a {@code postrobot_method} request: call function {@code id} with {@code args}. */
  public static JsPropertyMap<Object> methodCall(String id, String name, Object args) {
    JsPropertyMap<Object> data = JsPropertyMap.of();
    data.set("id", id);
    data.set("name", name);
    data.set("args", args);
    return data;
  }

  /** The answer to a {@code postrobot_method} request. */
  public static JsPropertyMap<Object> methodReply(Object result, Object id, String name) {
    JsPropertyMap<Object> reply = JsPropertyMap.of();
    reply.set("result", result);
    reply.set("id", id);
    reply.set("name", name);
    return reply;
  }

  /** The data of an {@code xwindow_release} request. */
  public static JsPropertyMap<Object> release(Object released) {
    JsPropertyMap<Object> data = JsPropertyMap.of();
    data.set("ids", released);
    return data;
  }

  /** The {@code [[id, received], ...]} of an {@code xwindow_release} request, or null. */
  public static elemental2.core.JsArray<Object> released(Object data) {
    Object ids =
        data != null && "object".equals(Js.typeof(data)) ? Js.asPropertyMap(data).get("ids") : null;
    return elemental2.core.JsArray.isArray(ids) ? Js.uncheckedCast(ids) : null;
  }

  /** The {@code result} of a {@code postrobot_method} reply, or null. */
  public static Object methodResult(Object reply) {
    return reply == null || !"object".equals(Js.typeof(reply))
        ? null
        : Js.asPropertyMap(reply).get("result");
  }
}

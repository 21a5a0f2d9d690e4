package io.xwindow.postrobot.wire;

import io.xwindow.postrobot.browser.Dictionary;
import io.xwindow.postrobot.window.Windows;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Every message shape we write, as post-robot 10 writes it, fields in its order: the request,
 * its acknowledgement and its response; the hello and its answer; a call to a function handed
 * to another window ({@code postrobot_method}) and its reply; each in the slimmer form it takes
 * on a private channel when it goes on one. Nothing else builds wire objects.
 */
public final class Messages {
  private Messages() {}

  /**
   * A request; {@code hash} names it until its response. {@code channel} when it goes on a
   * private channel, where it takes a slimmer form ({@code start} says which).
   */
  public static WireMessage request(
      String name, String hash, Object data, boolean fireAndForget, boolean channel) {
    WireMessage message = start(MessageType.REQUEST, hash, name, channel);
    message.data = data;
    if (fireAndForget || !channel) {
      message.fireAndForget = fireAndForget;
    }
    return message;
  }

  /** The acknowledgement of {@code request}, sent before its handler's answer. */
  public static WireMessage ack(WireMessage request, boolean channel) {
    return start(MessageType.ACK, request.hash, request.name, channel);
  }

  /**
   * The response to {@code request}: {@code data} (encoded) when its handler succeeded, else
   * {@code error} (encoded; on a channel, a success has none).
   */
  public static WireMessage response(
      WireMessage request, boolean success, Object data, Object error, boolean channel) {
    WireMessage message = start(MessageType.RESPONSE, request.hash, request.name, channel);
    message.ack = success ? MessageType.SUCCESS : MessageType.ERROR;
    message.data = data;
    if (!success || !channel) {
      message.error = error;
    }
    return message;
  }

  /**
   * A message's common fields. On a private channel ({@code channel}) only xwindow windows read,
   * every version alike: they read {@code id}, {@code type}, {@code hash}, {@code name}, {@code
   * data}, {@code fireAndForget}, {@code ack} and {@code error}, and settle a request on its
   * response whether or not its acknowledgement came. So a message for a channel leaves out what
   * no xwindow reads or what says nothing: {@code origin}, a false {@code fireAndForget}, a
   * success's {@code error} (the browser clones every field of every message on a channel). Made
   * in its final form, not copied into it as it leaves: the outbox posts in the same turn, by the
   * transport the peer had when the message was made.
   */
  private static WireMessage start(String type, String hash, String name, boolean channel) {
    WireMessage message = new WireMessage();
    message.id = Ids.uid();
    if (!channel) {
      message.origin = Windows.ownDomain();
    }
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
    Object ids = Dictionary.field(data, "ids");
    return elemental2.core.JsArray.isArray(ids) ? Js.uncheckedCast(ids) : null;
  }

  /** The {@code result} of a {@code postrobot_method} reply, or null. */
  public static Object methodResult(Object reply) {
    return Dictionary.field(reply, "result");
  }
}

package io.xwindow.postrobot.wire;

import elemental2.core.JsArray;
import io.xwindow.postrobot.browser.Dictionary;
import io.xwindow.postrobot.window.Windows;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Every message shape we write, as post-robot 10 writes it, fields in its order: the request,
 * its acknowledgement and its response; the hello and its answer; a call to a function handed
 * to another window ({@code postrobot_method}) and its reply; and the slimmer form the same
 * messages take on a private channel ({@link #forChannel}). Nothing else builds wire objects.
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

  /**
   * {@code messages} as they go on a private channel, where only xwindow windows read them, every
   * version alike: they read {@code id}, {@code type}, {@code hash}, {@code name}, {@code data},
   * {@code fireAndForget}, {@code ack} and {@code error}, and settle a request on its response
   * whether or not its acknowledgement came. So an acknowledgement posted just before its own
   * response is left out (the response acknowledges), and so is what no xwindow reads or what
   * says nothing: {@code origin}, a false {@code fireAndForget}, a success's undefined {@code
   * error}. The browser clones every field of every message on a channel; the old shape is still
   * read as before, so either side may run an older xwindow, and nothing is negotiated.
   */
  public static JsArray<WireMessage> forChannel(JsArray<WireMessage> messages) {
    JsArray<WireMessage> out = new JsArray<>();
    for (int i = 0; i < messages.length; i++) {
      WireMessage message = messages.getAt(i);
      if (!MessageType.ACK.equals(message.type)
          || i + 1 == messages.length
          || !answers(messages.getAt(i + 1), message)) {
        out.push(slim(message));
      }
    }
    return out;
  }

  /** True when {@code message} is the response that {@code ack} acknowledges the request of. */
  private static boolean answers(WireMessage message, WireMessage ack) {
    return MessageType.RESPONSE.equals(message.type) && message.hash.equals(ack.hash);
  }

  private static WireMessage slim(WireMessage message) {
    WireMessage slim = new WireMessage();
    slim.id = message.id;
    slim.type = message.type;
    slim.hash = message.hash;
    slim.name = message.name;
    if (MessageType.REQUEST.equals(message.type)) {
      slim.data = message.data;
      if (message.fireAndForget) {
        slim.fireAndForget = true;
      }
    } else if (MessageType.RESPONSE.equals(message.type)) {
      slim.ack = message.ack;
      slim.data = message.data;
      if (!MessageType.SUCCESS.equals(message.ack)) {
        slim.error = message.error;
      }
    }
    return slim;
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
    Object ids = Dictionary.field(data, "ids");
    return elemental2.core.JsArray.isArray(ids) ? Js.uncheckedCast(ids) : null;
  }

  /** The {@code result} of a {@code postrobot_method} reply, or null. */
  public static Object methodResult(Object reply) {
    return Dictionary.field(reply, "result");
  }
}

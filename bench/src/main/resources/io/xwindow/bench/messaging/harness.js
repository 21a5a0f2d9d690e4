/*
 * The timing side of the messaging benchmark, in the parent page. The scenario's adapter
 * (window.benchAdapter) connects to the child frame and gives a call(data) that resolves with the
 * child's echo of data; this file times those calls. The Java side drives it:
 * bench.state goes 'loading' -> 'ready' -> 'measuring' -> 'done', or 'failed' with bench.error.
 *
 * performance.now() is coarsened to 0.1 ms on a page that is not cross-origin isolated, so single
 * round trips are never timed: only blocks of them, and whole bursts.
 */
(function () {
  'use strict';

  var next = 0;
  var windowMessages = 0;
  // Counts every message event on the parent window: a call that travels on a private
  // MessageChannel brings none, a call on window.postMessage one or more (post-robot: ack + answer).
  window.addEventListener('message', function () { windowMessages++; }, true);

  /** One round trip of a fresh small payload; fails unless the very same payload comes back. */
  function roundTrip(call) {
    var sent = { n: next++ };
    return Promise.resolve(call(sent)).then(function (echo) {
      if (!echo || echo.n !== sent.n) {
        throw new Error('sent ' + JSON.stringify(sent) + ', got back ' + JSON.stringify(echo));
      }
    });
  }

  /** Resolves when promise does, fails after limitMs with what describe() says. */
  function within(promise, limitMs, describe) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () { reject(new Error(describe())); }, limitMs);
      promise.then(
        function (value) { clearTimeout(timer); resolve(value); },
        function (error) { clearTimeout(timer); reject(error); });
    });
  }

  /** A macrotask boundary, so that timers and GC queued meanwhile run outside the timed span. */
  function pause() {
    return new Promise(function (resolve) { setTimeout(resolve, 0); });
  }

  /** Milliseconds for size round trips, one after the other. */
  async function block(call, size) {
    var start = performance.now();
    for (var i = 0; i < size; i++) {
      await roundTrip(call);
    }
    return performance.now() - start;
  }

  /** Milliseconds until size calls, all started at once, have all resolved. */
  async function burst(call, size, limitMs) {
    var resolved = 0;
    var start = performance.now();
    var calls = [];
    for (var i = 0; i < size; i++) {
      calls.push(roundTrip(call).then(function () { resolved++; }));
    }
    await within(Promise.all(calls), limitMs, function () {
      return 'burst of ' + size + ': ' + resolved + ' resolved after ' + limitMs + ' ms';
    });
    return performance.now() - start;
  }

  var bench = (window.bench = {
    state: 'loading',
    error: null,
    result: null,
    call: null,

    /** Called by the frame's load event: connects, then proves the echo once. */
    childLoaded: function (frame) {
      var origin = window.benchConfig.childOrigin;
      within(Promise.resolve(window.benchAdapter.connect(frame.contentWindow, origin)),
          window.benchConfig.connectLimitMs, function () { return 'no connection to the child'; })
        .then(function (call) {
          bench.call = call;
          return within(roundTrip(call), window.benchConfig.connectLimitMs,
              function () { return 'connected, but the first call got no answer'; });
        })
        .then(function () { bench.state = 'ready'; }, fail);
    },

    /**
     * Runs plan: {warmUp, blocks, blockSize, warmUpBursts, bursts, burstSize, burstLimitMs}.
     * Leaves in bench.result the milliseconds of each block and each burst, and the window
     * messages the parent received per call during the blocks.
     */
    measure: function (plan) {
      bench.state = 'measuring';
      (async function () {
        var call = bench.call;
        await block(call, plan.warmUp);
        for (var w = 0; w < plan.warmUpBursts; w++) {
          await pause();
          await burst(call, plan.burstSize, plan.burstLimitMs);
        }
        var blocks = [];
        var messagesBefore = windowMessages;
        for (var b = 0; b < plan.blocks; b++) {
          await pause();
          blocks.push(await block(call, plan.blockSize));
        }
        var messagesPerCall = (windowMessages - messagesBefore) / (plan.blocks * plan.blockSize);
        var bursts = [];
        for (var u = 0; u < plan.bursts; u++) {
          await pause();
          bursts.push(await burst(call, plan.burstSize, plan.burstLimitMs));
        }
        bench.result = { blocks: blocks, bursts: bursts, windowMessagesPerCall: messagesPerCall };
        bench.state = 'done';
      })().catch(fail);
    }
  });

  function fail(error) {
    bench.error = String((error && error.stack) || error);
    bench.state = 'failed';
  }
})();

/*
 * The parent side of the render benchmark. Renders the component defined in component.js
 * (window.BenchLogin) again and again, each time into a fresh container, and times, from the
 * render() call, on the clock both windows share (performance.timeOrigin + performance.now()):
 *   started  - the moment the child page's navigation started (its performance.timeOrigin),
 *   creating - the moment the child page called create(), its library loaded,
 *   props    - the moment the child frame had window.xprops (reported by child.js),
 *   resolved - the moment render()'s promise resolved,
 *   rendered - the moment the onRendered prop was called.
 * Each render is closed, and its container removed, before the next starts. The Java side
 * drives it: bench.state goes 'ready' -> 'measuring' -> 'done', or 'failed' with bench.error.
 */
(function () {
  'use strict';
  var config = window.benchConfig;
  var waiting = null;
  var strays = [];

  function now() {
    return performance.timeOrigin + performance.now();
  }

  /** Resolves when promise does, fails after config.stepLimitMs with what describe() says. */
  function within(promise, describe) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () { reject(new Error(describe())); }, config.stepLimitMs);
      Promise.resolve(promise).then(
        function (value) { clearTimeout(timer); resolve(value); },
        function (error) { clearTimeout(timer); reject(error); });
    });
  }

  /** A macrotask boundary between renders, so that what the last one queued runs untimed. */
  function pause() {
    return new Promise(function (resolve) { setTimeout(resolve, 0); });
  }

  window.addEventListener('message', function (event) {
    var report = event.origin === config.childOrigin && event.data && event.data.benchRenderChild;
    if (!report) {
      return;
    }
    if (waiting && report.email === waiting.email) {
      var w = waiting;
      waiting = null;
      w.resolve(report);
    } else {
      strays.push(JSON.stringify(report));
    }
  });

  /** The child's report for the render that passed email. */
  function childReport(email) {
    return new Promise(function (resolve) {
      waiting = { email: email, resolve: resolve };
    });
  }

  /** Renders once into a fresh container; the times from the render() call, in ms. */
  async function renderOnce(i) {
    var id = 'bench-container-' + i;
    var container = document.createElement('div');
    container.id = id;
    document.body.appendChild(container);
    var email = 'user' + i + '@example.com';
    var renderedAt = null;
    var markRendered;
    var rendered = new Promise(function (resolve) {
      markRendered = function () {
        if (renderedAt === null) {
          renderedAt = now();
          resolve();
        }
      };
    });
    var child = childReport(email);
    var instance = window.BenchLogin({
      defaultEmail: email,
      onLoginSuccess: function () {},
      onRendered: function () { markRendered(); }
    });
    var resolvedAt;
    var start = now();
    var rendering = instance.render('#' + id, 'iframe');
    await within(rendering.then(function () { resolvedAt = now(); }),
        function () { return 'render ' + i + ': render() did not resolve'; });
    var report = await within(child, function () {
      return 'render ' + i + ': the child never reported window.xprops'
          + (strays.length ? '; reports for no render: ' + strays.join(', ') : '');
    });
    if (report.onLoginSuccess !== 'function') {
      throw new Error('render ' + i + ': xprops.onLoginSuccess in the child is ' + report.onLoginSuccess);
    }
    await within(rendered, function () { return 'render ' + i + ': onRendered was never called'; });
    await within(instance.close(), function () { return 'render ' + i + ': close() did not resolve'; });
    container.remove();
    return { started: report.pageStart - start, creating: report.creating - start, props: report.at - start, resolved: resolvedAt - start, rendered: renderedAt - start, how: report.how };
  }

  var bench = (window.bench = {
    state: window.BenchLogin ? 'ready' : 'failed',
    error: window.BenchLogin ? null : 'the page has no component: create() failed (see the page errors)',
    result: null,

    /** Runs plan: {warmUp, renders}; leaves in bench.result the times of each timed render. */
    measure: function (plan) {
      bench.state = 'measuring';
      (async function () {
        for (var w = 0; w < plan.warmUp; w++) {
          await pause();
          await renderOnce('warm-up-' + w);
        }
        var result = { started: [], creating: [], props: [], resolved: [], rendered: [], how: [] };
        for (var r = 0; r < plan.renders; r++) {
          await pause();
          var times = await renderOnce(r);
          result.started.push(times.started);
          result.creating.push(times.creating);
          result.props.push(times.props);
          result.resolved.push(times.resolved);
          result.rendered.push(times.rendered);
          if (result.how.indexOf(times.how) < 0) {
            result.how.push(times.how);
          }
        }
        if (strays.length) {
          throw new Error('child reports for no render: ' + strays.join(', '));
        }
        bench.result = result;
        bench.state = 'done';
      })().catch(function (error) {
        bench.error = String((error && error.stack) || error);
        bench.state = 'failed';
      });
    }
  });
})();

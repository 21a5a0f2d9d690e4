/*
 * The child side of the render benchmark, loaded before the library: notes the moment the
 * library puts window.xprops in place, on the clock both windows share
 * (performance.timeOrigin + performance.now()), and reports it to the parent with a plain
 * postMessage of an object, which neither library takes for one of its messages.
 *
 * The moment is caught by a setter on window.xprops, so it costs the library nothing and is exact
 * for a library that assigns window.xprops. A library that defines the property itself replaces
 * the setter; then benchChild.created() (right after create()) or, failing that, a poll every
 * millisecond finds it, and the report says how it was found.
 */
(function () {
  'use strict';
  var config = window.benchConfig;
  var props;
  var creatingAt = null;
  var created = false;
  var caught = null;
  var posted = false;

  function now() {
    return performance.timeOrigin + performance.now();
  }

  /** Notes when window.xprops was found, and how; reported once create() has returned. */
  function caughtAt(at, how) {
    if (caught === null) {
      caught = { at: at, how: how };
      post();
    }
  }

  /**
   * Reports once both are known: when xprops came, and that create() has returned (zoid fills
   * xprops inside create()). Read in a microtask, so that a library that fills the object just
   * after assigning it is not caught half way; the time was taken at the assignment.
   */
  function post() {
    if (posted || caught === null || !created) {
      return;
    }
    posted = true;
    Promise.resolve().then(function () {
      var xprops = window.xprops;
      window.parent.postMessage({
        benchRenderChild: {
          at: caught.at,
          how: caught.how,
          pageStart: performance.timeOrigin,
          creating: creatingAt,
          email: xprops && xprops.defaultEmail,
          onLoginSuccess: xprops ? typeof xprops.onLoginSuccess : 'no xprops'
        }
      }, config.parentOrigin);
    });
  }

  Object.defineProperty(window, 'xprops', {
    configurable: true,
    enumerable: true,
    get: function () { return props; },
    set: function (value) {
      props = value;
      if (value) {
        caughtAt(now(), 'setter');
      }
    }
  });

  window.benchChild = {
    /** Called right before create(). */
    creating: function () {
      creatingAt = now();
    },

    /** Called right after create(): a library that defined window.xprops itself is found here. */
    created: function () {
      created = true;
      if (caught === null && window.xprops) {
        caughtAt(now(), 'after create()');
      }
      post();
      if (caught !== null) {
        return;
      }
      var poll = setInterval(function () {
        if (caught !== null) {
          clearInterval(poll);
        } else if (window.xprops) {
          clearInterval(poll);
          caughtAt(now(), 'poll');
        }
      }, 1);
    }
  };
})();

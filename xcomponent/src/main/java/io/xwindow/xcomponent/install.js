/**
 * @fileoverview The whole JavaScript API of xcomponent.js and zoid.js, installed under one global
 * name by each bundle's entry file. Everything not named here is renamed or removed by Closure.
 */
goog.module('io.xwindow.xcomponent.install');

const XComponent = goog.require('io.xwindow.xcomponent.XComponent');
const Component = goog.require('io.xwindow.xcomponent.Component');
const Instance = goog.require('io.xwindow.xcomponent.Instance');
const Emitter = goog.require('io.xwindow.xcomponent.event.Emitter');
const Subscription = goog.require('io.xwindow.xcomponent.event.Subscription');
const Glue = goog.require('io.xwindow.xcomponent.drivers.glue');
const Sides = goog.require('io.xwindow.xcomponent.Sides');
const Errors = goog.require('io.xwindow.xcomponent.error.Errors');
const {publish} = goog.require('io.xwindow.base.publish');

/**
 * @define {boolean} False only in the build that weighs the framework drivers (`bin/bench
 * driver-sizes`): the same bundle without `C.driver`, so that Closure drops all that only the
 * drivers use.
 */
const DRIVERS = goog.define('xwindow.DRIVERS', true);

/**
 * @param {*} result
 * @return {*}
 */
function thrown(result) {
  if (result instanceof Error) {
    throw result;
  }
  return result;
}

// the instance's API: the parent's side (not in the benchmark's build without it, see Sides)
if (Sides.parent()) {
  const instance = Instance.prototype;
  instance['render'] = function(container, context) {
    return this.render(container, context);
  };
  instance['renderTo'] = function(win, container, context) {
    return this.renderTo(win, container, context);
  };
  instance['close'] = instance.close;
  instance['focus'] = instance.focus;
  instance['resize'] = instance.resize;
  instance['show'] = instance.show;
  instance['hide'] = instance.hide;
  instance['updateProps'] = instance.updateProps;
  instance['isEligible'] = instance.isEligible;
  instance['clone'] = instance.clone;
  instance['onError'] = instance.onError;

  const emitter = Emitter.prototype;
  emitter['on'] = emitter.on;
  emitter['once'] = emitter.once;
  emitter['trigger'] = emitter.trigger;
  Subscription.prototype['cancel'] = Subscription.prototype.cancel;
}

/**
 * @param {*} options
 * @return {!Function}
 */
function create(options) {
  const component = /** @type {!Component} */ (thrown(XComponent.create(options)));
  const define = function(props) {
    if (!Sides.parent()) {
      throw Errors.childOnly();
    }
    return component.instance(props);
  };
  define['isChild'] = function() {
    return component.isChild();
  };
  define['canRenderTo'] = function(win) {
    return Sides.parent() ? component.canRenderTo(win) : Promise.resolve(false);
  };
  define['ready'] = function() {
    return component.ready();
  };
  if (DRIVERS) {
    // the child's build has the same API: what only a parent can do throws CHILD_ONLY
    define['driver'] = function(name, deps) {
      if (!Sides.parent()) {
        throw Errors.childOnly();
      }
      return Glue.driver(define, component, name, deps);
    };
  }
  Object.defineProperty(define, 'xprops', {
    get: function() {
      return component.xprops() || undefined;
    }
  });
  Object.defineProperty(define, 'instances', {
    get: function() {
      return component.instances().slice();
    }
  });
  return define;
}

/**
 * One of zoid's constant tables, where each value is its key in lower case: built from the keys,
 * so that the bundle does not carry every name twice.
 * @param {string} keys the keys, separated by one space
 * @return {!Object<string, string>}
 */
function table(keys) {
  const table = {};
  keys.split(' ').forEach(function(key) {
    table[key] = key.toLowerCase();
  });
  return table;
}

/**
 * Defines the global `name` (see io.xwindow.base.publish), and prepares a component's child window.
 * @param {string} name
 */
exports.install = function(name) {
  // zoid's two names for one call: one function
  const destroyAll = function() {
    XComponent.destroyAll();
    return Promise.resolve();
  };
  const api = {
    'create': create,
    'destroy': function() {
      XComponent.destroy();
      return Promise.resolve();
    },
    'destroyAll': destroyAll,
    'destroyComponents': destroyAll,
    'isChild': XComponent.isChild,
    'version': XComponent.version(),
    'CONTEXT': table('IFRAME POPUP MODAL'),
    'EVENT': Glue.EVENT,
    'PROP_TYPE': table('STRING OBJECT FUNCTION BOOLEAN NUMBER ARRAY'),
    'PROP_SERIALIZATION': table('JSON DOTIFY BASE64'),
    'CLOSE_REASON': table(
        'PARENT_CALL CHILD_CALL USER_CLOSED CONTAINER_REMOVED PARENT_NAVIGATED DESTROYED ERROR')
  };
  if (publish('xcomponent', name, api) && goog.global['window'] === goog.global) {
    XComponent.prepareChild();
  }
};

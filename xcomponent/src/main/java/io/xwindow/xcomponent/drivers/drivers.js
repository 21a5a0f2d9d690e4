/**
 * @fileoverview The framework drivers, `C.driver(name, deps)`: a custom element, React, Vue 3 and
 * Angular. Glue only: what to decide (names, attribute values, what changed) is Java's (`Drivers`,
 * `drivers/`), tested on the JVM, and an instance is reached only through its JavaScript API
 * (`render`, `updateProps`, `close`, `event`), as any page would use it. Names the frameworks
 * read are quoted, so that Closure keeps them. Nothing here reads `window` until an element or a
 * mount asks: a server-side render only builds a placeholder.
 */
goog.module('io.xwindow.xcomponent.drivers.glue');

const Drivers = goog.require('io.xwindow.xcomponent.Drivers');
const PropNames = goog.require('io.xwindow.xcomponent.drivers.PropNames');

/** zoid's EVENT; a custom element dispatches each as a DOM event of that name. */
const EVENT = {
  'RENDER': 'zoid-render',
  'PRERENDER': 'zoid-prerender',
  'PRERENDERED': 'zoid-prerendered',
  'DISPLAY': 'zoid-display',
  'RENDERED': 'zoid-rendered',
  'RESIZE': 'zoid-resize',
  'FOCUS': 'zoid-focus',
  'PROPS': 'zoid-props',
  'ERROR': 'zoid-error',
  'CLOSE': 'zoid-close',
  'DESTROY': 'zoid-destroy',
  'BFCACHE_CACHE': 'zoid-bfcache-cache',
  'BFCACHE_RESTORE': 'zoid-bfcache-restore'
};

/**
 * One use of a component by a framework (a mounted React or Vue component, a connected element):
 * the framework's newest props, and the instance they rendered. Every function prop reaches the
 * instance as one proxy per name, made once, which calls the newest function: a framework that
 * makes a new closure on each render changes nothing the instance sees, so the child gets no
 * message and the frame does not reload.
 * @param {function(!Object):?} define the component: `create`'s result
 * @param {function(!Function, ?, !Arguments):?=} run
 * @constructor
 */
function Use(define, run) {
  this.make = define;
  /**
   * Calls one of the page's function props with `this` and the arguments: `Reflect.apply`, or
   * Angular's `NgZone.run`, in its zone, so that it sees what they change.
   * @type {function(!Function, ?, !Arguments):?}
   */
  this.run = run || Reflect.apply;
  /** @type {!Object} the framework's props, as given */
  this.latest = {};
  /** @type {!Object<string, !Function>} */
  this.proxies = {};
}

// left undefined until set: no bytes to initialise them
/** @type {?Object|undefined} the props the instance has */
Use.prototype.sent;
/** @type {?|undefined} the instance, while it renders */
Use.prototype.live;
/** @type {?function(?Element)|undefined} React's ref callback */
Use.prototype.attach;

/**
 * The framework's props as the instance's: each function as its proxy, without the names a
 * driver keeps for itself (`context`, `children`, `ref`).
 * @param {!Object} props
 * @return {!Object}
 */
Use.prototype.given = function(props) {
  const use = this;
  const mapped = {};
  use.latest = props;
  Object.keys(props).forEach(function(key) {
    const value = props[key];
    if (!PropNames.reserved(key)) {
      mapped[key] = typeof value != 'function' ? value
          : use.proxies[key] || (use.proxies[key] = function() {
            return use.run(use.latest[key], this, arguments);
          });
    }
  });
  return mapped;
};

/**
 * Renders a new instance with `props` into `element`, in `context` (else the `context` the
 * framework gave with the props, else the component's default). `element` dispatches each of
 * the instance's events as a DOM event of the same name.
 * @param {!Element} element
 * @param {!Object} props
 * @param {?string=} context
 */
Use.prototype.mountIn = function(element, props, context) {
  const use = this;
  const instance = use.live = use.make(use.sent = use.given(props));
  Object.keys(EVENT).forEach(function(key) {
    instance['event']['on'](EVENT[key], function(payload) {
      // once ended (the child closed, an error), it takes no update: the next mount renders anew
      if (key == 'CLOSE' && use.live === instance) {
        use.live = null;
      }
      element.dispatchEvent(new CustomEvent(EVENT[key], {'detail': payload}));
    });
  });
  instance['render'](element, context || props['context'] || undefined);
};

/**
 * The framework gave new props: the instance gets those that changed, if any.
 * @param {!Object} props
 */
Use.prototype.changed = function(props) {
  const mapped = this.given(props);
  if (this.live) {
    const changes = Drivers.changes(this.sent, mapped);
    this.sent = mapped;
    if (changes) {
      this.live['updateProps'](changes);
    }
  }
};

/** Unmounted: closes the instance (reason `parent_call`), with no error. */
Use.prototype.unmount = function() {
  const instance = this.live;
  this.live = null;
  if (instance) {
    instance['close']();
  }
};

/** @const {!Object<string, function(!Object):?>} the component of each element name, newest */
const byElement = {};

/**
 * `driver('element')`: the custom element class of `component`, defined once per name. Connected,
 * it renders in a microtask, after the framework that inserted it gave it its properties. Written as
 * an ES5 constructor that builds the element with `Reflect.construct`, since the bundle is ES5.
 * @param {function(!Object):?} define
 * @param {?} component
 * @return {!Function}
 */
function element(define, component) {
  const name = Drivers.element(component);
  const registry = goog.global['customElements'];
  const defined = byElement[name];
  byElement[name] = define;
  if (defined) {
    // the tag was created again (hot reload): the element renders the newest definition
    return registry['get'](name);
  }
  const props = Drivers.props(component);
  function use(el) {
    return el.xcUse || (el.xcUse = new Use(byElement[name]));
  }
  /** @constructor @extends {HTMLElement} */
  function XComponentElement() {
    return Reflect.construct(HTMLElement, [], this.constructor);
  }
  // the function's own prototype, its constructor already set (and not enumerable, as a class's)
  const proto = XComponentElement.prototype;
  Object.setPrototypeOf(proto, HTMLElement.prototype);
  // the props whose attribute an empty text would give a value: strings, numbers, booleans
  XComponentElement['observedAttributes'] = props.map(PropNames.kebab).filter(function(attribute) {
    return Drivers.attribute(component, attribute, '', 0) != null;
  });
  props.forEach(function(key) {
    Object.defineProperty(proto, key, {
      get: function() {
        return use(this).latest[key];
      },
      set: function(value) {
        const u = use(this);
        u.latest[key] = value;
        u.changed(u.latest);
      }
    });
  });
  proto['connectedCallback'] = function() {
    const el = this;
    // a property set before the element was defined hides the accessor: take it over
    props.forEach(function(key) {
      if (el.hasOwnProperty(key)) {
        const value = el[key];
        delete el[key];
        el[key] = value;
      }
    });
    // rendered once the task that inserted it is done: React's refs and Angular's property
    // bindings set the element's props after they insert it
    Promise.resolve().then(function() {
      const u = use(el);
      if (el['isConnected'] && !u.live) {
        u.mountIn(el, u.latest, el.getAttribute('context'));
      }
    });
  };
  proto['disconnectedCallback'] = function() {
    use(this).unmount();
  };
  // each observed attribute is a prop's: its property's setter takes the value
  proto['attributeChangedCallback'] = function(attribute, old, text) {
    this[PropNames.camel(attribute)] = Drivers.attribute(component, attribute, text, Number(text));
  };
  registry['define'](name, XComponentElement);
  return XComponentElement;
}

/**
 * `driver('react', {React})`: a function component with hooks (React 16.8 to 19; no
 * `findDOMNode`). It renders an empty div, whose ref callback renders the instance into it once
 * the div is in the page and closes it when React takes the div out: React calls it before it
 * removes the div, so the instance is closed by us (`parent_call`), never found gone
 * (`container_removed`), and without an effect that would run on the server or warn there. The
 * callback is made once per mount, so a re-render does not detach it. After each render, the
 * instance gets the props that changed. On the server it is only the div.
 * @param {function(!Object):?} define
 * @param {?} React
 * @return {!Function}
 */
function react(define, React) {
  return function(props) {
    const held = React['useRef']();
    const u = held['current'] || (held['current'] = new Use(define));
    u.latest = props;
    React['useEffect'](function() {
      u.changed(props);
    });
    return React['createElement']('div', {'ref': u.attach || (u.attach = function(div) {
      if (div) {
        u.mountIn(div, u.latest);
      } else {
        u.unmount();
      }
    })});
  };
}

/**
 * `driver('vue3', {h})`: a component's options for `app.component(tag, ...)`, with a render
 * function (Vue's runtime-only build has no template compiler). Without `h` (zoid's call,
 * `driver('vue3')`), the global `Vue`'s; without either, the component renders Vue's empty
 * placeholder and puts its div before it. Its attributes, kebab-case or camelCase, are the props.
 * @param {function(!Object):?} define
 * @param {?} deps
 * @return {!Object}
 */
function vue3(define, deps) {
  const h = (deps || goog.global['Vue'] || {})['h'];
  /** @param {?} vm @return {!Object} */
  function props(vm) {
    const attrs = vm['$attrs'];
    const mapped = {};
    for (const key in attrs) {
      mapped[PropNames.camel(key)] = attrs[key];
    }
    return mapped;
  }
  return {
    'inheritAttrs': false,
    'render': function() {
      return h ? h('div') : null;
    },
    'mounted': function() {
      let el = this['$el'];
      if (el.nodeType != 1) {
        el = this['xcDiv'] = el.parentNode.insertBefore(document.createElement('div'), el);
      }
      (this['xcUse'] = new Use(define)).mountIn(el, props(this));
    },
    'updated': function() {
      this['xcUse'].changed(props(this));
    },
    'beforeUnmount': function() {
      this['xcUse'].unmount();
      if (this['xcDiv']) {
        this['xcDiv'].remove();
      }
    }
  };
}

/**
 * `driver('angular2', {Component, NgModule, ElementRef, NgZone, Inject})`, as zoid's: an NgModule
 * that declares and exports a component (Ivy, defined at run time by the decorators as functions,
 * so the application loads `@angular/compiler`); without `NgModule`, the component alone,
 * standalone, for `imports`. Its selector is the custom element's name (the tag when it has a
 * hyphen). Its inputs are `props` (zoid's: all props in one object), `context`, and each prop by
 * name, which wins over `props`. Each check (`ngDoCheck`) gives the instance the props that
 * changed. The instance renders into the component's element, outside Angular's zone, so that its
 * timers and messages run no change detection; the child's calls of function props run inside it
 * (with zoneless, `NgZone` runs them as they are). `ngOnDestroy` closes it. On the server (no
 * `window`) it renders nothing.
 * @param {function(!Object):?} define
 * @param {?} component
 * @param {!Object} ng
 * @return {!Function}
 */
function angular(define, component, ng) {
  const names = Drivers.props(component);
  const NgModule = ng['NgModule'];
  /** @param {?} host @return {!Object} */
  function props(host) {
    const given = {};
    const bag = host['props'] || {};
    names.concat('context').forEach(function(key) {
      const value = host[key] !== undefined ? host[key] : bag[key];
      if (value !== undefined) {
        given[key] = value;
      }
    });
    return given;
  }
  /**
   * @param {?} elementRef
   * @param {?} zone
   * @constructor
   */
  function Host(elementRef, zone) {
    const u = new Use(define, zone['run'].bind(zone));
    /** runs `step` with the use, the element and the inputs, outside Angular's zone */
    this['xcOut'] = function(step, given) {
      zone['runOutsideAngular'](function() {
        step(u, elementRef['nativeElement'], given);
      });
    };
  }
  /**
   * A lifecycle hook that runs `step` with the inputs, outside Angular's zone.
   * @param {function(!Use, !Element, !Object)} step
   * @return {function(this:?)}
   */
  function hook(step) {
    return function() {
      this['xcOut'](step, props(this));
    };
  }
  Host.prototype['ngOnInit'] = hook(function(u, el, given) {
    if (goog.global['window']) {
      u.mountIn(el, given);
    }
  });
  Host.prototype['ngDoCheck'] = hook(function(u, el, given) {
    u.changed(given);
  });
  Host.prototype['ngOnDestroy'] = hook(function(u) {
    u.unmount();
  });
  Host['parameters'] = [[ng['ElementRef']], [ng['NgZone']]];
  ng['Component']({
    'selector': Drivers.element(component),
    'template': '',
    'inputs': names.concat('props', 'context'),
    'standalone': !NgModule
  })(Host);
  if (!NgModule) {
    return Host;
  }
  /** @constructor */
  function Module() {}
  NgModule({'declarations': [Host], 'exports': [Host]})(Module);
  return Module;
}

/**
 * `C.driver(name, deps)`.
 * @param {function(!Object):?} define the component, a function of its props
 * @param {?} component
 * @param {string} name
 * @param {?} deps
 * @return {?}
 */
exports.driver = function(define, component, name, deps) {
  // each driver's result is truthy (a class, a function, Vue's options); without what it needs, none
  const made = name == 'element' ? element(define, component)
      : name == 'vue3' ? vue3(define, deps)
      : deps && (name == 'react' ? deps['React'] && react(define, deps['React'])
          : name == 'angular2' && deps['Component'] && angular(define, component, deps));
  if (!made) {
    throw Drivers.unknown(name);
  }
  return made;
};

exports.EVENT = EVENT;

/**
 * @fileoverview The framework drivers, `C.driver(name, deps)`: a custom element, React and Vue 3.
 * Glue only: what to decide (names, attribute values, what changed) is Java's (`Drivers`,
 * `drivers/`), and an instance is reached only through its JavaScript API (`render`,
 * `updateProps`, `close`, `event`), as any page would use it. Names the frameworks read are quoted,
 * so that Closure keeps them. Nothing here reads `window` until an element or a mount asks: a
 * server-side render only builds a placeholder.
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
 * @constructor
 */
function Use(define) {
  this.make = define;
  /** @type {!Object} the framework's props, as given */
  this.latest = {};
  /** @type {!Object<string, !Function>} */
  this.proxies = {};
  /** @type {?Object} the props the instance has */
  this.sent = null;
  /** @type {?} the instance, while it renders */
  this.live = null;
  /** @type {?function(?Element)} React's ref callback */
  this.attach = null;
}

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
            return use.latest[key].apply(this, arguments);
          });
    }
  });
  return mapped;
};

/**
 * Renders a new instance with `props` into `element`, in `context` (else the component's
 * default). `element` dispatches each of the instance's events as a DOM event of the same name.
 * @param {!Element} element
 * @param {!Object} props
 * @param {?string|undefined} context
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
  instance['render'](element, context || undefined);
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
 * `driver('element')`: the custom element class of `component`, defined once per name. Written as
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
  function set(el, key, value) {
    const u = use(el);
    u.latest[key] = value;
    u.changed(u.latest);
  }
  /** @constructor @extends {HTMLElement} */
  function XComponentElement() {
    return Reflect.construct(HTMLElement, [], this.constructor);
  }
  const proto = XComponentElement.prototype = Object.create(HTMLElement.prototype);
  proto.constructor = XComponentElement;
  Object.setPrototypeOf(XComponentElement, HTMLElement);
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
        set(this, key, value);
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
    const u = use(el);
    if (!u.live) {
      u.mountIn(el, u.latest, el.getAttribute('context'));
    }
  };
  proto['disconnectedCallback'] = function() {
    use(this).unmount();
  };
  proto['attributeChangedCallback'] = function(attribute, old, text) {
    set(this, PropNames.camel(attribute),
        Drivers.attribute(component, attribute, text, Number(text)));
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
        u.mountIn(div, u.latest, u.latest['context']);
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
      const given = props(this);
      (this['xcUse'] = new Use(define)).mountIn(el, given, given['context']);
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
 * `C.driver(name, deps)`.
 * @param {function(!Object):?} define the component, a function of its props
 * @param {?} component
 * @param {string} name
 * @param {?} deps
 * @return {?}
 */
exports.driver = function(define, component, name, deps) {
  const React = deps && deps['React'];
  if (name == 'element') {
    return element(define, component);
  }
  if (name == 'react' && React) {
    return react(define, React);
  }
  if (name == 'vue3') {
    return vue3(define, deps);
  }
  throw Drivers.unknown(name);
};

exports.EVENT = EVENT;

/**
 * Typings of xwindow's xcomponent.js: the global `xcomponent`, in the shape of zoid 10.6
 * (`@krakenjs/zoid`). zoid.d.ts gives the same API under the global `zoid`.
 *
 * Type a component by its props, and the parent and the child are both checked:
 *
 *     interface LoginProps { defaultEmail: string; onLoginSuccess(email: string): void }
 *     const Login = xcomponent.create<LoginProps>({ tag: 'log-in', url: 'https://login.example/',
 *       props: { defaultEmail: { type: 'string' }, onLoginSuccess: { type: 'function' } } });
 *     Login({ defaultEmail: 'ann@example.com', onLoginSuccess: (email) => show(email) }).render('#login');
 *     // in the child page, once the parent's origin is proven: function props answer with a promise
 *     Login.ready().then((xprops) => xprops.onLoginSuccess('ann@example.com'));
 */
declare namespace xcomponent {
  /** Where a component is shown: in the page, in a popup, or in an in-page modal dialog. */
  type Context = 'iframe' | 'popup' | 'modal';

  /**
   * The type of a prop, checked before any window opens. `'email'` (early xcomponent's) is a
   * string that must look like an e-mail address.
   */
  type PropType = 'string' | 'email' | 'number' | 'boolean' | 'object' | 'array' | 'function';

  /** How an object or array prop goes into the URL when it is a `queryParam`. */
  type PropSerialization = 'json' | 'dotify' | 'base64';

  /** The origins a window may have: `'*'` for any, an exact origin, a list, or a RegExp. */
  type DomainMatcher = string | ReadonlyArray<string> | RegExp;

  /** Where an iframe goes: an element, or a selector of one. */
  type Container = string | HTMLElement;

  /** A CSS length, as zoid takes it: pixels or a percentage. */
  type CssLength = `${number}px` | `${number}%`;

  interface CssDimensions {
    width: CssLength;
    height: CssLength;
  }

  /** Why a component ended (the `close` event and `onClose`); none of these is an error. */
  type CloseReason =
    | 'parent_call'
    | 'child_call'
    | 'user_closed'
    | 'container_removed'
    | 'parent_navigated'
    | 'destroyed'
    | 'error';

  /** The stable codes of every error xcomponent gives, in `error.code`. */
  type ErrorCode =
    | 'BAD_OPTIONS'
    | 'PROP_REQUIRED'
    | 'PROP_TYPE'
    | 'PROP_INVALID'
    | 'BAD_CONTAINER'
    | 'BAD_CONTEXT'
    | 'BAD_WINDOW'
    | 'NOT_ELIGIBLE'
    | 'POPUP_BLOCKED'
    | 'RENDER_TIMEOUT'
    | 'PARENT_DOMAIN_REJECTED'
    | 'CHILD_DOMAIN_REJECTED'
    | 'DELEGATE_REFUSED'
    | 'CHILD_ERROR'
    | 'ZOID_CHILD'
    | 'BAD_PARENT'
    | 'CLOSED'
    | 'CHILD_ONLY';

  /** What `create` throws, `render` rejects with, `onError` and the `error` event receive. */
  interface XComponentError extends Error {
    code: ErrorCode;
  }

  /** The events of an instance, the same names as zoid's. */
  type EventName =
    | 'zoid-render'
    | 'zoid-rendered'
    | 'zoid-prerender'
    | 'zoid-prerendered'
    | 'zoid-display'
    | 'zoid-error'
    | 'zoid-close'
    | 'zoid-destroy'
    | 'zoid-props'
    | 'zoid-resize'
    | 'zoid-focus'
    | 'zoid-bfcache-cache'
    | 'zoid-bfcache-restore';

  interface Cancelable {
    cancel(): void;
  }

  /** What the `close` event and `onClose` receive. */
  interface CloseDetails {
    reason: CloseReason;
  }

  /** What the `bfcache-restore` event and `onBfcacheRestore` receive. */
  interface BfcacheRestoreDetails {
    cachedDurationMs?: number | null;
  }

  /** A size in pixels; a missing or null side stays as it is. */
  interface Size {
    width?: number | null;
    height?: number | null;
  }

  /** An instance's events (`instance.event`). */
  interface EventEmitter {
    on(name: 'zoid-close', handler: (details: CloseDetails) => unknown): Cancelable;
    on(name: 'zoid-error', handler: (error: XComponentError) => unknown): Cancelable;
    on(name: 'zoid-bfcache-restore', handler: (details: BfcacheRestoreDetails) => unknown): Cancelable;
    on(name: EventName, handler: (...args: any[]) => unknown): Cancelable;
    once(name: 'zoid-close', handler: (details: CloseDetails) => unknown): Cancelable;
    once(name: 'zoid-error', handler: (error: XComponentError) => unknown): Cancelable;
    once(name: 'zoid-bfcache-restore', handler: (details: BfcacheRestoreDetails) => unknown): Cancelable;
    once(name: EventName, handler: (...args: any[]) => unknown): Cancelable;
    /** Calls the handlers of `name`; resolves when they are done. */
    trigger(name: EventName, ...args: unknown[]): Promise<void>;
  }

  /** Handlers of the built-in props may answer at once or with a promise. */
  type Handler<A extends unknown[] = []> = (...args: A) => void | PromiseLike<void>;

  /** The props every component takes on the parent side, beside its own. */
  interface ParentBuiltInProps<P> {
    onRender?: Handler;
    onRendered?: Handler;
    onPrerender?: Handler;
    onPrerendered?: Handler;
    onDisplay?: Handler;
    onClose?: Handler<[CloseDetails]>;
    onDestroy?: Handler;
    onResize?: Handler;
    onFocus?: Handler;
    onError?: Handler<[XComponentError]>;
    onProps?: (handler: (props: Props<P>) => void) => Cancelable;
    onBfcacheCache?: Handler;
    onBfcacheRestore?: Handler<[BfcacheRestoreDetails]>;
    /** The nonce of the page's CSP, put on every element and style xcomponent inserts. */
    cspNonce?: string;
    /** Milliseconds the child has to answer before `render` fails with `RENDER_TIMEOUT`. */
    timeout?: number;
    /**
     * A window of this origin to render into, instead of opening one: a popup the page opened, or
     * a blank frame of the page (then the child loads in that frame). Not for `renderTo`.
     */
    window?: Window;
  }

  /** What the component is called with: its own props and the built-in ones. */
  type InputProps<P> = P & ParentBuiltInProps<P>;

  /** The props as the component's functions (url, validate, templates...) see them. */
  type Props<P> = InputProps<P> & { dimensions: CssDimensions };

  /** The type name a prop of type `T` must declare. */
  type PropTypeOf<T> = T extends string
    ? 'string' | 'email'
    : T extends number
      ? 'number'
      : T extends boolean
        ? 'boolean'
        : T extends (...args: any[]) => any
          ? 'function'
          : T extends ReadonlyArray<unknown>
            ? 'array'
            : 'object';

  /** What a prop's `default`, `value` and `decorate` are given. */
  interface PropHelpers<P> {
    props: Props<P>;
    state: State;
    close(): Promise<void>;
    focus(): Promise<void>;
    onError(error: unknown): Promise<void>;
    container: HTMLElement | undefined;
    event: EventEmitter;
  }

  /** The definition of one prop, of type `T`, of a component with props `P`. */
  interface PropDefinition<T, P> {
    type: PropTypeOf<NonNullable<T>>;
    /** Default true: `render` fails with `PROP_REQUIRED` without it. Not with `default`. */
    required?: boolean;
    /** The value when the prop is not passed. */
    default?: (helpers: PropHelpers<P>) => T | undefined;
    /** The value, whatever was passed. */
    value?: (helpers: PropHelpers<P>) => T | undefined;
    /** Throws to fail `render` with `PROP_INVALID`. */
    validate?: (args: { value: T; props: Props<P> }) => void;
    /** Turns the value into the one the child gets. */
    decorate?: (args: PropHelpers<P> & { value: T }) => T;
    /** Puts the prop into the child's URL: under its own name, the name given, or one computed. */
    queryParam?: boolean | string | ((args: { value: T }) => string | PromiseLike<string>);
    /** The value put into the URL. */
    queryValue?: (args: { value: T }) => unknown;
    serialization?: PropSerialization;
    /** Another name the prop may be passed by. */
    alias?: string;
    /** Default true; false keeps the prop on the parent. */
    sendToChild?: boolean;
    /** Only a child of the parent's own origin gets it. */
    sameDomain?: boolean;
    /** Only a child of these origins gets it. */
    trustedDomains?: ReadonlyArray<DomainMatcher>;
    /** Also given to a window that `renderTo` delegates to. */
    allowDelegate?: boolean;
  }

  /** The definitions of a component's props, one per prop. */
  type PropDefinitions<P> = { [K in keyof P]?: PropDefinition<P[K], P> };

  interface Attributes {
    /** Attributes of the iframe, e.g. `allow`, `title`. */
    iframe?: { [name: string]: string };
    /** Features of the popup window. */
    popup?: { [name: string]: string };
    /**
     * Attributes of the modal's iframe (default: `iframe`'s); its `title` also names the dialog
     * for screen readers.
     */
    modal?: { [name: string]: string };
  }

  /** What `containerTemplate` and `prerenderTemplate` are given. */
  interface TemplateOptions<P> {
    uid: string;
    tag: string;
    context: Context;
    props: Props<P>;
    /** The document to create the element in. */
    doc: Document;
    container?: HTMLElement;
    dimensions: CssDimensions;
    state: State;
    event: EventEmitter;
    close(reason?: string): Promise<void>;
    focus(): Promise<void>;
    /** The child's iframe, for the container template to insert. */
    frame: HTMLIFrameElement | null;
    /** The iframe of the prerender template, for the container template to insert. */
    prerenderFrame: HTMLIFrameElement | null;
  }

  /** How the parent instance gets what the child hands over with `xprops.export`. */
  type ExportsDefinition<X> =
    | { [K in keyof X]: { type: PropTypeOf<X[K]> } }
    | ((args: { getExports(): Promise<X> }) => X);

  /** The options of `create`. */
  interface ComponentOptions<P, X = {}> {
    /** Lower-case letters, digits and inner dashes; the same in the parent and the child. */
    tag: string;
    /** The child's absolute URL, or a function of the props that gives it. */
    url: string | ((args: { props: Props<P> }) => string);
    /** The origins the child may have; default: the origin of `url`. */
    domain?: DomainMatcher;
    dimensions?: CssDimensions | ((args: { props: Props<P> }) => CssDimensions);
    props?: PropDefinitions<P>;
    /** The child measures `element` (default `body`) and resizes the iframe. */
    autoResize?: { width?: boolean; height?: boolean; element?: string };
    /** The context of `render` without one; default `'iframe'`. */
    defaultContext?: Context;
    containerTemplate?: (options: TemplateOptions<P>) => HTMLElement | null | undefined;
    prerenderTemplate?: (options: TemplateOptions<P>) => HTMLElement | null | undefined;
    /** The parent origins the child accepts, as the browser reports them; default `'*'`. */
    allowedParentDomains?: DomainMatcher;
    /** Whether an instance may render; if not, `render` fails with `NOT_ELIGIBLE` and `reason`. */
    eligible?: (args: { props: InputProps<P> }) => { eligible: boolean; reason?: string };
    /** Checks the props together; throws to fail `render` with `PROP_INVALID`. */
    validate?: (args: { props: InputProps<P> }) => void;
    /** Milliseconds the child has to answer, for every instance. */
    timeout?: number;
    attributes?: Attributes | ((args: { props: Props<P> }) => Attributes);
    exports?: ExportsDefinition<X>;
    /** Lets a page with a rendered component enter the back/forward cache. */
    enableBfcache?: boolean;
    /**
     * Lets the parent render zoid 10 child pages: it speaks zoid's dialect, and the props the
     * child may see travel, base64, in the child window's name (readable by any page that window
     * shows later). Default `false`: no prop goes into a window name, and a zoid child fails the
     * render with `ZOID_CHILD`.
     */
    zoidChildren?: boolean;
    /**
     * In the `'modal'` context, a click on the dialog's backdrop closes the component
     * (`user_closed`), as Escape and the close button do. Default `false`.
     */
    closeOnBackdropClick?: boolean;
  }

  /** Values shared by a component's prop functions and templates. */
  type State = { [key: string]: any };

  /** A component rendered once, or to be. */
  interface InstanceApi<P, X> {
    /**
     * Renders into `container` (an iframe needs one; a popup may omit it; a modal's dialog goes
     * into it, else into the body).
     */
    render(container?: Container, context?: Context): Promise<void>;
    /**
     * Renders into `container` (a selector) of `win`, a window of this page's top that has the
     * component; a popup or a modal may omit it.
     */
    renderTo(win: Window, container?: string | null, context?: Context): Promise<void>;
    close(): Promise<void>;
    focus(): Promise<void>;
    resize(size: Size): Promise<void>;
    /** Merges these props into the current ones and sends them to the child. */
    updateProps(props: Partial<InputProps<P>>): Promise<void>;
    show(): Promise<void>;
    hide(): Promise<void>;
    /** Reports an error: the `error` event and `onError` hear it; a render still pending fails with it (and the instance ends). */
    onError(error: unknown): Promise<void>;
    isEligible(): boolean;
    /** A new instance with the same props. */
    clone(): Instance<P, X>;
    event: EventEmitter;
    state: State;
  }

  /** An instance, with what the child exported (`exports`). */
  type Instance<P, X = {}> = InstanceApi<P, X> & X;

  /** What the child gets for a value of the parent: a function answers with a promise. */
  type Remote<T> = T extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : T;

  /** `window.xprops` in the child: the props, and what the child may ask of its parent. */
  type ChildProps<P, X = {}> = { [K in keyof P]: Remote<P[K]> } & ChildHelpers<P, X>;

  interface ChildHelpers<P, X> {
    /** This instance's id. */
    uid: string;
    tag: string;
    cspNonce?: string;
    close(): Promise<void>;
    focus(): Promise<void>;
    resize(size: Size): Promise<void>;
    show(): Promise<void>;
    hide(): Promise<void>;
    /** Tells the parent: its render fails, or its `onError` hears, with `CHILD_ERROR`. */
    onError(error: unknown): Promise<void>;
    /** Hears the props the parent sends with `updateProps`. */
    onProps(handler: (props: ChildProps<P, X>) => void): Cancelable;
    getParent(): Window;
    /** The parent's origin, as the browser reported it. */
    getParentDomain(): string;
    /** Hands `exports` to the parent instance. */
    export(exports: X): Promise<void>;
  }

  /** Stops TypeScript from inferring a type argument from where it is used. */
  type Declared<T> = [T][T extends any ? 0 : never];

  /**
   * What `create` returns: call it with props to get an instance. In the child's build
   * (`xcomponent-child.js`, `zoid-child.js`), calling it or `driver` throws `CHILD_ONLY`.
   */
  interface Component<P, X = {}> {
    (...props: {} extends P ? [InputProps<P>?] : [InputProps<P>]): Instance<P, X>;
    /** True in the child window of this component. */
    isChild(): boolean;
    /**
     * The props, in the child window of this component, once the parent's origin is proven to
     * be one that `allowedParentDomains` accepts; undefined before, and anywhere else.
     */
    xprops?: ChildProps<P, X>;
    /**
     * In the child window: resolves with `xprops` once the parent's origin is proven. Rejects
     * with `BAD_WINDOW` in a window that is not this component's child.
     */
    ready(): Promise<ChildProps<P, X>>;
    /** Whether `win` has this component, so that `renderTo(win, ...)` may work. */
    canRenderTo(win: Window): Promise<boolean>;
    instances: ReadonlyArray<Instance<P, X>>;
    /**
     * The custom element of this component, defined (`customElements.define`) under the tag when
     * it has a hyphen, else `xcomponent-<tag>`. Its properties are the props; string, number and
     * boolean props are also kebab-case attributes; attribute `context` picks the context.
     */
    driver(name: 'element'): ComponentElementClass<P>;
    /** A React (16.8 to 19) function component rendering this one; `context` is the driver's. */
    driver(name: 'react', deps: { React: unknown; ReactDOM?: unknown }): ReactDriverComponent<P>;
    /** Vue 3 component options for `app.component(tag, ...)`; props kebab-case or camelCase. */
    driver(name: 'vue3', deps?: { h: unknown }): VueDriverComponent;
    /**
     * zoid's Angular form (Angular 2 to 22, Ivy, with zone.js or zoneless): an NgModule to import,
     * declaring the component `<log-in [props]="..." [context]="...">` (each prop is also an input
     * of its own). The component is compiled at run time: the application loads `@angular/compiler`.
     */
    driver(name: 'angular2', deps: { Component: unknown; NgModule: unknown; ElementRef: unknown;
      NgZone: unknown; Inject?: unknown }): AngularDriverModule;
    /** Without `NgModule`: the component alone, standalone, for a component's `imports`. */
    driver(name: 'angular2', deps: { Component: unknown; ElementRef: unknown; NgZone: unknown }):
      AngularDriverComponent<P>;
  }

  /** What a driver takes beside the props: where to render (a popup only from a user's click). */
  interface DriverOptions {
    context?: Context;
  }

  /** The element `driver('element')` defines: each prop a property. */
  type ComponentElement<P> = HTMLElement & Partial<InputProps<P>>;

  /** The class `driver('element')` returns. */
  interface ComponentElementClass<P> {
    new (): ComponentElement<P>;
    readonly prototype: ComponentElement<P>;
    readonly observedAttributes: ReadonlyArray<string>;
  }

  /** A React function component: `<LogIn defaultEmail="..." onLoginSuccess={...} />`. */
  type ReactDriverComponent<P> = (props: InputProps<P> & DriverOptions) => any;

  /** The NgModule `driver('angular2', {..., NgModule})` returns, for an NgModule's or component's `imports`. */
  interface AngularDriverModule {
    new (): object;
  }

  /** The inputs of the Angular component: `props` (zoid's, all in one), `context`, and each prop. */
  type AngularDriverInputs<P> = Partial<InputProps<P>> & DriverOptions & {
    props?: Partial<InputProps<P>> & DriverOptions;
  };

  /** The standalone Angular component `driver('angular2', {Component, ElementRef, NgZone})` returns. */
  interface AngularDriverComponent<P> {
    new (elementRef: unknown, zone: unknown): AngularDriverInputs<P>;
  }

  /** The options of a Vue 3 component, with a render function (no template compiler needed). */
  interface VueDriverComponent {
    readonly inheritAttrs: false;
    render(): unknown;
    mounted(): void;
    updated(): void;
    beforeUnmount(): void;
  }

  /**
   * Defines a component, in the parent and in the child alike. Creating a tag that exists
   * replaces its definition. Throws an XComponentError (`BAD_OPTIONS`) for unusable options.
   */
  function create<P extends object = { [name: string]: any }, X extends object = {}>(
    options: ComponentOptions<Declared<P>, Declared<X>>,
  ): Component<P, X>;

  /** True in a component's child window, of any tag. */
  function isChild(): boolean;

  /** Closes every instance and forgets every component. */
  function destroy(error?: unknown): Promise<void>;
  /** Closes every instance of every component. */
  function destroyAll(error?: unknown): Promise<void>;
  /** Closes every instance of every component; the same as `destroyAll`. */
  function destroyComponents(error?: unknown): Promise<void>;

  const EVENT: {
    readonly RENDER: 'zoid-render';
    readonly RENDERED: 'zoid-rendered';
    readonly PRERENDER: 'zoid-prerender';
    readonly PRERENDERED: 'zoid-prerendered';
    readonly DISPLAY: 'zoid-display';
    readonly ERROR: 'zoid-error';
    readonly CLOSE: 'zoid-close';
    readonly DESTROY: 'zoid-destroy';
    readonly PROPS: 'zoid-props';
    readonly RESIZE: 'zoid-resize';
    readonly FOCUS: 'zoid-focus';
    readonly BFCACHE_CACHE: 'zoid-bfcache-cache';
    readonly BFCACHE_RESTORE: 'zoid-bfcache-restore';
  };

  const CONTEXT: {
    readonly IFRAME: 'iframe';
    readonly POPUP: 'popup';
    readonly MODAL: 'modal';
  };

  const PROP_TYPE: {
    readonly STRING: 'string';
    readonly NUMBER: 'number';
    readonly BOOLEAN: 'boolean';
    readonly OBJECT: 'object';
    readonly ARRAY: 'array';
    readonly FUNCTION: 'function';
  };

  const PROP_SERIALIZATION: {
    readonly JSON: 'json';
    readonly DOTIFY: 'dotify';
    readonly BASE64: 'base64';
  };

  /** Why a component ended: `details.reason` of `onClose` and the `close` event. */
  const CLOSE_REASON: {
    readonly PARENT_CALL: 'parent_call';
    readonly CHILD_CALL: 'child_call';
    readonly USER_CLOSED: 'user_closed';
    readonly CONTAINER_REMOVED: 'container_removed';
    readonly PARENT_NAVIGATED: 'parent_navigated';
    readonly DESTROYED: 'destroyed';
    readonly ERROR: 'error';
  };

  /** The version of xwindow. */
  const version: string;
}

declare global {
  interface Window {
    /**
     * The props, in a component's child window once the parent's origin is proven (untyped
     * here: `Component.xprops` and `Component.ready()` are typed).
     */
    xprops?: xcomponent.ChildProps<{ [name: string]: any }>;
  }
}

export = xcomponent;
export as namespace xcomponent;

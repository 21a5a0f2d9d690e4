/**
 * Typings of xwindow's post-robot.js: the global `postRobot`, the same shape as post-robot 10.
 * Load it with a script tag and use the global, or import it as a module.
 */
declare namespace postRobot {
  /** The origins a window may have: `'*'` for any, an exact origin, a list, or a RegExp. */
  type DomainMatcher = string | ReadonlyArray<string> | RegExp;

  /** The stable codes of every error post-robot gives, in `error.code`. */
  type ErrorCode =
    | 'NO_ACK'
    | 'WINDOW_CLOSED'
    | 'NO_HANDLER'
    | 'DOMAIN_MISMATCH'
    | 'TIMEOUT'
    | 'HANDLER_ERROR'
    | 'BAD_ARGUMENT'
    | 'BAD_VALUE';

  /** What a send rejects with. A handler's own error keeps its own `code`. */
  interface PostRobotError extends Error {
    code: ErrorCode | string;
    data?: unknown;
  }

  /** A request as a handler sees it, or a response as a sender gets it. */
  interface Message<T = any> {
    /** The other window. */
    source: Window;
    /** Its origin, `file://` when opaque. */
    origin: string;
    data: T;
  }

  interface ListenOptions {
    /** Only requests from this window (or these); default: any window. */
    window?: Window | ReadonlyArray<Window> | '*';
    /** Only requests from these origins; default `'*'`. */
    domain?: DomainMatcher;
    /** Hears failures to post an acknowledgement or a response back. */
    errorHandler?: (error: unknown) => void;
  }

  interface SendOptions {
    /** The origins the target may have; a string other than `'*'` is also the targetOrigin. */
    domain?: DomainMatcher;
    /** Milliseconds to wait for the response once the window is there; default: no limit. */
    timeout?: number;
    /** Post, resolve at once, expect no acknowledgement nor response. */
    fireAndForget?: boolean;
  }

  /** Answers a request; throwing or rejecting sends the error back to the sender. */
  type Handler<D = any, R = any> = (event: Message<D>) => R | PromiseLike<R>;

  interface Listener {
    /** Stops listening. */
    cancel(): void;
  }

  interface OncePromise<D = any> extends Promise<Message<D>> {
    /** Stops waiting for the request. */
    cancel(): void;
  }

  /** What this window holds for others. */
  interface Stats {
    /** Functions and promises handed to other windows, still callable by them. */
    functions: number;
    /** Requests sent and not yet settled. */
    pending: number;
    /** Listeners registered, the three built-in ones (hello, method call, release) included. */
    listeners: number;
  }

  /** Answers requests named `name`. Throws a PostRobotError (BAD_ARGUMENT) on a duplicate. */
  function on<D = any, R = any>(name: string, handler: Handler<D, R>): Listener;
  function on<D = any, R = any>(name: string, options: ListenOptions, handler: Handler<D, R>): Listener;

  /** Answers the first request named `name` only; the promise resolves with it. */
  function once<D = any>(name: string, handler?: Handler<D>): OncePromise<D>;
  function once<D = any>(name: string, options: ListenOptions, handler?: Handler<D>): OncePromise<D>;

  /**
   * A window that arrived inside data, as post-robot 10's ProxyWindow: its methods act on the
   * real window across the windows in between. Send to it once it is matched to a real window.
   */
  interface ProxyWindow {
    readonly isProxyWindow: true;
    getID(): string;
    getType(): Promise<'iframe' | 'popup'>;
    isPopup(): Promise<boolean>;
    isClosed(): Promise<boolean>;
    close(): Promise<ProxyWindow>;
    focus(): Promise<ProxyWindow>;
    /** Its name, when the window that holds it may read it. */
    getName(): Promise<string | null | undefined>;
    setName(name: string): Promise<ProxyWindow>;
    getInstanceID(): Promise<string>;
    /** An http(s) URL, or an absolute path on the origin of the window that holds it; GET only. */
    setLocation(href: string, options?: { method?: 'get' }): Promise<ProxyWindow>;
    /** True (and bound to it) when it stands for `win`. `options` is accepted as post-robot takes it. */
    matchWindow(win: Window, options?: { send?: unknown }): Promise<boolean>;
    /** The real window once known here. */
    getWindow(): Window | null | undefined;
    unwrap(): Window | ProxyWindow;
    awaitWindow(): Promise<Window>;
  }

  /** Sends a request; resolves with the answer or rejects with a PostRobotError. */
  function send<R = any>(
    win: Window | ProxyWindow,
    name: string,
    data?: unknown,
    options?: SendOptions,
  ): Promise<Message<R>>;

  /** Fails what waits on `win` and releases what was handed to it. */
  function cleanUpWindow(win: Window): void;

  function stats(): Stats;

  /** The version of xwindow. */
  const version: string;
}

export = postRobot;
export as namespace postRobot;

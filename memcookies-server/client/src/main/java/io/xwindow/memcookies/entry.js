/**
 * @fileoverview The whole JavaScript API of memcookies.js: the global memcookies, memcookies'
 * API plus patchFetch, allowOrigins and auto. The jar and its rules are Java (MemCookies); the
 * patches are here because they wrap prototype methods with `this` and `arguments`, which Java
 * compiled by J2CL cannot write.
 */
goog.module('io.xwindow.memcookies.entry');

const MemCookies = goog.require('io.xwindow.memcookies.MemCookies');
const {publish} = goog.require('io.xwindow.base.publish');

const jar = MemCookies;
let xhrPatched = false;
let fetchPatched = false;

/**
 * @param {*} url where the response came from, after redirects
 * @param {?string} header its x-cookies: merged into that origin's jar; anything unreadable is ignored
 */
function merge(url, header) {
  try {
    jar.merge(String(url), header);
  } catch (e) {
    // not a jar: a server without the middleware, or a broken proxy
  }
}

/** @param {*} url @return {?string} the header to send, or null */
function headerFor(url) {
  try {
    return jar.headerFor(String(url));
  } catch (e) {
    return null; // not a URL: the request itself will fail as it would without us
  }
}

function patchXhr() {
  if (xhrPatched) return;
  xhrPatched = true;
  const proto = XMLHttpRequest.prototype;
  const open = proto.open;
  const send = proto.send;
  proto.open = function(method, url) {
    this.memcookiesUrl = url;
    return open.apply(this, arguments);
  };
  proto.send = function() {
    const xhr = this;
    const value = headerFor(xhr.memcookiesUrl);
    if (value != null) {
      const name = jar.getHeaderName();
      xhr.setRequestHeader(name, value);
      let merged = false;
      // Headers arrive (state 2) before any load or state-4 handler of the page runs.
      xhr.addEventListener('readystatechange', function() {
        if (xhr.readyState >= 2 && !merged) {
          merged = true;
          merge(xhr.responseURL || xhr.memcookiesUrl, xhr.getResponseHeader(name));
        }
      });
    }
    return send.apply(xhr, arguments);
  };
}

function patchFetch() {
  if (fetchPatched || !goog.global['fetch']) return;
  fetchPatched = true;
  const original = goog.global['fetch'];
  goog.global['fetch'] = function(input, init) {
    let request;
    try {
      request = new Request(input, init);
    } catch (e) {
      return original.apply(goog.global, arguments);
    }
    const value = headerFor(request.url);
    if (value == null) {
      return original.apply(goog.global, arguments);
    }
    const name = jar.getHeaderName();
    request.headers.set(name, value);
    return original.call(goog.global, request).then(function(response) {
      merge(response.url || request.url, response.headers.get(name));
      return response;
    });
  };
}

/**
 * Whether a page of another origin frames this one. There the application's cookies are refused
 * (WebKit blocks third-party cookies), or partitioned with their SameSite=Lax ones refused
 * (Firefox, Chromium): the session needs memcookies, and a probe would only make Firefox log an
 * error for the refused cookie.
 * @return {boolean}
 */
function framedByAnotherOrigin() {
  try {
    for (let w = window; w !== w.parent; w = w.parent) {
      if (w.parent.location.origin !== location.origin) return true;
    }
    return false;
  } catch (e) {
    return true; // the browser refused to show another origin's location
  }
}

/**
 * Whether this page can keep a cookie: navigator.cookieEnabled alone is not enough, Chromium
 * says true with every cookie blocked by the user's settings; so a probe cookie is written, read
 * back and removed.
 * @return {boolean}
 */
function cookiesStick() {
  if (navigator.cookieEnabled === false || framedByAnotherOrigin()) return false;
  try {
    document.cookie = 'memcookies-probe=1; SameSite=Lax';
    const kept = document.cookie.indexOf('memcookies-probe=1') >= 0;
    document.cookie = 'memcookies-probe=; Max-Age=0';
    return kept;
  } catch (e) {
    return false; // a sandboxed document may throw on document.cookie
  }
}

publish('memcookies', 'memcookies', {
  'setCookies': function(json, origin) { jar.setCookies(json, origin); },
  'getCookies': function(origin) { return jar.getCookies(origin); },
  'setHeaderName': function(name) { jar.setHeaderName(name); },
  'getHeaderName': function() { return jar.getHeaderName(); },
  'allowOrigins': function(origins) { jar.allowOrigins(origins); },
  'patchXhr': patchXhr,
  'patchFetch': patchFetch,
  'auto': function() {
    if (cookiesStick()) return false;
    patchXhr();
    patchFetch();
    return true;
  },
  'version': MemCookies.version(),
});

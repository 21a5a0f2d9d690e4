/**
 * @param {*} object
 * @return {!Array<string>}
 * @private
 */
JsHost.ownKeys = function(object) {
  // null's own keys are none; the empty array made here, not in Java (J2CL's array runtime)
  return object == null ? [] : Object.keys(/** @type {!Object} */ (object));
};

/**
 * @param {*} object
 * @param {string} key
 * @param {function():*} getter
 * @private
 */
JsHost.define = function(object, key, getter) {
  Object.defineProperty(/** @type {!Object} */ (object), key,
      {get: getter, enumerable: true, configurable: true});
};

/**
 * The user's function may throw anything; it becomes a value the rules return as an error.
 * @param {*} fn
 * @param {*} argument
 * @param {function(*):*} onThrow
 * @return {*}
 * @private
 */
JsHost.attempt = function(fn, argument, onThrow) {
  try {
    return /** @type {function(*):*} */ (fn)(argument);
  } catch (error) {
    return onThrow(error);
  }
};

/**
 * @param {*} value
 * @return {string}
 * @private
 */
JsHost.string = function(value) {
  return String(value);
};

/**
 * @param {*} value
 * @return {?string}
 * @private
 */
JsHost.stringify = function(value) {
  try {
    return JSON.stringify(value);
  } catch (cycle) {
    return null;
  }
};

/**
 * @param {string} text
 * @return {string}
 * @private
 */
JsHost.encode = function(text) {
  return encodeURIComponent(text);
};

/**
 * btoa takes Latin-1: give it the UTF-8 bytes, as zoid's base64encode does; and, as it, no padding.
 * @param {string} text
 * @return {string}
 * @private
 */
JsHost.utf8Base64 = function(text) {
  return btoa(encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, function(match, hex) {
    return String.fromCharCode(parseInt(hex, 16));
  })).replace(/=/g, '');
};

/**
 * The browser's own parser, so that what is checked is what a frame would load (it drops tabs
 * and newlines, e.g. "java\tscript:", and trims spaces).
 * @param {string} url
 * @return {?string}
 * @private
 */
JsHost.origin = function(url) {
  try {
    var parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch (notAbsolute) {
    return null;
  }
};

/**
 * atob and JSON.parse throw on text that is not theirs; a JavaScript try/catch costs no exception
 * runtime in the bundle. The base64 holds UTF-8 bytes, as zoid's base64encode writes them.
 * @param {string} text
 * @param {boolean} base64
 * @return {*}
 * @private
 */
ZoidChild.parse = function(text, base64) {
  try {
    return JSON.parse(base64 ? decodeURIComponent(escape(atob(text))) : text);
  } catch (notOurs) {
    return null;
  }
};

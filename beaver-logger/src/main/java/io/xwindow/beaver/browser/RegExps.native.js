/**
 * @param {?string} text
 * @param {?string} regex
 * @param {?string} replacement
 * @return {?string}
 * @public
 */
RegExps.replaceAll = function(text, regex, replacement) {
  return text.replace(new RegExp(regex, 'g'), replacement);
};

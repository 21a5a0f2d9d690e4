/**
 * A selector may come from another window (renderTo): an invalid one is no match, not an
 * exception in the listener.
 * @param {!Document} doc
 * @param {string} selector
 * @return {?Element}
 * @private
 */
Views.query = function(doc, selector) {
  try {
    return doc.querySelector(selector);
  } catch (invalid) {
    return null;
  }
};

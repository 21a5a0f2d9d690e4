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

/**
 * Closes {@code win} with this window's own {@code close}: a page on this origin may have replaced
 * its own, so that {@code win.close()} does nothing (zoid closes such a popup too). A window of
 * another origin keeps its own, which is called when this one may not be.
 * @param {!Window} win
 * @private
 */
Views.shut = function(win) {
  try {
    window.close.call(win);
  } catch (refused) {
  }
  if (!win.closed) {
    win.close();
  }
};

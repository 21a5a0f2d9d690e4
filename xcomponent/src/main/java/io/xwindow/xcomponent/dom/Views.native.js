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

/**
 * The iframe element of {@code win} when it is a frame of this page, else null (reading it on a
 * window of another origin throws).
 * @param {*} win
 * @return {?Element}
 * @private
 */
Views.frameElement = function(win) {
  try {
    var frame = win.frameElement;
    return frame && frame.ownerDocument === document ? frame : null;
  } catch (crossOrigin) {
    return null;
  }
};

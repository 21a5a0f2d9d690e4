/**
 * Each {@code property:value;} of {@code css} through {@code style.setProperty} (see Styles.java).
 * In JavaScript because a String.split in Java would bring J2CL's regular expressions along.
 * @param {!Element} element
 * @param {string} css
 * @public
 */
Styles.set = function(element, css) {
  for (var at = 0, end; (end = css.indexOf(';', at)) > 0; at = end + 1) {
    var colon = css.indexOf(':', at);
    element.style.setProperty(css.slice(at, colon), css.slice(colon + 1, end));
  }
};

/**
 * @define {string} The sides the bundle has: 'both' as shipped; 'parent', 'child' or 'none' in
 *     the benchmark's builds that weigh each side ('none': what both sides share). One string, not
 *     two booleans, so that no build can ask for a bundle that is both and neither.
 */
const SIDES = goog.define('xwindow.XCOMPONENT_SIDES', 'both');

/**
 * @return {boolean}
 * @public
 */
Sides.parent = function() {
  return SIDES == 'both' || SIDES == 'parent';
};

/**
 * @return {boolean}
 * @public
 */
Sides.child = function() {
  return SIDES == 'both' || SIDES == 'child';
};

/**
 * @define {string} The sides the bundle has: 'both' in xcomponent.js and zoid.js; 'child' in
 *     xcomponent-child.js and zoid-child.js; 'parent' or 'none' in the benchmark's builds that
 *     weigh each side ('none': what is left that neither side's code reaches). One string, not two
 *     booleans: one setting names each of the four builds.
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

/**
 * @define {boolean} True in the benchmark's build of the logger without page transitions and the
 *     web vitals hook. (Set true, not a PAGE_DATA define set false: the J2CL plugin 0.22.0 refuses
 *     two defines with the same value, and goog.DEBUG is false.)
 */
const WITHOUT_PAGE_DATA = goog.define('xwindow.BEAVER_WITHOUT_PAGE_DATA', false);

/**
 * @return {boolean}
 * @public
 */
PageDataSwitch.on = function() {
  return !WITHOUT_PAGE_DATA;
};

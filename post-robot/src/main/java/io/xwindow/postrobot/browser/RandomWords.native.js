/** @const {!Int32Array} */
const pool = new Int32Array(48);
/** @type {number} */
let drawn = 48;

/**
 * @return {number}
 * @public
 */
RandomWords.next = function() {
  if (drawn === 48) {
    crypto.getRandomValues(pool);
    drawn = 0;
  }
  return pool[drawn++];
};

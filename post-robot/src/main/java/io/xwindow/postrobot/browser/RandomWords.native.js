/**
 * 768 words, 256 ids: each call to crypto has a fixed cost, so words are drawn many at a time
 * (3 KB of state; a burst of requests draws once per 256 ids).
 * @const {!Int32Array}
 */
const pool = new Int32Array(768);
/** @type {number} */
let drawn = pool.length;

/**
 * @return {number}
 * @public
 */
RandomWords.next = function() {
  if (drawn === pool.length) {
    crypto.getRandomValues(pool);
    drawn = 0;
  }
  return pool[drawn++];
};

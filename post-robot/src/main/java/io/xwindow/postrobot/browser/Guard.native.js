/**
 * @param {?function():void} action
 * @param {?function(*):void} onError
 * @public
 */
Guard.run = function(action, onError) {
  try {
    action();
  } catch (error) {
    if (onError) {
      onError(error);
    }
  }
};

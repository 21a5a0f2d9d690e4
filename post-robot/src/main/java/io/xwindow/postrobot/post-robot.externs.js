/**
 * @fileoverview The property names that cross a window boundary or the public API: the wire
 * fields of post-robot's messages, its serialized values, the options and events of the API.
 * Closure ADVANCED keeps the names declared here, and renames every other.
 * @externs
 */

/** @record */
function PostRobotNames() {}
// wire messages
/** @type {?} */ PostRobotNames.prototype.id;
/** @type {?} */ PostRobotNames.prototype.origin;
/** @type {?} */ PostRobotNames.prototype.type;
/** @type {?} */ PostRobotNames.prototype.hash;
/** @type {?} */ PostRobotNames.prototype.name;
/** @type {?} */ PostRobotNames.prototype.data;
/** @type {?} */ PostRobotNames.prototype.fireAndForget;
/** @type {?} */ PostRobotNames.prototype.ack;
/** @type {?} */ PostRobotNames.prototype.error;
// serialized values
/** @type {?} */ PostRobotNames.prototype.__type__;
/** @type {?} */ PostRobotNames.prototype.__val__;
/** @type {?} */ PostRobotNames.prototype.message;
/** @type {?} */ PostRobotNames.prototype.stack;
/** @type {?} */ PostRobotNames.prototype.code;
/** @type {?} */ PostRobotNames.prototype.args;
/** @type {?} */ PostRobotNames.prototype.result;
/** @type {?} */ PostRobotNames.prototype.instanceID;
/** @type {?} */ PostRobotNames.prototype.xwindow;
/** @type {?} */ PostRobotNames.prototype.__id__;
/** @type {?} */ PostRobotNames.prototype.__name__;
/** @type {?} */ PostRobotNames.prototype.__origin__;
/** @type {?} */ PostRobotNames.prototype.__source__;
// the API: events, options, stats
/** @type {?} */ PostRobotNames.prototype.source;
/** @type {?} */ PostRobotNames.prototype.domain;
/** @type {?} */ PostRobotNames.prototype.timeout;
/** @type {?} */ PostRobotNames.prototype.window;
/** @type {?} */ PostRobotNames.prototype.errorHandler;
/** @type {?} */ PostRobotNames.prototype.cancel;
/** @type {?} */ PostRobotNames.prototype.functions;
/** @type {?} */ PostRobotNames.prototype.pending;
/** @type {?} */ PostRobotNames.prototype.listeners;

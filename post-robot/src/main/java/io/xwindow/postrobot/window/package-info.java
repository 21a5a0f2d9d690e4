/**
 * Questions about windows that any origin may ask ({@link io.xwindow.postrobot.window.Windows}):
 * is it closed, is it a child of ours, which window opened or frames this one, this window's own
 * domain. Part of post-robot's public base: it uses nothing else of post-robot.
 */
package io.xwindow.postrobot.window;

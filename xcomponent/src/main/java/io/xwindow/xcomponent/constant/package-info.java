/**
 * The string constants of xcomponent's API: where a component renders ({@link
 * io.xwindow.xcomponent.constant.Context}), the names of its events ({@link
 * io.xwindow.xcomponent.constant.EventName}) and why it closed ({@link
 * io.xwindow.xcomponent.constant.CloseReason}); the JavaScript API gives the same values as {@code
 * CONTEXT}, {@code EVENT} and {@code CLOSE_REASON}. The values are zoid's, so that code written
 * for zoid compares the same strings. A leaf: every package of xcomponent may use it, it uses none
 * of them.
 */
package io.xwindow.xcomponent.constant;

/**
 * The ways an envelope travels to another window, behind one interface ({@link
 * io.xwindow.postrobot.transport.Transport}), and the handshake that switches a pair of xwindow
 * windows from {@code postMessage} to a private channel ({@link
 * io.xwindow.postrobot.transport.PrivateChannel}).
 */
package io.xwindow.postrobot.transport;

/**
 * The values an application hands post-robot and gets back: {@link
 * io.xwindow.postrobot.message.Message} (what a handler receives and a send resolves with), the
 * options of {@code on} and {@code send}, the handlers, the {@link
 * io.xwindow.postrobot.message.Listener} {@code on} returns, {@link
 * io.xwindow.postrobot.message.Stats}. Part of post-robot's public base: it uses nothing of
 * post-robot beyond {@code domain}.
 */
package io.xwindow.postrobot.message;

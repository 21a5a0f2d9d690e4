/**
 * Origins and the {@code domain} option, matched as post-robot matches them ({@link
 * io.xwindow.postrobot.domain.DomainPattern}, {@link io.xwindow.postrobot.domain.Origin}). Part of
 * post-robot's public base: it uses nothing else of post-robot.
 */
package io.xwindow.postrobot.domain;

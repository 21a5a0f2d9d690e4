package io.xwindow.postrobot.wire;

/**
 * The version of xwindow, as post-robot reads it: the bundle's {@code postRobot.version}, the Java
 * API's {@link io.xwindow.postrobot.PostRobot#VERSION} and our hellos. It is {@link
 * io.xwindow.base.Version#XWINDOW}, which the build writes from the Maven project version.
 */
public final class Version {
  /** The Maven project version this bundle was built from. */
  public static final String XWINDOW = io.xwindow.base.Version.XWINDOW;

  private Version() {}
}

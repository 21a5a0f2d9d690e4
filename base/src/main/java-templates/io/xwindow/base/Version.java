package io.xwindow.base;

/**
 * The version of xwindow this code was built from: the Maven project version, written in here
 * by the build (templating-maven-plugin), so that it has one source, the POM.
 */
public final class Version {
  /** The Maven project version, e.g. {@code "0.1.0"}. */
  public static final String XWINDOW = "${project.version}";

  private Version() {}
}

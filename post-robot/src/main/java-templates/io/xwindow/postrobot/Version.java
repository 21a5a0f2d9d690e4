package io.xwindow.postrobot;

/**
 * The version of xwindow, written once, by Maven, from the project version (this file is a
 * template filtered into generated sources; its copy in {@code target/} is what compiles).
 */
public final class Version {
  /** The Maven project version this bundle was built from, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static final String XWINDOW = "${project.version}";

  private Version() {}
}

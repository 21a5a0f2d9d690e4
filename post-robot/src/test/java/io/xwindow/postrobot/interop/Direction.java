package io.xwindow.postrobot.interop;

import io.xwindow.testkit.Bundles;
import java.nio.file.Path;

/**
 * Which side runs our {@code post-robot.js} and which a published release. The parent page
 * sends to its child frame, as a page sends to its embedded checkout; the child answers, and
 * calls back the functions it was handed.
 */
enum Direction {
  OUR_PARENT_TO_THEIR_CHILD("our parent -> their child frame", true),
  THEIR_PARENT_TO_OUR_CHILD("their parent -> our child frame", false);

  private final String description;
  /** True when the sending parent runs our bundle. */
  final boolean ourSender;

  Direction(String description, boolean ourSender) {
    this.description = description;
    this.ourSender = ourSender;
  }

  Path parentBundle(PublishedPostRobot release) {
    return ourSender ? ours() : release.build();
  }

  Path childBundle(PublishedPostRobot release) {
    return ourSender ? release.build() : ours();
  }

  private static Path ours() {
    return Bundles.path("post-robot.js");
  }

  @Override
  public String toString() {
    return description;
  }
}

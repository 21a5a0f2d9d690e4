package io.xwindow.postrobot.interop;

import io.xwindow.testkit.Bundles;
import java.nio.file.Path;

/**
 * Which side runs our {@code post-robot.js}, which a published release, and which side asks. A
 * parent page sends to its child frame, as a page sends to its embedded checkout; a child frame
 * sends to its parent ({@code postRobot.send(window.parent, ...)}), as a checkout tells its page
 * it is done. The receiver answers, and calls back the functions it was handed.
 */
enum Direction {
  OUR_PARENT_TO_THEIR_CHILD("our parent -> their child frame", true, false),
  THEIR_PARENT_TO_OUR_CHILD("their parent -> our child frame", false, false),
  THEIR_CHILD_TO_OUR_PARENT("their child frame -> our parent", true, true),
  OUR_CHILD_TO_THEIR_PARENT("our child frame -> their parent", false, true);

  private final String description;
  /** True when the parent page runs our bundle (and the child frame the published release). */
  private final boolean ourParent;
  /** True when the child frame sends and the parent page answers. */
  final boolean fromChild;

  Direction(String description, boolean ourParent, boolean fromChild) {
    this.description = description;
    this.ourParent = ourParent;
    this.fromChild = fromChild;
  }

  /** True when the sending side runs our bundle (and the receiving side the published release). */
  boolean ourSender() {
    return ourParent != fromChild;
  }

  Path parentBundle(PublishedPostRobot release) {
    return ourParent ? ours() : release.build();
  }

  Path childBundle(PublishedPostRobot release) {
    return ourParent ? release.build() : ours();
  }

  private static Path ours() {
    return Bundles.path("post-robot.js");
  }

  @Override
  public String toString() {
    return description;
  }
}

package io.xwindow.samples;

/** Finds a component's frame on the parent page, for a test to switch into. */
final class ChildFrames {
  private ChildFrames() {}

  /**
   * A script that gives the component's frame in {@code container} (the one that loads a page of
   * {@code childOrigin}; not the prerender's) the id {@code id}; false while it is not there yet.
   */
  static String mark(String container, String childOrigin, String id) {
    return "(function () {"
        + "  var frames = document.querySelectorAll('" + container + " iframe');"
        + "  for (var i = 0; i < frames.length; i++) {"
        + "    if (frames[i].src.indexOf('" + childOrigin + "/') === 0) {"
        + "      frames[i].id = '" + id + "'; return true;"
        + "    }"
        + "  }"
        + "  return false;"
        + "})()";
  }
}

package io.xwindow.bench;

import java.util.Locale;

/**
 * One way for a parent page to call its cross-origin child frame and get an echo back. Each names
 * its adapter, the pair of scripts under {@code messaging/} (parent and child) that speak one API,
 * and the library each side loads.
 */
enum Scenario {
  RAW_WINDOW(1, "raw `window.postMessage` echo", "raw-window", Library.NONE, Library.NONE),
  RAW_CHANNEL(2, "raw `MessageChannel` echo", "raw-channel", Library.NONE, Library.NONE),
  PENPAL(3, "penpal 7 ↔ penpal 7", "penpal", Library.PENPAL_7, Library.PENPAL_7),
  COMLINK(4, "comlink 4 ↔ comlink 4 (`windowEndpoint`)", "comlink", Library.COMLINK_4, Library.COMLINK_4),
  POST_ROBOT(5, "post-robot 10 ↔ post-robot 10", "post-robot", Library.POST_ROBOT_10, Library.POST_ROBOT_10),
  XWINDOW(6, "xwindow ↔ xwindow", "post-robot", Library.XWINDOW, Library.XWINDOW),
  XWINDOW_TO_POST_ROBOT(7, "xwindow parent → post-robot 10 child", "post-robot", Library.XWINDOW, Library.POST_ROBOT_10),
  POST_ROBOT_TO_XWINDOW(8, "post-robot 10 parent → xwindow child", "post-robot", Library.POST_ROBOT_10, Library.XWINDOW);

  /** Its number in the results, e.g. the (6) of "xwindow ↔ xwindow (6)". */
  final int number;
  /** What the results call it. */
  final String label;
  /** The adapter's scripts: {@code messaging/<adapter>.parent.js} and {@code .child.js}. */
  final String adapter;
  /** What the parent page loads. */
  final Library parent;
  /** What the child frame loads. */
  final Library child;

  Scenario(int number, String label, String adapter, Library parent, Library child) {
    this.number = number;
    this.label = label;
    this.adapter = adapter;
    this.parent = parent;
    this.child = child;
  }

  /** The folder its pages are served under, on both sites. */
  String path() {
    return "/" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

package io.xwindow.bench;

import java.util.Locale;

/**
 * How much the render benchmark measures. The run makes {@code passes} passes over the libraries,
 * loading each one's parent page afresh each time, so that a change in the machine's load during
 * the run falls on both alike; each pass renders {@code warmUp} times untimed, then {@code renders}
 * times timed. Figures are pooled over the passes.
 *
 * @param passes passes over the libraries
 * @param warmUp untimed renders at the start of each pass
 * @param renders timed renders per pass
 * @param stepLimitMs the longest a render may take to reach each step before it fails
 */
record RenderPlan(int passes, int warmUp, int renders, int stepLimitMs) {
  /**
   * 30 timed renders per library, in 10 passes of 3, each after 2 untimed: many short passes, so
   * that the load other processes put on the machine falls on both libraries alike.
   */
  static final RenderPlan STANDARD = new RenderPlan(10, 2, 3, 15_000);

  /** Timed renders per library over the whole run. */
  int totalRenders() {
    return passes * renders;
  }

  /** The plan as the page's {@code bench.measure} takes it. */
  String toJs() {
    return String.format(Locale.ROOT, "{warmUp:%d,renders:%d}", warmUp, renders);
  }
}

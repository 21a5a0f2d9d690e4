package io.xwindow.bench;

import java.util.List;

/**
 * What the renders of one library measured, in one pass or pooled over several: milliseconds from
 * the {@code render()} call on the parent to each step.
 *
 * @param childStarted to the moment the child page's navigation started (its {@code performance.timeOrigin}):
 *     what the parent did before the frame loads
 * @param childCreating to the moment the child page called {@code create()}, its library loaded
 * @param childProps to the moment the child frame had {@code window.xprops}
 * @param resolved to the moment {@code render()}'s promise resolved
 * @param rendered to the moment the parent's {@code onRendered} prop was called
 * @param caughtBy how the child found {@code window.xprops} ("setter", "after create()", "poll")
 */
record RenderTimes(Sample childStarted, Sample childCreating, Sample childProps, Sample resolved, Sample rendered, List<String> caughtBy) {

  RenderTimes {
    caughtBy = List.copyOf(caughtBy);
  }

  /** The times of several passes as one: samples pooled, ways of catching xprops listed once. */
  static RenderTimes pool(List<RenderTimes> passes) {
    return new RenderTimes(
        Sample.pool(passes.stream().map(RenderTimes::childStarted).toList()),
        Sample.pool(passes.stream().map(RenderTimes::childCreating).toList()),
        Sample.pool(passes.stream().map(RenderTimes::childProps).toList()),
        Sample.pool(passes.stream().map(RenderTimes::resolved).toList()),
        Sample.pool(passes.stream().map(RenderTimes::rendered).toList()),
        passes.stream().flatMap(p -> p.caughtBy().stream()).distinct().toList());
  }

  /**
   * Where the time to render() resolved goes, render by render, in milliseconds: the parent until
   * the child page starts; the child page until it calls create(); create() until xprops; xprops
   * until render() resolved. They add up to {@link #resolved}.
   */
  List<Sample> stages() {
    return List.of(childStarted, childPage(), childProps.minus(childCreating), resolved.minus(childProps));
  }

  /**
   * The child page's own stage, render by render: from its start until it calls create(), its
   * library loaded and run; where the build the child page loads shows most.
   */
  Sample childPage() {
    return childCreating.minus(childStarted);
  }

  /** How many renders were timed. */
  int count() {
    return childProps.values().size();
  }

  /** The 90th percentile of {@code sample}. */
  static double p90(Sample sample) {
    return sample.quantile(0.9);
  }

  /**
   * Whether these times are at most {@code ratio} times {@code other}'s, median and p90, both to
   * the child's props and to render()'s promise.
   */
  boolean atMost(double ratio, RenderTimes other) {
    return atMost(ratio, childProps, other.childProps) && atMost(ratio, resolved, other.resolved);
  }

  private static boolean atMost(double ratio, Sample ours, Sample theirs) {
    return ours.median() <= ratio * theirs.median() && p90(ours) <= ratio * p90(theirs);
  }
}

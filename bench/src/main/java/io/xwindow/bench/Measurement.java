package io.xwindow.bench;

import java.util.List;

/**
 * What one scenario measured, in one pass or pooled over several.
 *
 * @param roundTripMs milliseconds per round trip, one value per timed block
 * @param callsPerSecond calls per second, one value per timed burst
 * @param windowMessagesPerCall message events the parent window received per sequential call
 */
record Measurement(Sample roundTripMs, Sample callsPerSecond, double windowMessagesPerCall) {

  /**
   * From the page's raw figures: the milliseconds of each block of {@code plan.blockSize()} round
   * trips and of each burst of {@code plan.burstSize()} calls.
   */
  static Measurement of(Plan plan, Sample blockMs, Sample burstMs, double windowMessagesPerCall) {
    return new Measurement(
        blockMs.dividedBy(plan.blockSize()), burstMs.ratesPerSecond(plan.burstSize()), windowMessagesPerCall);
  }

  /** The measurements of several passes as one: samples pooled, window messages averaged. */
  static Measurement pool(List<Measurement> passes) {
    return new Measurement(
        Sample.pool(passes.stream().map(Measurement::roundTripMs).toList()),
        Sample.pool(passes.stream().map(Measurement::callsPerSecond).toList()),
        passes.stream().mapToDouble(Measurement::windowMessagesPerCall).average().orElseThrow());
  }

  /** The median round trip in milliseconds. */
  double roundTrip() {
    return roundTripMs.median();
  }

  /** The median burst rate in calls per second. */
  double rate() {
    return callsPerSecond.median();
  }
}

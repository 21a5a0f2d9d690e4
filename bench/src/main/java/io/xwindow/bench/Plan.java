package io.xwindow.bench;

import java.util.Locale;

/**
 * How much each scenario is measured. The run makes {@code passes} passes over all scenarios,
 * reloading the pages each time, so that a change in the machine's load during the run falls on
 * every scenario alike; each pass times sequential round trips in blocks, after a warm-up, then
 * bursts of concurrent calls, each until all have resolved. Figures are pooled over the passes.
 *
 * @param passes passes over all scenarios
 * @param warmUp round trips first in each pass, untimed, so the JIT has compiled every path
 * @param blocks timed blocks per pass
 * @param blockSize round trips per block, one after the other
 * @param warmUpBursts untimed bursts per pass, before the timed ones
 * @param bursts timed bursts per pass
 * @param burstSize calls per burst, all started at once
 * @param burstLimitMs how long a burst may take before the scenario counts as failed
 */
record Plan(int passes, int warmUp, int blocks, int blockSize, int warmUpBursts, int bursts, int burstSize,
    int burstLimitMs) {

  /** The plan the results are measured with: about a minute and a half on 2 cores. */
  static final Plan STANDARD = new Plan(3, 200, 10, 50, 1, 3, 1000, 20_000);

  /** The timed blocks of a whole run, all passes. */
  int totalBlocks() {
    return passes * blocks;
  }

  /** The timed bursts of a whole run, all passes. */
  int totalBursts() {
    return passes * bursts;
  }

  /** One pass of this plan as a JavaScript object literal, for the page's {@code bench.measure}. */
  String toJs() {
    return String.format(Locale.ROOT,
        "{warmUp:%d,blocks:%d,blockSize:%d,warmUpBursts:%d,bursts:%d,burstSize:%d,burstLimitMs:%d}",
        warmUp, blocks, blockSize, warmUpBursts, bursts, burstSize, burstLimitMs);
  }
}

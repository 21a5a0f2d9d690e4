package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** From the page's raw timings to round trips and rates, and over several passes. */
class MeasurementTest {
  private static final Plan PLAN = new Plan(2, 10, 3, 50, 1, 3, 1000, 5000);

  @Test
  void blocksGiveTheMedianRoundTripAndBurstsTheMedianRate() {
    Measurement m = Measurement.of(PLAN, Sample.of(40, 35, 50), Sample.of(250, 100, 200), 2);

    assertEquals(0.8, m.roundTrip(), 1e-9, "median block 40 ms / 50 round trips");
    assertEquals(5000.0, m.rate(), 1e-9, "median burst 200 ms for 1,000 calls");
    assertEquals(2.0, m.windowMessagesPerCall());
  }

  @Test
  void passesArePooledNotAveraged() {
    Measurement first = Measurement.of(PLAN, Sample.of(10, 10, 10), Sample.of(100), 1);
    Measurement second = Measurement.of(PLAN, Sample.of(50, 50), Sample.of(200, 200), 0);

    Measurement pooled = Measurement.pool(List.of(first, second));

    assertEquals(5, pooled.roundTripMs().values().size());
    assertEquals(0.2, pooled.roundTrip(), 1e-9, "the median of all five blocks, not the mean of two medians");
    assertEquals(5000.0, pooled.rate(), 1e-9);
    assertEquals(0.5, pooled.windowMessagesPerCall());
  }
}

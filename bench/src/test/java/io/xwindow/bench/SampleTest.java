package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Medians, quantiles and the conversions the messaging benchmark makes. */
class SampleTest {

  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    assertEquals(3.0, Sample.of(5, 1, 3).median());
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.5, Sample.of(4, 1, 3, 2).median());
  }

  @Test
  void medianOfOneValueIsThatValue() {
    assertEquals(0.7, Sample.of(0.7).median());
  }

  @Test
  void quantilesInterpolateBetweenRanks() {
    Sample sample = Sample.of(10, 20, 30, 40, 50);
    assertEquals(10.0, sample.quantile(0));
    assertEquals(20.0, sample.quantile(0.25));
    assertEquals(50.0, sample.quantile(1));
    assertEquals(17.5, Sample.of(10, 20, 30, 40).quantile(0.25), 1e-9);
  }

  @Test
  void quantileOutsideZeroToOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Sample.of(1).quantile(1.5));
  }

  @Test
  void anEmptySampleIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Sample(List.of()));
  }

  @Test
  void parsesWhatJavaScriptJoinWrites() {
    assertEquals(List.of(34.5, 30.0, 1.2e-5), Sample.parse("34.5,30,0.000012").values());
  }

  @Test
  void blockTimesBecomeTimesPerRoundTrip() {
    assertEquals(List.of(0.5, 0.75), Sample.of(25, 37.5).dividedBy(50).values());
  }

  @Test
  void burstDurationsBecomeCallsPerSecond() {
    assertEquals(List.of(10_000.0, 2_000.0), Sample.of(100, 500).ratesPerSecond(1000).values());
  }

  @Test
  void poolKeepsEveryValueInOrder() {
    assertEquals(List.of(1.0, 2.0, 3.0), Sample.pool(List.of(Sample.of(1, 2), Sample.of(3))).values());
  }

  @Test
  void minusTakesEachValueFromTheOneAtTheSamePlace() {
    assertEquals(List.of(4.0, -1.0), Sample.of(5, 2).minus(Sample.of(1, 3)).values());
  }

  @Test
  void minusRefusesSamplesOfDifferentSizes() {
    assertThrows(IllegalArgumentException.class, () -> Sample.of(5, 2).minus(Sample.of(1)));
  }
}

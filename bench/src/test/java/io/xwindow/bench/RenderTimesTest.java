package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Render times: their 90th percentile, pooling passes, and the comparison with a ratio of the other library's. */
class RenderTimesTest {

  private static RenderTimes times(Sample childProps, Sample resolved) {
    return new RenderTimes(Sample.of(1), Sample.of(2), childProps, resolved, resolved, List.of("setter"));
  }

  @Test
  void p90OfThirtyRendersInterpolatesBetweenTheTwentySixthAndTwentySeventh() {
    // 1..30 ms: rank 0.9 * 29 = 26.1 between the 27th (27 ms) and the 28th (28 ms) value, 0-based 26 and 27.
    Sample thirty = new Sample(IntStream.rangeClosed(1, 30).mapToObj(i -> (double) i).toList());
    assertEquals(27.1, RenderTimes.p90(thirty), 1e-9);
    assertEquals(15.5, thirty.median(), 1e-9);
  }

  @Test
  void p90IsNotThrownOffByTheOrderOfValues() {
    assertEquals(RenderTimes.p90(Sample.of(1, 2, 3, 4, 100)), RenderTimes.p90(Sample.of(100, 4, 3, 2, 1)));
    assertEquals(61.6, RenderTimes.p90(Sample.of(1, 2, 3, 4, 100)), 1e-9);
  }

  @Test
  void poolKeepsEveryRenderAndEachWayOfCatchingXpropsOnce() {
    RenderTimes pooled = RenderTimes.pool(List.of(
        new RenderTimes(Sample.of(0.5, 0.6), Sample.of(0.8, 0.9), Sample.of(1, 2), Sample.of(3, 4), Sample.of(5, 6), List.of("setter")),
        new RenderTimes(Sample.of(0.7), Sample.of(0.95), Sample.of(7), Sample.of(8), Sample.of(9), List.of("setter", "poll"))));

    assertEquals(List.of(0.5, 0.6, 0.7), pooled.childStarted().values());
    assertEquals(List.of(0.8, 0.9, 0.95), pooled.childCreating().values());
    assertEquals(List.of(1.0, 2.0, 7.0), pooled.childProps().values());
    assertEquals(List.of(3.0, 4.0, 8.0), pooled.resolved().values());
    assertEquals(List.of(5.0, 6.0, 9.0), pooled.rendered().values());
    assertEquals(List.of("setter", "poll"), pooled.caughtBy());
    assertEquals(3, pooled.count());
  }

  @Test
  void atMostARatioWhenEqualOrUnderInMedianAndP90OfBothSteps() {
    RenderTimes zoid = times(Sample.of(60, 65, 80), Sample.of(62, 67, 82));
    assertTrue(times(Sample.of(60, 65, 80), Sample.of(62, 67, 82)).atMost(1.0, zoid));
    assertTrue(times(Sample.of(30, 35, 50), Sample.of(31, 36, 51)).atMost(0.9, zoid));
    // 0.9 times zoid's median of 65 ms is 58.5 ms; its p90 of 77 ms, 69.3 ms
    assertTrue(times(Sample.of(50, 58.5, 66), Sample.of(31, 36, 51)).atMost(0.9, zoid));
  }

  @Test
  void overTheRatioWhenAnyMedianOrP90IsAbove() {
    RenderTimes zoid = times(Sample.of(60, 65, 80), Sample.of(62, 67, 82));
    // child's props: median above
    assertFalse(times(Sample.of(60, 66, 70), Sample.of(62, 67, 82)).atMost(1.0, zoid));
    // faster than zoid, but not by 10 %: the median 60 ms is over 58.5 ms
    assertFalse(times(Sample.of(55, 60, 62), Sample.of(31, 36, 51)).atMost(0.9, zoid));
    // child's props: median below, p90 above
    assertFalse(times(Sample.of(30, 35, 90), Sample.of(62, 67, 82)).atMost(1.0, zoid));
    // render() resolved: p90 above
    assertFalse(times(Sample.of(30, 35, 50), Sample.of(31, 36, 90)).atMost(1.0, zoid));
  }

  @Test
  void onRenderedAndTheChildPagesStartAreNotJudged() {
    RenderTimes zoid = new RenderTimes(Sample.of(5), Sample.of(20), Sample.of(60), Sample.of(62), Sample.of(62), List.of("setter"));
    assertTrue(new RenderTimes(Sample.of(40), Sample.of(45), Sample.of(50), Sample.of(52), Sample.of(500), List.of("setter"))
        .atMost(0.9, zoid));
  }

  @Test
  void stagesSplitEachRenderAndAddUpToRenderResolved() {
    RenderTimes times = new RenderTimes(Sample.of(5, 20), Sample.of(30, 40), Sample.of(31, 60), Sample.of(33, 61),
        Sample.of(33, 61), List.of("setter"));

    List<Sample> stages = times.stages();

    assertEquals(List.of(5.0, 20.0), stages.get(0).values());
    assertEquals(List.of(25.0, 20.0), stages.get(1).values());
    assertEquals(List.of(1.0, 20.0), stages.get(2).values());
    assertEquals(List.of(2.0, 1.0), stages.get(3).values());
    for (int render = 0; render < 2; render++) {
      int r = render;
      assertEquals(times.resolved().values().get(r),
          stages.stream().mapToDouble(stage -> stage.values().get(r)).sum(), 1e-9);
    }
  }
}

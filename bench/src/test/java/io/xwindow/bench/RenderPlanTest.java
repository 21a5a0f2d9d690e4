package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The render plan: how many renders, and what the page is told. */
class RenderPlanTest {

  @Test
  void standardPlanTimesThirtyRendersPerLibrary() {
    assertEquals(30, RenderPlan.STANDARD.totalRenders());
  }

  @Test
  void thePageIsToldTheWarmUpAndTheRendersOfAPass() {
    assertEquals("{warmUp:3,renders:10}", new RenderPlan(3, 3, 10, 15_000).toJs());
  }
}

package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One library's passes as one result. */
class RenderResultTest {

  private static RenderResult measured(double props, String error) {
    return RenderResult.measured(RenderLibrary.ZOID_10,
        new RenderTimes(Sample.of(1), Sample.of(2), Sample.of(props), Sample.of(props + 1), Sample.of(props + 1), List.of("setter")),
        error == null ? List.of() : List.of(error));
  }

  @Test
  void passesThatAllMeasuredArePooledWithEveryError() {
    RenderResult pooled = RenderResult.pool(List.of(measured(10, "e1"), measured(20, null), measured(30, "e3")));

    assertTrue(pooled.ok());
    assertEquals(List.of(10.0, 20.0, 30.0), pooled.times().childProps().values());
    assertEquals(List.of("e1", "e3"), pooled.errors());
  }

  @Test
  void theFirstFailedPassFailsAllAndIsNamed() {
    RenderResult pooled = RenderResult.pool(List.of(measured(10, null),
        RenderResult.failed(RenderLibrary.ZOID_10, "render 3: render() did not resolve", List.of("boom")),
        RenderResult.failed(RenderLibrary.ZOID_10, "later", List.of())));

    assertFalse(pooled.ok());
    assertFalse(pooled.notBuilt());
    assertEquals("in pass 2 of 3: render 3: render() did not resolve", pooled.failure());
    assertEquals(List.of("boom"), pooled.errors());
  }

  @Test
  void notBuiltIsAFailureThatSaysSo() {
    RenderResult result = RenderResult.notBuilt(RenderLibrary.XWINDOW, "no zoid.js");

    assertFalse(result.ok());
    assertTrue(result.notBuilt());
    assertEquals("not built: no zoid.js", result.failure());
  }
}

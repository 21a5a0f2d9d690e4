package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The drivers' weight is the difference of the two builds, judged against the limit to the byte. */
class DriverSizeBenchTest {
  @Test
  void theDriversAddTheDifferenceAndMeetTheLimitUpToItself() {
    assertArrayEquals(new String[] {"`xcomponent.js`", "80,000", "28,000", "76,000", "26,976", "+1,024 B",
            "**met** (0 B to spare)"},
        new DriverSizeBench.Weighed("xcomponent/target/xcomponent.js", 80_000, 28_000, 76_000, 26_976).row());
  }

  @Test
  void oneByteOverIsNotMet() {
    assertArrayEquals(new String[] {"`zoid.js`", "80,000", "28,001", "76,000", "26,976", "+1,025 B",
            "**not met** (1 B over)"},
        new DriverSizeBench.Weighed("xcomponent/target/zoid.js", 80_000, 28_001, 76_000, 26_976).row());
  }

  @Test
  void theSectionSaysHowToRegenerateItAndHasARowPerBundle() {
    String section = DriverSizeBench.section(List.of(
        new DriverSizeBench.Weighed("xcomponent/target/xcomponent.js", 80_000, 28_000, 76_000, 27_000),
        new DriverSizeBench.Weighed("xcomponent/target/zoid.js", 80_000, 28_000, 76_000, 27_000)), "today");

    assertTrue(section.startsWith("## What the framework drivers add\n\nMeasured today.\n"), section);
    assertTrue(section.contains("Regenerate with `bin/bench driver-sizes --record`."), section);
    assertTrue(section.contains("| `xcomponent.js` "), section);
    assertTrue(section.contains("| `zoid.js` "), section);
  }
}

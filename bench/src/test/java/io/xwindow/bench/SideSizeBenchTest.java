package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Each side's weight is what the build without it lacks; a parent-only bundle is worth shipping
 * from a saving of 20 % of the full bundle, to the byte.
 */
class SideSizeBenchTest {
  private static final SideSizeBench.Build FULL = new SideSizeBench.Build("both", "every page", 80_000, 30_000);

  private static SideSizeBench.Weighed weighed(long parentGzip, long childGzip) {
    return new SideSizeBench.Weighed(FULL,
        new SideSizeBench.Build("parent only", "a parent", 70_000, parentGzip),
        new SideSizeBench.Build("child only", "a child", 40_000, childGzip),
        new SideSizeBench.Build("neither", "none", 30_000, 10_000));
  }

  @Test
  void eachSideOwnsWhatTheBuildWithoutItLacksAndBothShareTheRest() {
    SideSizeBench.Weighed weighed = weighed(25_000, 15_000);

    assertEquals(15_000, weighed.parentOwn());
    assertEquals(5_000, weighed.childOwn());
    assertEquals(10_000, weighed.shared());
  }

  @Test
  void aSavingOfTwentyPercentIsWorthShippingAndOneByteLessIsNot() {
    assertTrue(weighed(24_000, 15_000).parentOnlyWorthShipping());
    assertFalse(weighed(24_001, 15_000).parentOnlyWorthShipping());
  }

  @Test
  void aRowGivesTheSizesAndTheSavingAgainstTheFullBundle() {
    assertArrayEquals(new String[] {"parent only", "a parent", "70,000", "25,000", "5,000 B (16.7 %)"},
        weighed(25_000, 15_000).parent().row(FULL));
    assertArrayEquals(new String[] {"both", "every page", "80,000", "30,000", "—"}, FULL.row(FULL));
  }

  @Test
  void theSectionSaysHowToRegenerateItAndGivesTheVerdict() {
    String section = SideSizeBench.section(weighed(25_000, 15_000), "today");

    assertTrue(section.startsWith("## What each side of a component weighs\n\nMeasured today.\n"), section);
    assertTrue(section.contains("Regenerate with `bin/bench side-sizes --record`."), section);
    assertTrue(section.contains("| parent only "), section);
    assertTrue(section.contains("**not worth it**, it saves 5,000 B (16.7 %)."), section);
  }
}

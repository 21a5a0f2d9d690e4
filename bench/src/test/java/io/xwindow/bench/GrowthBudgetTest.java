package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A budget on what features add says met or not met, with both sizes and the difference. */
class GrowthBudgetTest {
  private static final String HEAD = "- Budget (transitions and the web vitals hook, at most +600 B): `beaver-logger.js` against "
      + "`beaver-logger/target/without-page-data/beaver-logger.js`, built without them: ";
  private final GrowthBudget budget = new GrowthBudget("beaver-logger/target/beaver-logger.js",
      "beaver-logger/target/without-page-data/beaver-logger.js", 600, "transitions and the web vitals hook");

  @Test
  void metUpToTheLimitItself() {
    assertEquals(HEAD + "4,809 B against 4,209 B gzipped, +600 B, **met** (0 B to spare).", budget.judge(4_809L, 4_209L));
    assertEquals(HEAD + "4,700 B against 4,209 B gzipped, +491 B, **met** (109 B to spare).", budget.judge(4_700L, 4_209L));
  }

  @Test
  void notMetOneByteOver() {
    assertEquals(HEAD + "4,810 B against 4,209 B gzipped, +601 B, **not met** (1 B over).", budget.judge(4_810L, 4_209L));
  }

  @Test
  void notMetWhenEitherIsNotBuilt() {
    assertEquals(HEAD + "**not met**, not built (no `beaver-logger/target/without-page-data/beaver-logger.js`).",
        budget.judge(5_065L, null));
    assertEquals(HEAD + "**not met**, not built (no `beaver-logger/target/beaver-logger.js`).", budget.judge(null, 4_209L));
  }
}

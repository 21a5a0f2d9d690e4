package io.xwindow.beaver.vitals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InteractionsTest {
  private final Interactions interactions = new Interactions();

  @Test
  void noInteractionIsNoValue() {
    assertEquals(-1, interactions.value(0));
    assertEquals(-1, interactions.value(-1));
  }

  @Test
  void entriesWithoutAnInteractionDoNotCount() {
    interactions.add(0, 500);
    interactions.add(Double.NaN, 500);

    assertEquals(-1, interactions.value(3));
  }

  @Test
  void anInteractionLastsAsItsLongestEntry() {
    interactions.add(7, 48); // pointerdown
    interactions.add(7, 120); // click
    interactions.add(7, 64); // pointerup, delivered late

    assertEquals(120, interactions.value(1));
  }

  @Test
  void belowFiftyInteractionsINPIsTheLongest() {
    interactions.add(7, 80);
    interactions.add(14, 300);
    interactions.add(21, 40);

    assertEquals(300, interactions.value(49));
  }

  @Test
  void everyFiftyInteractionsTheLongestButOneMore() {
    double[] latencies = {400, 350, 300, 250, 200, 150, 100};
    for (int i = 0; i < latencies.length; i++) {
      interactions.add(7 * (i + 1), latencies[i]);
    }

    assertEquals(400, interactions.value(49));
    assertEquals(350, interactions.value(50));
    assertEquals(300, interactions.value(149));
    assertEquals(250, interactions.value(150));
  }

  @Test
  void onlyTheTenLongestAreKept() {
    for (int i = 1; i <= 12; i++) {
      interactions.add(i, 100 + i); // 101 .. 112
    }
    interactions.add(100, 50); // shorter than the ten kept: gone

    // far past 500 interactions the index stops at the shortest kept: the eleven and twelve are gone
    assertEquals(103, interactions.value(10_000));
  }

  @Test
  void anInteractionThatGrowsMovesUpInPlaceOfOthers() {
    interactions.add(7, 100);
    interactions.add(14, 200);
    interactions.add(7, 300);

    assertEquals(300, interactions.value(0));
    assertEquals(200, interactions.value(50));
  }

  @Test
  void whereTheBrowserHasNoCountItIsEstimatedFromTheIds() {
    for (int i = 0; i < 60; i++) {
      interactions.add(1000 + 7 * i, i == 30 ? 900 : i == 31 ? 800 : 100);
    }
    // ids 1000..1413: (1413 - 1000) / 7 + 1 = 60 interactions: the longest but one
    assertEquals(800, interactions.value(-1));
  }
}

package io.xwindow.xcomponent.handshake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EarlyOfferTest {
  private final EarlyOffer early = new EarlyOffer();

  @Test
  void anEligibleStartUpHelloSendsTheOfferAndTheComponentsHelloThenSendsNone() {
    int offer = early.startUpHello(true);
    assertTrue(offer != 0);
    assertFalse(early.componentHello());
    early.answered(offer);
    assertFalse(early.componentHello());
  }

  @Test
  void withoutAnEligibleStartUpHelloTheComponentsHelloSendsTheOffer() {
    assertTrue(early.componentHello());
    assertEquals(0, early.startUpHello(false));
    assertTrue(early.componentHello());
  }

  @Test
  void aFailedEarlyOfferHandsOverToTheComponentsHelloThatCameMeanwhile() {
    int offer = early.startUpHello(true);
    assertFalse(early.componentHello());
    assertTrue(early.failed(offer));
    assertTrue(early.componentHello(), "a hello after that is answered as before");
  }

  @Test
  void aFailedEarlyOfferLeavesTheOfferToTheComponentsHelloStillToCome() {
    int offer = early.startUpHello(true);
    assertFalse(early.failed(offer));
    assertTrue(early.componentHello());
  }

  @Test
  void aNewPageInTheWindowStartsOverAndTheOlderOffersOutcomeChangesNothing() {
    int first = early.startUpHello(true);
    int second = early.startUpHello(true);
    assertFalse(early.componentHello());
    assertFalse(early.failed(first));
    early.answered(first);
    assertFalse(early.componentHello());
    assertTrue(early.failed(second), "the component's hello waits on the newest offer only");
  }

  @Test
  void aNewPageWhosePostRobotIsNotOursGetsTheOfferOnItsComponentsHello() {
    early.answered(early.startUpHello(true));
    assertEquals(0, early.startUpHello(false));
    assertTrue(early.componentHello());
  }
}

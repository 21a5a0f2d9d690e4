package io.xwindow.postrobot.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** The private-channel handshake, both ends, over an in-memory channel on the JVM. */
class HandshakeTest {
  /** Two ends of one channel; each direction is a queue, and may be broken (drops all). */
  private static final class Channel {
    final Handshake offering = new Handshake(false);
    final Handshake accepting = new Handshake(true);
    final Deque<String> toOffering = new ArrayDeque<>();
    final Deque<String> toAccepting = new ArrayDeque<>();
    boolean offeringSwitched;
    boolean acceptingSwitched;
    final boolean toOfferingWorks;
    final boolean toAcceptingWorks;

    Channel(boolean toOfferingWorks, boolean toAcceptingWorks) {
      this.toOfferingWorks = toOfferingWorks;
      this.toAcceptingWorks = toAcceptingWorks;
    }

    void fromAccepting(String message) {
      if (toOfferingWorks) {
        toOffering.add(message);
      }
    }

    void fromOffering(String message) {
      if (toAcceptingWorks) {
        toAccepting.add(message);
      }
    }

    /** Starts the handshake and delivers until both queues are empty. */
    Channel run() {
      if (accepting.speaksFirst()) {
        fromAccepting("open");
      }
      if (offering.speaksFirst()) {
        fromOffering("open");
      }
      while (!toOffering.isEmpty() || !toAccepting.isEmpty()) {
        if (!toOffering.isEmpty()) {
          toOffering.remove();
          int next = offering.heard();
          offeringSwitched |= (next & Handshake.SWITCH) != 0;
          if ((next & Handshake.REPLY) != 0) {
            fromOffering("reply");
          }
        }
        if (!toAccepting.isEmpty()) {
          toAccepting.remove();
          int next = accepting.heard();
          acceptingSwitched |= (next & Handshake.SWITCH) != 0;
          if ((next & Handshake.REPLY) != 0) {
            fromAccepting("reply");
          }
        }
      }
      return this;
    }
  }

  @Test
  void theAcceptingEndOpensTheConversation() {
    assertTrue(new Handshake(true).speaksFirst());
    assertFalse(new Handshake(false).speaksFirst());
  }

  @Test
  void theAcceptingEndSwitchesAndRepliesOnTheFirstAnswer() {
    Handshake accepting = new Handshake(true);
    assertEquals(Handshake.REPLY | Handshake.SWITCH, accepting.heard());
    assertEquals(0, accepting.heard());
  }

  @Test
  void theOfferingEndRepliesFirstAndSwitchesOnTheSecondMessage() {
    Handshake offering = new Handshake(false);
    assertEquals(Handshake.REPLY, offering.heard());
    assertEquals(Handshake.SWITCH, offering.heard());
    assertEquals(0, offering.heard());
  }

  @Test
  void laterMessagesChangeNothing() {
    Handshake offering = new Handshake(false);
    offering.heard();
    offering.heard();
    for (int i = 0; i < 1000; i++) {
      assertEquals(0, offering.heard());
    }
  }

  @Test
  void aChannelThatCarriesBothWaysIsUsedByBothEnds() {
    Channel channel = new Channel(true, true).run();
    assertTrue(channel.offeringSwitched);
    assertTrue(channel.acceptingSwitched);
  }

  @Test
  void aChannelThatCarriesOnlyTowardTheOfferingEndIsNeverUsed() {
    Channel channel = new Channel(true, false).run();
    assertFalse(channel.offeringSwitched, "it heard 'open' but not the switch");
    assertFalse(channel.acceptingSwitched, "it never heard the reply");
  }

  @Test
  void aChannelThatCarriesOnlyTowardTheAcceptingEndIsNeverUsed() {
    Channel channel = new Channel(false, true).run();
    assertFalse(channel.offeringSwitched);
    assertFalse(channel.acceptingSwitched);
  }

  @Test
  void aDeadChannelIsNeverUsed() {
    Channel channel = new Channel(false, false).run();
    assertFalse(channel.offeringSwitched);
    assertFalse(channel.acceptingSwitched);
  }
}

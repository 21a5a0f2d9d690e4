package io.xwindow.beaver.vitals;

/**
 * Interaction to Next Paint: the event timing entries of one interaction (same {@code
 * interactionId}) make one interaction whose latency is their longest duration; the ten longest
 * are kept, and INP is the longest but one for every 50 interactions on the page (a 98th
 * percentile that forgives a rare outlier on a busy page).
 */
final class Interactions {
  static final int KEPT = 10;

  /** One interaction; a linked list rather than Java arrays, whose runtime would cost the bundle 500 bytes. */
  private static final class Interaction {
    double id;
    double latency;
    Interaction next;
  }

  /** The longest, then shorter ones (an equal latency after those already there), at most {@link #KEPT}. */
  private Interaction longest;
  private int size;
  private double lowestId = Double.POSITIVE_INFINITY;
  private double highestId;

  /** An event timing entry of interaction {@code id} (0 or NaN: not part of an interaction). */
  void add(double id, double duration) {
    if (!(id > 0)) {
      return;
    }
    lowestId = Math.min(lowestId, id);
    highestId = Math.max(highestId, id);
    Interaction interaction = null;
    for (Interaction at = longest, before = null; at != null; before = at, at = at.next) {
      if (at.id == id) {
        if (duration <= at.latency) {
          return;
        }
        if (before == null) {
          longest = at.next;
        } else {
          before.next = at.next;
        }
        interaction = at;
        size--;
        break;
      }
    }
    if (interaction == null) {
      interaction = new Interaction();
      interaction.id = id;
    }
    interaction.latency = duration;
    Interaction before = null;
    Interaction after = longest;
    while (after != null && after.latency >= duration) {
      before = after;
      after = after.next;
    }
    interaction.next = after;
    if (before == null) {
      longest = interaction;
    } else {
      before.next = interaction;
    }
    if (++size > KEPT) {
      // the shortest gives way (the one just added, if it is no longer than the shortest)
      Interaction last = longest;
      while (last.next.next != null) {
        last = last.next;
      }
      last.next = null;
      size--;
    }
  }

  /**
   * INP given the page's {@code interactionCount} ({@code performance.interactionCount}; -1 where
   * the browser has none: then estimated from the interaction ids seen, which grow by 7 per
   * interaction in Chromium); -1 when there was no interaction.
   */
  double value(double interactionCount) {
    double count = interactionCount >= 0 ? interactionCount : (highestId - lowestId) / 7 + 1;
    Interaction at = longest;
    for (double skip = Math.floor(count / 50); skip > 0 && at != null && at.next != null; skip--) {
      at = at.next;
    }
    return at == null ? -1 : at.latency;
  }
}

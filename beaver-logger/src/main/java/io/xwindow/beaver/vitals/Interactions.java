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

  // The ten kept in no order: with ten at most, a search at each entry and a count at the report
  // are less code in the bundle than a list kept sorted.
  private Interaction kept;
  private double lowestId = Double.POSITIVE_INFINITY;
  private double highestId;

  /** An event timing entry of interaction {@code id} (0 or NaN: not part of an interaction). */
  void add(double id, double duration) {
    if (!(id > 0)) {
      return;
    }
    lowestId = Math.min(lowestId, id);
    highestId = Math.max(highestId, id);
    Interaction shortest = null;
    int size = 0;
    for (Interaction at = kept; at != null; at = at.next, size++) {
      if (at.id == id) {
        at.latency = Math.max(at.latency, duration);
        return;
      }
      if (shortest == null || at.latency < shortest.latency) {
        shortest = at;
      }
    }
    if (size < KEPT) {
      shortest = new Interaction();
      shortest.next = kept;
      kept = shortest;
    } else if (duration <= shortest.latency) {
      return; // no longer than the shortest kept: it gives way
    }
    shortest.id = id;
    shortest.latency = duration;
  }

  /**
   * INP given the page's {@code interactionCount} ({@code performance.interactionCount}; -1 where
   * the browser has none: then estimated from the interaction ids seen, which grow by 7 per
   * interaction in Chromium); -1 when there was no interaction.
   */
  double value(double interactionCount) {
    double count = interactionCount >= 0 ? interactionCount : (highestId - lowestId) / 7 + 1;
    double skip = Math.floor(count / 50);
    // the (skip + 1)-th longest, or the shortest kept: the shortest of those with at most skip longer
    double inp = -1;
    for (Interaction at = kept; at != null; at = at.next) {
      int longer = 0;
      for (Interaction other = kept; other != null; other = other.next) {
        if (other.latency > at.latency) {
          longer++;
        }
      }
      if (longer <= skip && (inp < 0 || at.latency < inp)) {
        inp = at.latency;
      }
    }
    return inp;
  }
}

package io.xwindow.bench;

import static io.xwindow.bench.MessagingReport.count;
import static io.xwindow.bench.MessagingReport.ms;
import static io.xwindow.bench.MessagingReport.rate;
import static io.xwindow.bench.MessagingReport.times;

import java.util.List;
import java.util.Map;

/**
 * The messaging goals, judged on the figures of one run: each line says met or not met, with the
 * figures it was judged on.
 */
final class Goals {
  /** On the post-robot wire: xwindow's round trip to a post-robot 10 peer, at most this times the raw echo's. */
  static final double MAX_ROUND_TRIP_TO_RAW = 1.2;
  /** On the post-robot wire: xwindow's burst rate to a post-robot 10 peer, at least this times post-robot's own. */
  static final double MIN_RATE_TO_POST_ROBOT = 2.0;
  /** Fewer window message events per call than this means the calls travel on a private channel. */
  static final double CHANNEL_MESSAGES_PER_CALL = 0.5;

  private Goals() {}

  /** One Markdown line per goal, judged on {@code results}. */
  static List<String> judge(Map<Scenario, ScenarioResult> results) {
    return List.of(privateChannel(results), postRobotWire(results), reverseWire(results));
  }

  /** Between two xwindow windows, on a private channel, no slower than penpal. */
  private static String privateChannel(Map<Scenario, ScenarioResult> results) {
    String head = "- **Goal: no slower than penpal**, xwindow ↔ xwindow (6) against penpal 7 (3): ";
    String missing = missing(results, Scenario.XWINDOW, Scenario.PENPAL);
    if (missing != null) {
      return head + missing;
    }
    Measurement ours = results.get(Scenario.XWINDOW).measurement();
    Measurement penpal = results.get(Scenario.PENPAL).measurement();
    return head
        + "round trip " + ms(ours.roundTrip()) + " ms against " + ms(penpal.roundTrip()) + " ms: "
        + verdict(ours.roundTrip() <= penpal.roundTrip())
        + "; burst " + rate(ours.rate()) + " calls/s against " + rate(penpal.rate()) + ": "
        + verdict(ours.rate() >= penpal.rate())
        + "; calls on a private channel: " + verdict(ours.windowMessagesPerCall() < CHANNEL_MESSAGES_PER_CALL)
        + " (" + count(ours.windowMessagesPerCall()) + " window messages per call reach the parent; "
        + "penpal " + count(penpal.windowMessagesPerCall()) + ").";
  }

  /** xwindow sending to a post-robot 10 peer, over post-robot's wire. */
  private static String postRobotWire(Map<Scenario, ScenarioResult> results) {
    String head = "- **Goal on the post-robot wire**, xwindow parent → post-robot 10 child (7): ";
    String missing = missing(results, Scenario.XWINDOW_TO_POST_ROBOT, Scenario.RAW_WINDOW, Scenario.POST_ROBOT);
    if (missing != null) {
      return head + missing;
    }
    return head + wireFigures(results, Scenario.XWINDOW_TO_POST_ROBOT, true);
  }

  /**
   * The other direction, for reference: there post-robot 10 sends and xwindow only answers, so the
   * burst is mostly post-robot's own sending cost.
   */
  private static String reverseWire(Map<Scenario, ScenarioResult> results) {
    String head = "- For reference, post-robot 10 parent → xwindow child (8), not judged (post-robot 10 sends): ";
    String missing = missing(results, Scenario.POST_ROBOT_TO_XWINDOW, Scenario.RAW_WINDOW, Scenario.POST_ROBOT);
    if (missing != null) {
      return head + missing;
    }
    return head + wireFigures(results, Scenario.POST_ROBOT_TO_XWINDOW, false);
  }

  private static String wireFigures(Map<Scenario, ScenarioResult> results, Scenario scenario, boolean judged) {
    Measurement ours = results.get(scenario).measurement();
    Measurement raw = results.get(Scenario.RAW_WINDOW).measurement();
    Measurement postRobot = results.get(Scenario.POST_ROBOT).measurement();
    double toRaw = ours.roundTrip() / raw.roundTrip();
    double toPostRobot = ours.rate() / postRobot.rate();
    return "round trip " + ms(ours.roundTrip()) + " ms = " + times(toRaw) + " the raw `window.postMessage` echo ("
        + ms(raw.roundTrip()) + " ms)"
        + (judged ? ", at most " + times(MAX_ROUND_TRIP_TO_RAW) + ": " + verdict(toRaw <= MAX_ROUND_TRIP_TO_RAW) : "")
        + "; burst " + rate(ours.rate()) + " calls/s = " + times(toPostRobot) + " post-robot 10's ("
        + rate(postRobot.rate()) + " calls/s)"
        + (judged ? ", at least " + times(MIN_RATE_TO_POST_ROBOT) + ": "
            + verdict(toPostRobot >= MIN_RATE_TO_POST_ROBOT) : "")
        + ".";
  }

  /** Why a goal cannot be judged, or null when every scenario it needs has figures. */
  private static String missing(Map<Scenario, ScenarioResult> results, Scenario... needed) {
    for (Scenario scenario : needed) {
      ScenarioResult result = results.get(scenario);
      if (result == null || !result.ok()) {
        return "**not met**: scenario (" + scenario.number + ") has no figures"
            + (result == null ? " (not run)." : " (it failed, see below).");
      }
    }
    return null;
  }

  private static String verdict(boolean met) {
    return met ? "**met**" : "**not met**";
  }
}

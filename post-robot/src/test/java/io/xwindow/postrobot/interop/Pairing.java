package io.xwindow.postrobot.interop;

import io.xwindow.postrobot.Windows2;
import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Origins;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One published release paired with ours in one {@link Direction}: the parent page on {@link
 * Origins#a()}, its child frame on {@link Origins#b()}, and {@link Origins#c()} as the third origin
 * nobody should trust. One of the two windows sends, the other receives: scenarios are written
 * once against the sender and the receiver, in the post-robot API both sides share, and run with
 * the parent asking its child and with the child asking its parent. Scripts of the test run in
 * the sender's window.
 */
final class Pairing {
  final PublishedPostRobot release;
  final Direction direction;
  private final Browser browser;
  private final Origins origins;

  Pairing(PublishedPostRobot release, Direction direction, Browser browser, Origins origins) {
    this.release = release;
    this.direction = direction;
    this.browser = browser;
    this.origins = origins;
  }

  /** True when the sender runs our bundle (and the receiver the published release). */
  boolean ourSender() {
    return direction.ourSender();
  }

  String senderOrigin() {
    return (direction.fromChild ? origins.b() : origins.a()).origin();
  }

  String receiverOrigin() {
    return (direction.fromChild ? origins.a() : origins.b()).origin();
  }

  /** The receiving window, as a JavaScript expression in the sender's window. */
  String receiverWindow() {
    return direction.fromChild ? "window.parent" : "frames[0]";
  }

  /** The sending window, as a JavaScript expression in the receiver's window. */
  String senderWindow() {
    return direction.fromChild ? "frames[0]" : "window.parent";
  }

  String thirdOrigin() {
    return origins.c().origin();
  }

  /**
   * Opens the parent page with its child frame, the receiver running {@code receiverScript} once
   * its bundle has loaded; waits for the frame, and goes into the sender's window.
   */
  void open(String receiverScript) {
    open(receiverScript, "");
  }

  /**
   * As {@link #open(String)}, the sender running {@code senderScript} as its page loads: the child
   * frame once its bundle has loaded, the parent page once its frame element is there (its
   * document parsed), before the frame has loaded.
   */
  void open(String receiverScript, String senderScript) {
    if (direction.fromChild) {
      // The parent's listeners are in place before its frame loads.
      Windows2.open(browser,
          origins.a(), direction.parentBundle(release), receiverScript,
          origins.b(), direction.childBundle(release), Windows2.SETTLE + senderScript);
      browser.switchToFrame("#child");
    } else {
      Windows2.open(browser,
          origins.a(), direction.parentBundle(release),
          "document.addEventListener('DOMContentLoaded',function(){" + senderScript + "});",
          origins.b(), direction.childBundle(release), receiverScript);
    }
  }

  /** A {@code postRobot.send} to the receiver, restricted to the receiver's origin. */
  String send(String name, String data) {
    return send(name, data, "{domain:'" + receiverOrigin() + "'}");
  }

  /** A {@code postRobot.send} to the receiver with {@code options}, a JavaScript expression. */
  String send(String name, String data, String options) {
    return "postRobot.send(" + receiverWindow() + ",'" + name + "'," + data + "," + options + ")";
  }

  /**
   * Runs {@code promiseExpression} in the sender's window and waits until it settles into
   * {@code window.result} or {@code window.failure}.
   */
  void settle(String promiseExpression) {
    Windows2.settle(browser, promiseExpression);
  }

  /** Fails, with what the last {@link #settle} failed with, unless it succeeded. */
  void assertSucceeded() {
    if (browser.eval("window.failure") != null) {
      throw new AssertionError("failed: " + browser.string(
          "String(window.failure && window.failure.stack || JSON.stringify(window.failure))"));
    }
  }

  Object eval(String expression) {
    return browser.eval(expression);
  }

  String string(String expression) {
    return browser.string(expression);
  }

  double number(String expression) {
    return browser.number(expression);
  }

  /**
   * Ends the pairing: returns every script error of its pages and of the browser, and leaves a
   * blank browser, on its first window, with no errors for the next pairing.
   */
  List<String> finish() {
    List<String> errors =
        Stream.concat(origins.errors().all().stream(), browser.errors().stream())
            .collect(Collectors.toList());
    origins.errors().clear();
    browser.reset();
    return errors;
  }

  @Override
  public String toString() {
    return release + ", " + direction;
  }
}

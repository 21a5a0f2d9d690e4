package io.xwindow.postrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.xwindow.postrobot.error.ErrorCode;
import io.xwindow.postrobot.error.Errors;
import io.xwindow.postrobot.error.PostRobotError;
import org.junit.jupiter.api.Test;

/**
 * Every typed error, on the JVM: its code (the contract) and its message (post-robot 10's words,
 * which teams' log searches match).
 */
class ErrorsTest {
  private static void assertError(String code, String message, PostRobotError error) {
    assertEquals(code, error.code);
    assertEquals(message, error.message);
  }

  @Test
  void aMissingNameIsABadArgument() {
    assertError(ErrorCode.BAD_ARGUMENT, "Expected name", Errors.expectedName());
  }

  @Test
  void aMissingHandlerIsABadArgument() {
    assertError(ErrorCode.BAD_ARGUMENT, "Expected handler", Errors.expectedHandler());
  }

  @Test
  void aListenerDomainOfTheWrongTypeIsABadArgument() {
    assertError(ErrorCode.BAD_ARGUMENT, "Expected domain to be a string, array, or regex",
        Errors.expectedDomain());
  }

  @Test
  void aSendDomainOfTheWrongTypeNamesTheRequest() {
    assertError(ErrorCode.BAD_ARGUMENT,
        "Can not send pay. Expected domain to be a string, array, or regex", Errors.badDomain("pay"));
  }

  @Test
  void aTargetThatIsNoWindowIsABadArgument() {
    assertError(ErrorCode.BAD_ARGUMENT, "Can not send pay. Expected a window",
        Errors.notAWindow("pay"));
  }

  @Test
  void aDuplicateListenerSaysWhichWindowsItCovers() {
    assertError(ErrorCode.BAD_ARGUMENT,
        "Request listener already exists for pay on domain * for wildcard window",
        Errors.listenerExists("pay", "*", true));
    assertEquals("Request listener already exists for pay on domain https://a.test for specified window",
        Errors.listenerExists("pay", "https://a.test", false).message);
  }

  @Test
  void aRefusedPostIsWindowClosedOnlyWhenTheWindowClosed() {
    assertError(ErrorCode.WINDOW_CLOSED,
        "Send request message failed for pay in https://a.test\n\nWindow is closed",
        Errors.postFailed(true, "pay", "https://a.test", "Window is closed"));
    assertEquals(ErrorCode.BAD_ARGUMENT,
        Errors.postFailed(false, "pay", "https://a.test", "Invalid target origin").code);
  }

  @Test
  void noAckNamesTheRequestTheDomainAndTheWait() {
    assertError(ErrorCode.NO_ACK, "No ack for postMessage pay in https://a.test in 2000ms",
        Errors.noAck("pay", "https://a.test", 2000));
  }

  @Test
  void aChildThatNeverLoadsIsNoAck() {
    assertError(ErrorCode.NO_ACK, "Window did not load after 5000ms", Errors.didNotLoad(5000));
  }

  @Test
  void noResponseInTimeIsATimeout() {
    assertError(ErrorCode.TIMEOUT, "No response for postMessage pay in https://a.test in 300ms",
        Errors.noResponse("pay", "https://a.test", 300));
  }

  @Test
  void aClosedTargetIsWindowClosed() {
    assertError(ErrorCode.WINDOW_CLOSED, "Can not send pay. Target window is closed",
        Errors.targetClosed("pay"));
  }

  @Test
  void aWindowClosingBeforeItAnswersSaysWhatWasMissing() {
    assertError(ErrorCode.WINDOW_CLOSED, "Window closed for pay before ack",
        Errors.closedBefore("pay", false));
    assertEquals("Window closed for pay before response", Errors.closedBefore("pay", true).message);
  }

  @Test
  void aCleanedUpWindowIsWindowClosed() {
    assertError(ErrorCode.WINDOW_CLOSED, "Window cleaned up before response",
        Errors.cleanedUp());
  }

  @Test
  void anAnswerThatCannotBePostedIsWindowClosed() {
    assertError(ErrorCode.WINDOW_CLOSED, "Window is closed", Errors.answerUndelivered("Window is closed"));
  }

  @Test
  void noHandlerKeepsPostRobotsPrefixAndTheGivenCode() {
    PostRobotError error =
        Errors.noHandler(ErrorCode.NO_HANDLER, "pay", "https://a.test", "https://b.test/child.html");
    assertError(ErrorCode.NO_HANDLER,
        "No handler found for post message: pay from https://a.test in https://b.test/child.html", error);
    assertEquals(true, error.message.startsWith(Errors.NO_HANDLER_PREFIX));
    assertEquals(ErrorCode.DOMAIN_MISMATCH,
        Errors.noHandler(ErrorCode.DOMAIN_MISMATCH, "pay", "https://a.test", "x").code);
  }

  @Test
  void aTargetOnAnotherOriginIsADomainMismatch() {
    assertError(ErrorCode.DOMAIN_MISMATCH,
        "Target window origin https://c.test does not match domain https://b.test for pay",
        Errors.targetDomain("https://c.test", "https://b.test", "pay"));
  }

  @Test
  void aReplyFromAnotherOriginIsADomainMismatch() {
    assertError(ErrorCode.DOMAIN_MISMATCH, "Ack origin https://c.test does not match domain https://b.test",
        Errors.replyOrigin("Ack", "https://c.test", "https://b.test"));
  }

  @Test
  void aFunctionNoLongerHeldIsNoHandler() {
    assertError(ErrorCode.NO_HANDLER, "Could not find method 'cb' with id: uid_1 in https://a.test",
        Errors.methodNotFound("cb", "uid_1", "https://a.test"));
  }

  @Test
  void aFunctionCalledFromAnotherOriginIsADomainMismatch() {
    assertError(ErrorCode.DOMAIN_MISMATCH,
        "Method 'cb' domain https://b.test does not match origin https://c.test in https://a.test",
        Errors.methodDomain("cb", "https://b.test", "https://c.test", "https://a.test"));
  }

  @Test
  void aProxyCannotTellTheTypeOfAClosedWindow() {
    assertError(ErrorCode.WINDOW_CLOSED, "Window is closed, can not determine type",
        Errors.closedWindowType());
  }

  @Test
  void aProxyCannotNameACrossOriginWindow() {
    assertError(ErrorCode.BAD_ARGUMENT, "Can not set name for cross-domain window: x",
        Errors.crossDomainName("x"));
  }

  @Test
  void aProxyGoesOnlyToHttpUrls() {
    assertError(ErrorCode.BAD_ARGUMENT,
        "Expected url to be http or https url, or absolute path, got \"ftp://x\"",
        Errors.badUrl("ftp://x"));
    assertError(ErrorCode.BAD_ARGUMENT, "Unsupported method: post", Errors.unsupportedMethod("post"));
  }

  @Test
  void dataThatCannotCrossIsABadValue() {
    assertError(ErrorCode.BAD_VALUE, "Circular or too deep data",
        Errors.badValue("Circular or too deep data"));
  }

  @Test
  void aHandlerFailingWithANonErrorKeepsTheValue() {
    Object value = "declined";
    PostRobotError error = Errors.handlerFailed(value);
    assertError(ErrorCode.HANDLER_ERROR, "declined", error);
    assertSame(value, error.data);
  }

  @Test
  void anErrorFromTheWireKeepsItsOwnCodeOrNone() {
    assertError("CARD_DECLINED", "Card declined", Errors.fromWire("Card declined", "CARD_DECLINED"));
    assertNull(Errors.fromWire("Card declined", null).code);
  }

  @Test
  void aHandlersOwnCodeIsKept() {
    assertError("CARD_DECLINED", "Card declined", PostRobotError.of("CARD_DECLINED", "Card declined"));
  }
}

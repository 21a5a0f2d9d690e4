package io.xwindow.postrobot.error;

/**
 * The one place every typed error of post-robot is made, with its {@link ErrorCode} and its
 * message: registration errors, send errors, codec refusals, errors read from the wire. The
 * messages stay close to post-robot 10's words, so that the log searches of teams moving from it
 * still match; the code is the contract code should test.
 */
public final class Errors {
  /** What post-robot starts a missing-listener message with; we read it back from its peers. */
  public static final String NO_HANDLER_PREFIX = "No handler found for post message: ";

  private Errors() {}

  /** An error with {@code code}: a code of ours, or one of a handler's own. */
  public static PostRobotError of(String code, String message) {
    PostRobotError error = new PostRobotError(message);
    error.message = message; // as the constructor does in JavaScript; so that JVM tests see it
    error.code = code;
    return error;
  }

  // BAD_ARGUMENT: a call was malformed.

  public static PostRobotError expectedName() {
    return of(ErrorCode.BAD_ARGUMENT, "Expected name");
  }

  public static PostRobotError expectedHandler() {
    return of(ErrorCode.BAD_ARGUMENT, "Expected handler");
  }

  public static PostRobotError expectedDomain() {
    return of(ErrorCode.BAD_ARGUMENT, "Expected domain to be a string, array, or regex");
  }

  public static PostRobotError badDomain(String name) {
    return of(ErrorCode.BAD_ARGUMENT,
        "Can not send " + name + ". Expected domain to be a string, array, or regex");
  }

  public static PostRobotError notAWindow(String name) {
    return of(ErrorCode.BAD_ARGUMENT, "Can not send " + name + ". Expected a window");
  }

  public static PostRobotError listenerExists(String name, String domain, boolean wildcard) {
    return of(ErrorCode.BAD_ARGUMENT,
        "Request listener already exists for " + name + " on domain " + domain + " for "
            + (wildcard ? "wildcard" : "specified") + " window");
  }

  /** A post the browser refused: {@code WINDOW_CLOSED} if the window closed, else BAD_ARGUMENT. */
  public static PostRobotError postFailed(boolean closed, String name, String domain, String cause) {
    return of(closed ? ErrorCode.WINDOW_CLOSED : ErrorCode.BAD_ARGUMENT,
        "Send request message failed for " + name + " in " + domain + "\n\n" + cause);
  }

  // NO_ACK and TIMEOUT: the other window did not answer in time.

  public static PostRobotError noAck(String name, String domain, int millis) {
    return of(ErrorCode.NO_ACK,
        "No ack for postMessage " + name + " in " + domain + " in " + millis + "ms");
  }

  public static PostRobotError didNotLoad(int millis) {
    return of(ErrorCode.NO_ACK, "Window did not load after " + millis + "ms");
  }

  public static PostRobotError noResponse(String name, String domain, int millis) {
    return of(ErrorCode.TIMEOUT,
        "No response for postMessage " + name + " in " + domain + " in " + millis + "ms");
  }

  // WINDOW_CLOSED: the window went away.

  public static PostRobotError targetClosed(String name) {
    return of(ErrorCode.WINDOW_CLOSED, "Can not send " + name + ". Target window is closed");
  }

  public static PostRobotError closedBefore(String name, boolean acked) {
    return of(ErrorCode.WINDOW_CLOSED,
        "Window closed for " + name + " before " + (acked ? "response" : "ack"));
  }

  public static PostRobotError cleanedUp() {
    return of(ErrorCode.WINDOW_CLOSED, "Window cleaned up before response");
  }

  /** An answer of ours could not be posted, for {@code cause}. */
  public static PostRobotError answerUndelivered(String cause) {
    return of(ErrorCode.WINDOW_CLOSED, cause);
  }

  // NO_HANDLER and DOMAIN_MISMATCH: nobody there answers this window, or not at its origin.

  /** No listener answers {@code name}: {@code code} is NO_HANDLER or DOMAIN_MISMATCH. */
  public static PostRobotError noHandler(String code, String name, String origin, String where) {
    return of(code, NO_HANDLER_PREFIX + name + " from " + origin + " in " + where);
  }

  public static PostRobotError targetDomain(String origin, String pattern, String name) {
    return of(ErrorCode.DOMAIN_MISMATCH,
        "Target window origin " + origin + " does not match domain " + pattern + " for " + name);
  }

  public static PostRobotError replyOrigin(String kind, String origin, String pattern) {
    return of(ErrorCode.DOMAIN_MISMATCH,
        kind + " origin " + origin + " does not match domain " + pattern);
  }

  public static PostRobotError methodNotFound(String name, String id, String domain) {
    return of(ErrorCode.NO_HANDLER,
        "Could not find method '" + name + "' with id: " + id + " in " + domain);
  }

  public static PostRobotError methodDomain(
      String name, String pattern, String origin, String domain) {
    return of(ErrorCode.DOMAIN_MISMATCH,
        "Method '" + name + "' domain " + pattern + " does not match origin " + origin + " in "
            + domain);
  }

  // Windows inside data (ProxyWindow).

  public static PostRobotError closedWindowType() {
    return of(ErrorCode.WINDOW_CLOSED, "Window is closed, can not determine type");
  }

  public static PostRobotError crossDomainName(Object name) {
    return of(ErrorCode.BAD_ARGUMENT, "Can not set name for cross-domain window: " + name);
  }

  public static PostRobotError badUrl(String url) {
    return of(ErrorCode.BAD_ARGUMENT,
        "Expected url to be http or https url, or absolute path, got \"" + url + "\"");
  }

  public static PostRobotError unsupportedMethod(Object method) {
    return of(ErrorCode.BAD_ARGUMENT, "Unsupported method: " + method);
  }

  // BAD_VALUE: data that cannot cross windows.

  public static PostRobotError badValue(String reason) {
    return of(ErrorCode.BAD_VALUE, reason);
  }

  // HANDLER_ERROR and errors from the other window.

  /** A handler failed with {@code value}, which is not an error: wrapped, kept as {@code data}. */
  public static PostRobotError handlerFailed(Object value) {
    PostRobotError error = of(ErrorCode.HANDLER_ERROR, "" + value);
    error.data = value;
    return error;
  }

  /** An error read from another window, with the code it came with, if any. */
  public static PostRobotError fromWire(String message, Object code) {
    PostRobotError error = new PostRobotError(message);
    error.message = message;
    if (code != null) {
      error.code = "" + code;
    }
    return error;
  }
}

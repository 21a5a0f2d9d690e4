package io.xwindow.postrobot;

/**
 * The messages of our errors. They stay close to post-robot 10's words, so that the log searches
 * of teams moving from it still match; the {@link ErrorCode} is what code should test.
 */
public final class ErrorText {
  /** What post-robot starts a missing-listener error with; we read it back from its peers. */
  public static final String NO_HANDLER_PREFIX = "No handler found for post message: ";

  private ErrorText() {}

  public static String noAck(String name, String domain, int millis) {
    return "No ack for postMessage " + name + " in " + domain + " in " + millis + "ms";
  }

  public static String didNotLoad(int millis) {
    return "Window did not load after " + millis + "ms";
  }

  public static String noResponse(String name, String domain, int millis) {
    return "No response for postMessage " + name + " in " + domain + " in " + millis + "ms";
  }

  public static String targetClosed(String name) {
    return "Can not send " + name + ". Target window is closed";
  }

  public static String closedBefore(String name, boolean acked) {
    return "Window closed for " + name + " before " + (acked ? "response" : "ack");
  }

  public static String cleanedUp(String name) {
    return "Window cleaned up before response for " + name;
  }

  public static String noHandler(String name, String origin, String where) {
    return NO_HANDLER_PREFIX + name + " from " + origin + " in " + where;
  }

  public static String targetDomain(String origin, String pattern, String name) {
    return "Target window origin " + origin + " does not match domain " + pattern + " for " + name;
  }

  public static String replyOrigin(String kind, String origin, String pattern) {
    return kind + " origin " + origin + " does not match domain " + pattern;
  }

  public static String listenerExists(String name, String domain, boolean wildcard) {
    return "Request listener already exists for "
        + name
        + " on domain "
        + domain
        + " for "
        + (wildcard ? "wildcard" : "specified")
        + " window";
  }

  public static String badDomain(String name) {
    return "Can not send " + name + ". Expected domain to be a string, array, or regex";
  }

  public static String postFailed(String name, String domain, String cause) {
    return "Send request message failed for " + name + " in " + domain + "\n\n" + cause;
  }

  public static String methodNotFound(String name, String id, String domain) {
    return "Could not find method '" + name + "' with id: " + id + " in " + domain;
  }

  public static String methodDomain(String name, String pattern, String origin, String domain) {
    return "Method '" + name + "' domain " + pattern + " does not match origin " + origin + " in "
        + domain;
  }
}

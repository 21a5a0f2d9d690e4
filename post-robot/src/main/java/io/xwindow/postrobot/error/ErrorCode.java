package io.xwindow.postrobot.error;

/**
 * The stable codes of every error post-robot gives (all made by {@link Errors}), in the {@code code} property of the
 * JavaScript {@code Error} a send rejects with (or a listener registration throws).
 *
 * <table>
 *   <caption>Error codes</caption>
 *   <tr><th>code</th><th>when</th><th>message (close to post-robot's, for log searches)</th></tr>
 *   <tr><td>{@code NO_ACK}</td><td>the window did not acknowledge in time: 2 s for a window never
 *       heard from, 10 s once it is known to run post-robot, 5 s (or {@code timeout}) for a child
 *       frame or popup that never loaded post-robot</td>
 *       <td>{@code No ack for postMessage NAME in DOMAIN in 2000ms},
 *       {@code Window did not load after 5000ms}</td></tr>
 *   <tr><td>{@code WINDOW_CLOSED}</td><td>the target window is closed, closes before it answers,
 *       or was cleaned up</td><td>{@code Can not send NAME. Target window is closed},
 *       {@code Window closed for NAME before ack}, {@code ... before response}</td></tr>
 *   <tr><td>{@code NO_HANDLER}</td><td>the other window runs post-robot but listens for no such
 *       name</td><td>{@code No handler found for post message: NAME from ORIGIN in URL}</td></tr>
 *   <tr><td>{@code DOMAIN_MISMATCH}</td><td>the other window's origin does not match the
 *       {@code domain} option, or the listener there does not accept this window's origin</td>
 *       <td>{@code Target window origin ORIGIN does not match domain PATTERN for NAME},
 *       {@code No handler found for post message: NAME from ORIGIN in URL}</td></tr>
 *   <tr><td>{@code TIMEOUT}</td><td>no response within the {@code timeout} option</td>
 *       <td>{@code No response for postMessage NAME in DOMAIN in Tms}</td></tr>
 *   <tr><td>{@code HANDLER_ERROR}</td><td>the handler threw or rejected with no code of its own
 *       (an error with its own {@code code} keeps it, as in post-robot)</td>
 *       <td>the handler's message and stack</td></tr>
 *   <tr><td>{@code BAD_ARGUMENT}</td><td>a call was malformed: empty name, bad domain, missing
 *       handler, a listener registered twice, a target origin the browser refuses</td>
 *       <td>{@code Expected name}, {@code Request listener already exists for NAME ...}</td></tr>
 *   <tr><td>{@code BAD_VALUE}</td><td>the data cannot cross windows: circular, or nested deeper
 *       than {@value io.xwindow.postrobot.serialize.Codec#MAX_DEPTH} levels</td>
 *       <td>{@code Circular or too deep data}</td></tr>
 * </table>
 */
public final class ErrorCode {
  public static final String NO_ACK = "NO_ACK";
  public static final String WINDOW_CLOSED = "WINDOW_CLOSED";
  public static final String NO_HANDLER = "NO_HANDLER";
  public static final String DOMAIN_MISMATCH = "DOMAIN_MISMATCH";
  public static final String TIMEOUT = "TIMEOUT";
  public static final String HANDLER_ERROR = "HANDLER_ERROR";
  public static final String BAD_ARGUMENT = "BAD_ARGUMENT";
  public static final String BAD_VALUE = "BAD_VALUE";

  private ErrorCode() {}
}

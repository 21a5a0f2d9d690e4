package io.xwindow.xcomponent.error;

/**
 * The stable codes of every error xcomponent gives (all made by {@link Errors}), in the {@code
 * code} property of the JavaScript {@code Error} that {@code render} rejects with, that {@code
 * create} throws, or that the {@code error} event carries. Code tests the code; the message is for
 * people.
 *
 * <table>
 *   <caption>Error codes</caption>
 *   <tr><th>code</th><th>when</th></tr>
 *   <tr><td>{@code BAD_OPTIONS}</td><td>{@code create} got options it cannot use: no tag, a tag
 *       that is not lower-case letters, digits and inner dashes, no url, dimensions that are not
 *       px or %, a prop definition with no or an unknown type, {@code required} with {@code
 *       default}, {@code queryParam} on a function prop, a template that is not a function, an
 *       unknown {@code defaultContext}; at render, a {@code url} function that does not give an
 *       absolute http(s) URL</td></tr>
 *   <tr><td>{@code PROP_REQUIRED}</td><td>a required prop is missing (before any window
 *       opens)</td></tr>
 *   <tr><td>{@code PROP_TYPE}</td><td>a prop has the wrong type (before any window opens)</td></tr>
 *   <tr><td>{@code PROP_INVALID}</td><td>a prop's or the component's {@code validate} threw
 *       (before any window opens)</td></tr>
 *   <tr><td>{@code BAD_CONTAINER}</td><td>no container for an iframe, or a selector that is
 *       invalid or matches no element of the page's body</td></tr>
 *   <tr><td>{@code BAD_CONTEXT}</td><td>a context other than {@code iframe}, {@code popup} or
 *       {@code modal}</td></tr>
 *   <tr><td>{@code BAD_WINDOW}</td><td>{@code renderTo}, {@code canRenderTo} or the {@code window}
 *       prop got something that is not an open window</td></tr>
 *   <tr><td>{@code NOT_ELIGIBLE}</td><td>{@code eligible} said no; the message is its
 *       reason</td></tr>
 *   <tr><td>{@code POPUP_BLOCKED}</td><td>the browser refused to open the popup</td></tr>
 *   <tr><td>{@code RENDER_TIMEOUT}</td><td>the child did not answer within {@code
 *       timeout}</td></tr>
 *   <tr><td>{@code PARENT_DOMAIN_REJECTED}</td><td>the child's {@code allowedParentDomains} does
 *       not allow the parent's origin, as the browser reported it; the child got no
 *       prop</td></tr>
 *   <tr><td>{@code CHILD_DOMAIN_REJECTED}</td><td>the child's origin does not match the
 *       component's {@code domain} (by default the origin of its url)</td></tr>
 *   <tr><td>{@code DELEGATE_REFUSED}</td><td>{@code renderTo} to a window of another origin than
 *       allowed, or one without the component; in the window asked, a request it does not take (not
 *       from a frame below it on the component's domain, not one of its instance ids, or naming a
 *       URL other than the one it builds from its own definition)</td></tr>
 *   <tr><td>{@code CHILD_ERROR}</td><td>the child reported an error ({@code
 *       xprops.onError})</td></tr>
 *   <tr><td>{@code ZOID_CHILD}</td><td>the page in the child window runs zoid 10, which reads
 *       its props from the window name, and the definition does not set {@code
 *       zoidChildren}</td></tr>
 *   <tr><td>{@code BAD_PARENT}</td><td>in the child: the window name is a zoid parent's that this
 *       window cannot answer (another zoid major version, a parent on this origin that keeps the
 *       props in a global of its own, a parent window that cannot be found or does not
 *       answer)</td></tr>
 *   <tr><td>{@code CLOSED}</td><td>the instance was already closed or destroyed when called</td></tr>
 *   <tr><td>{@code CHILD_ONLY}</td><td>the page loaded the child's build ({@code
 *       xcomponent-child.js} or {@code zoid-child.js}), which renders no component: the component
 *       was called with props, or asked for a driver</td></tr>
 * </table>
 *
 * <p>Closing is not an error: a component that ends (the user closes the popup, either side calls
 * {@code close}, the container leaves the page, the page navigates away) fires {@code close} with
 * one of {@link io.xwindow.xcomponent.constant.CloseReason}, and a pending {@code render} resolves.
 */
public final class ErrorCode {
  public static final String BAD_OPTIONS = "BAD_OPTIONS";
  public static final String PROP_REQUIRED = "PROP_REQUIRED";
  public static final String PROP_TYPE = "PROP_TYPE";
  public static final String PROP_INVALID = "PROP_INVALID";
  public static final String BAD_CONTAINER = "BAD_CONTAINER";
  public static final String BAD_CONTEXT = "BAD_CONTEXT";
  public static final String BAD_WINDOW = "BAD_WINDOW";
  public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
  public static final String POPUP_BLOCKED = "POPUP_BLOCKED";
  public static final String RENDER_TIMEOUT = "RENDER_TIMEOUT";
  public static final String PARENT_DOMAIN_REJECTED = "PARENT_DOMAIN_REJECTED";
  public static final String CHILD_DOMAIN_REJECTED = "CHILD_DOMAIN_REJECTED";
  public static final String DELEGATE_REFUSED = "DELEGATE_REFUSED";
  public static final String CHILD_ERROR = "CHILD_ERROR";
  public static final String ZOID_CHILD = "ZOID_CHILD";
  public static final String BAD_PARENT = "BAD_PARENT";
  public static final String CLOSED = "CLOSED";
  public static final String CHILD_ONLY = "CHILD_ONLY";

  private ErrorCode() {}
}

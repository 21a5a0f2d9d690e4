package io.xwindow.xcomponent.protocol;

/**
 * The conversation between a parent and its child, in two messages; everything after them is
 * calls of the functions they carried.
 *
 * <ol>
 *   <li>{@link #HELLO}: child to parent, to any origin, a plain {@code postMessage} of {@code
 *       {__xcomponent_hello__: uid}}, carrying nothing else. The parent heeds it only from the
 *       window it made (or, for {@code renderTo}, from a window on the component's domain), and
 *       only if that window's origin, as the browser reports it, matches the component's {@code
 *       domain}.
 *   <li>{@link #props}: parent to child, a post-robot request to that origin only, carrying the
 *       props the child may see and the parent's helpers ({@code close}, {@code resize}...). The
 *       child reads the request's origin, as the browser reports it, and checks it against {@code
 *       allowedParentDomains} before it shows any prop to its page. Its answer is {@code
 *       {accepted: true, onProps}} (the parent's render resolves) or {@code {accepted: false}} (it
 *       fails with {@code PARENT_DOMAIN_REJECTED}).
 * </ol>
 *
 * <p>The hello is a plain message, not a post-robot request, so that the props leave at once: a
 * request to a window post-robot does not know yet would first wait for its hello's answer. One
 * round trip brings the child its props. A later zoid dialect sits beside this class: other names
 * and payloads, the same steps.
 */
public final class Names {
  /** The key of the child's hello; its value is the instance's uid. */
  public static final String HELLO = "__xcomponent_hello__";

  private Names() {}

  /** The parent's request carrying the props, for instance {@code uid}. */
  public static String props(String uid) {
    return "xcomponent_props_" + uid;
  }

  /** Asks a window whether it would render {@code tag} for us ({@code canRenderTo}). */
  public static String allowDelegate(String tag) {
    return "xcomponent_allow_delegate_" + tag;
  }

  /** Asks a window to render {@code tag} in its own page, for us ({@code renderTo}). */
  public static String delegate(String tag) {
    return "xcomponent_delegate_" + tag;
  }
}

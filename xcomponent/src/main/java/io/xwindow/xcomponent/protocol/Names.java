package io.xwindow.xcomponent.protocol;

/**
 * The names of the post-robot requests between a parent and its child. The whole conversation is
 * these two requests; everything after them is calls of the functions they carried.
 *
 * <ol>
 *   <li>{@link #hello}: child to parent, to any origin, carrying nothing. The parent answers only
 *       the window it made, and only if that window's origin (as the browser reports it) matches
 *       the component's {@code domain}; the answer carries the props the child may see, and the
 *       parent's helpers ({@code close}, {@code resize}...). The child reads the answer's origin,
 *       as the browser reports it, and checks it against {@code allowedParentDomains} before it
 *       shows any prop to its page.
 *   <li>{@link #init}: child to parent, to that origin only: {@code {accepted: true, onProps}}
 *       (the parent's render resolves), or {@code {accepted: false}} (it fails with {@code
 *       PARENT_DOMAIN_REJECTED}).
 * </ol>
 *
 * <p>A later zoid dialect sits beside this class: other names and payloads, the same steps.
 */
public final class Names {
  private Names() {}

  /** The child's first request, for instance {@code uid}. */
  public static String hello(String uid) {
    return "xcomponent_hello_" + uid;
  }

  /** The child's second request, for instance {@code uid}. */
  public static String init(String uid) {
    return "xcomponent_init_" + uid;
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

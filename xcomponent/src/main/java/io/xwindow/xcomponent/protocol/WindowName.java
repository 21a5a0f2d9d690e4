package io.xwindow.xcomponent.protocol;

/**
 * The name a component's frame or popup gets: {@code __xcomponent__<name>__<uid>__<ref>__}, where
 * name is the tag with dashes as underscores, uid the instance, and ref how the child finds its
 * parent ({@link #PARENT} or {@link #OPENER}).
 *
 * <p>It carries only what the child needs to find its parent, nothing secret: a window's name
 * outlives navigation, so any page that frame later shows can read it (zoid puts every prop there,
 * base64). Props travel by message, to the child's origin as the browser reports it.
 */
public final class WindowName {
  /** The child's parent is {@code window.parent} (an iframe). */
  public static final String PARENT = "p";
  /** The child's parent is {@code window.opener} (a popup). */
  public static final String OPENER = "o";

  private static final String PREFIX = "__xcomponent__";
  private static final String SEPARATOR = "__";

  /** The tag, as given to {@code create}. */
  public final String tag;
  /** The instance id. */
  public final String uid;
  /** {@link #PARENT} or {@link #OPENER}. */
  public final String ref;

  public WindowName(String tag, String uid, String ref) {
    this.tag = tag;
    this.uid = uid;
    this.ref = ref;
  }

  /** The window name for this tag, instance and reference. */
  public String encode() {
    return PREFIX + tag.replace('-', '_') + SEPARATOR + uid + SEPARATOR + ref + SEPARATOR;
  }

  /**
   * The name {@code name} as ours, or null when it is not one (any other window name, a
   * truncated or tampered one, a uid or ref that is not ours).
   */
  public static WindowName parse(String name) {
    if (name == null || !name.startsWith(PREFIX) || !name.endsWith(SEPARATOR)) {
      return null;
    }
    String rest = name.substring(PREFIX.length(), name.length() - SEPARATOR.length());
    int refAt = rest.lastIndexOf(SEPARATOR);
    if (refAt < 0) {
      return null;
    }
    String ref = rest.substring(refAt + SEPARATOR.length());
    String head = rest.substring(0, refAt);
    int uidAt = head.lastIndexOf(SEPARATOR);
    if (uidAt <= 0 || !(PARENT.equals(ref) || OPENER.equals(ref))) {
      return null;
    }
    String uid = head.substring(uidAt + SEPARATOR.length());
    if (!isUid(uid)) {
      return null;
    }
    return new WindowName(head.substring(0, uidAt).replace('_', '-'), uid, ref);
  }

  /** True for this window name's tag, {@code tag} as given to {@code create}. */
  public boolean isFor(String tag) {
    return this.tag.equals(tag.replace('_', '-'));
  }

  private static boolean isUid(String uid) {
    if (uid.isEmpty() || uid.length() > 64) {
      return false;
    }
    for (int i = 0; i < uid.length(); i++) {
      char c = uid.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }
}

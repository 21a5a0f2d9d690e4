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
    return PREFIX + swap(tag, '-', '_') + SEPARATOR + uid + SEPARATOR + ref + SEPARATOR;
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
    if (uidAt <= 0 || !isRef(ref)) {
      return null;
    }
    String uid = head.substring(uidAt + SEPARATOR.length());
    if (!isUid(uid)) {
      return null;
    }
    return new WindowName(swap(head.substring(0, uidAt), '_', '-'), uid, ref);
  }

  /** True for this window name's tag, {@code tag} as given to {@code create}. */
  public boolean isFor(String tag) {
    return this.tag.equals(swap(tag, '_', '-'));
  }

  /**
   * {@code text} with every {@code from} as {@code to} (a tag's dashes as a window name's
   * underscores, and back): J2CL's {@code String.replace(char, char)} builds a RegExp from the
   * char's hex code: this loop is 18 B smaller gzipped.
   */
  public static String swap(String text, char from, char to) {
    String swapped = "";
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      swapped += c == from ? to : c;
    }
    return swapped;
  }

  /**
   * The index of the frame at {@code step} of the path after the parent or opener ({@code
   * renderTo}), -1 past its end (at step 0 for the window itself): one step at a time, not an
   * array, as a Java array would bring J2CL's array runtime into the bundle.
   */
  public int frameAt(int step) {
    int seen = -1;
    int index = 0;
    for (int i = 1; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c == '.') {
        if (seen == step) {
          return index;
        }
        seen++;
        index = 0;
      } else {
        index = index * 10 + (c - '0');
      }
    }
    return seen == step ? index : -1;
  }

  /** True when the window that rendered the child is its opener's (or opener's frame). */
  public boolean viaOpener() {
    return ref.startsWith(OPENER);
  }

  private static boolean isRef(String ref) {
    // J2CL's matches is one JavaScript RegExp test: smaller in the bundle than a loop. The class
    // is made of PARENT and OPENER (one character each), a compile-time constant: "[po]".
    return ref.length() <= 40 && ref.matches("[" + PARENT + OPENER + "](\\.[0-9]+)*");
  }

  private static boolean isUid(String uid) {
    return uid.matches("[a-z0-9]{1,64}");
  }
}

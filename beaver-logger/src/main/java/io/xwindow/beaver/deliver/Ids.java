package io.xwindow.beaver.deliver;

/** Random ids: batch ids, and beaver 3's window and page ids. */
public final class Ids {
  private static final String CHARS = "0123456789abcdefghijklmnopqrstuvwxyz";

  private Ids() {}

  /** {@code length} random digits of base {@code radix} (2 to 36), lower case, from {@code chance}. */
  public static String random(Clock chance, int length, int radix) {
    String id = "";
    for (int i = 0; i < length; i++) {
      id += CHARS.charAt((int) (chance.random() * radix));
    }
    return id;
  }
}

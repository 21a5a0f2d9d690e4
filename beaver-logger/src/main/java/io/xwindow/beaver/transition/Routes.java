package io.xwindow.beaver.transition;

import jsinterop.annotations.JsFunction;

/**
 * A page's route, and its name as a state: what automatic transitions call the states they go
 * between, and the route dimension of the web vitals.
 *
 * <p>The route is the path, plus a hash router's path ({@code #/cart} or {@code #!/cart}); the
 * query and a plain anchor ({@code #reviews}) are not part of it, so a search box that rewrites
 * {@code ?q=} on each key, or a jump to a heading, is no transition. The name keeps letters and
 * digits, joins the segments with {@code _}, and names {@code /} {@value #ROOT}. A segment that
 * looks like an id (all digits, or eight characters or more with a digit: {@code 42}, a UUID,
 * {@code shoe-12345}) becomes {@value #ID}, so that {@code /products/42} and {@code /products/43}
 * are one state, {@code products_id}, and a metric backend gets one route, not one per product.
 */
public final class Routes {
  /** The name of {@code /}. */
  static final String ROOT = "root";
  /** The name of a segment that looks like an id. */
  static final String ID = "id";

  private Routes() {}

  /** The route of a page at {@code pathname} with {@code hash} (each as {@code location} has it, may be empty). */
  public static String of(String pathname, String hash) {
    // indexOf, not startsWith: the JavaScript's own, where startsWith brings a helper into the bundle
    int slash = hash.indexOf("/");
    return slash == 1 || slash == 2 && hash.indexOf("#!/") == 0 ? pathname + hash.substring(slash) : pathname;
  }

  /** Replaces every match of a regular expression; the replacement has no {@code $} or {@code \\}. */
  @JsFunction
  public interface ReplaceAll {
    /** {@code text} with every match of {@code regex} replaced by {@code with}. */
    String in(String text, String regex, String with);
  }

  /**
   * The state name of {@code route}: {@code /products/42/reviews} is {@code products_id_reviews}.
   * {@code replaceAll} is {@code String::replaceAll} on the JVM and the browser's own {@code
   * String.prototype.replace} in the bundle: the same regular expressions, without J2CL's
   * emulation of Java's replacement syntax (80 B of the bundle).
   */
  public static String name(String route, ReplaceAll replaceAll) {
    String name = replaceAll.in(replaceAll.in("/" + route + "/", "/(\\d+|(?=[^/]*\\d)[^/]{8,})(?=/)", "/" + ID),
        "[\\W_]+", "_");
    return name.length() > 1 ? name.substring(1, name.length() - 1) : ROOT;
  }
}

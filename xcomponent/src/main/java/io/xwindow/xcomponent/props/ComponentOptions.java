package io.xwindow.xcomponent.props;

import io.xwindow.xcomponent.constant.Context;
import io.xwindow.xcomponent.error.Errors;

/**
 * The checked options of {@code create({tag, url, ...})}. Immutable; JavaScript values the glue
 * uses as they are (functions, matchers, templates) are kept as {@code Object}.
 *
 * <p>Unlike zoid, which strips these checks from its production build, they always run: a bad
 * option is a {@code BAD_OPTIONS} error naming the field. Unlike zoid, {@code enableBfcache}
 * defaults to true. Options zoid has that are not read here ({@code bridgeUrl}, {@code method},
 * {@code children}, {@code logger}, {@code getExtensions}) are ignored.
 */
public final class ComponentOptions {
  /** The component's tag: lower-case letters, digits and inner dashes, two characters or more. */
  public final String tag;
  /** The child's URL: a string, or a function of {@code {props}} returning one. */
  public final Object url;
  /** Matcher of the child's origin when it differs from the url's; or null. */
  public final Object domain;
  /** {@code {width, height}} of px or % strings, or a function of {@code {props}}; or null. */
  public final Object dimensions;
  /** Whether the child reports its width to resize the frame. */
  public final boolean autoResizeWidth;
  /** Whether the child reports its height to resize the frame. */
  public final boolean autoResizeHeight;
  /** The selector of the child element measured for auto-resize; null for the body. */
  public final String autoResizeElement;
  /** Matcher of the parent origins the child accepts: {@code "*"} unless given. */
  public final Object allowedParentDomains;
  /** Whether {@link #allowedParentDomains} was given (the child warns once when it was not). */
  public final boolean parentDomainsGiven;
  /** {@code iframe}, {@code popup} or {@code modal}. */
  public final String defaultContext;
  /**
   * Whether a click on the backdrop of the {@code modal} context's dialog closes the component (as
   * Escape and its close button do); false unless given, so that a stray click loses nothing.
   */
  public final boolean closeOnBackdropClick;
  /** {@code (options) => element} or null for the built-in one. */
  public final Object containerTemplate;
  /** {@code (options) => element} or null for the built-in one. */
  public final Object prerenderTemplate;
  /** {@code ({props}) => {eligible, reason}} or null (always eligible). */
  public final Object eligible;
  /** {@code ({props}) => void}, throwing to reject the whole input; or null. */
  public final Object validate;
  /** Milliseconds the child has to answer; 0 for no limit. */
  public final double timeout;
  /** {@code {iframe, popup}} attributes, or a function of {@code {props}}; or null. */
  public final Object attributes;
  /** Exports: an object of name to {@code {type}}, or a function; or null. */
  public final Object exports;
  /** Whether a page with the component may enter the back/forward cache. */
  public final boolean enableBfcache;
  /**
   * Whether the parent speaks zoid 10's dialect to its children, so that a zoid 10 child page can
   * be rendered: the props then travel in the window name (false: they never do).
   */
  public final boolean zoidChildren;
  /** The props: built-ins and the user's definitions. */
  public final PropDefinitions props;

  private ComponentOptions(FieldReader field, String tag, Object url, boolean parentDomainsGiven,
      Object autoResize, Host host, PropDefinitions props) {
    this.tag = tag;
    this.url = url;
    this.domain = field.raw("domain");
    this.dimensions = field.raw("dimensions");
    this.autoResizeWidth = autoResize != null && Boolean.TRUE.equals(host.get(autoResize, "width"));
    this.autoResizeHeight =
        autoResize != null && Boolean.TRUE.equals(host.get(autoResize, "height"));
    this.autoResizeElement = autoResize == null ? null : (String) host.get(autoResize, "element");
    this.allowedParentDomains = parentDomainsGiven ? field.raw("allowedParentDomains") : "*";
    this.parentDomainsGiven = parentDomainsGiven;
    String context = field.string("defaultContext");
    this.defaultContext = context == null ? Context.IFRAME : context;
    this.closeOnBackdropClick = field.flag("closeOnBackdropClick", false);
    this.containerTemplate = field.raw("containerTemplate");
    this.prerenderTemplate = field.raw("prerenderTemplate");
    this.eligible = field.raw("eligible");
    this.validate = field.raw("validate");
    Object timeout = field.raw("timeout");
    this.timeout = timeout == null ? 0 : ((Double) timeout).doubleValue();
    this.attributes = field.raw("attributes");
    this.exports = field.raw("exports");
    this.enableBfcache = field.flag("enableBfcache", true);
    this.zoidChildren = field.flag("zoidChildren", false);
    this.props = props;
  }

  /**
   * Checks {@code create}'s options object: the options, or a {@code BAD_OPTIONS} error whose
   * message names the first bad field.
   */
  public static Outcome<ComponentOptions> read(Host host, Object options) {
    if (!"object".equals(host.typeOf(options))) {
      return Outcome.fail(Errors.badOptions("Expected options to be passed"));
    }
    FieldReader field = new FieldReader(host, options, "options.");
    String tag = field.string("tag");
    if (tag == null || !isTag(tag)) {
      field.fail("Invalid options.tag: " + host.text(field.raw("tag"))
          + " (a-z, 0-9, inner dashes; 2+ characters)");
    }
    Object url = field.either("url", "string", "function");
    if (url == null) {
      field.fail("Must pass options.url");
    } else if (url instanceof String && !isAbsoluteHttp((String) url)) {
      field.fail("Expected options.url to be an absolute http(s) URL, got " + url);
    }
    checkMatcher(field, "domain");
    checkMatcher(field, "allowedParentDomains");
    checkDimensions(host, field);
    Object autoResize = field.raw("autoResize");
    if (autoResize != null) {
      if (!"object".equals(host.typeOf(autoResize))) {
        field.fail("Expected options.autoResize to be an object");
      } else {
        FieldReader resize = new FieldReader(host, autoResize, "options.autoResize.");
        resize.flag("width", false);
        resize.flag("height", false);
        resize.string("element");
        keep(field, resize);
      }
    }
    String context = field.string("defaultContext");
    if (context != null && !Context.isKnown(context)) {
      field.fail("Unsupported options.defaultContext: " + context + " (iframe, popup or modal)");
    }
    field.function("containerTemplate");
    field.function("prerenderTemplate");
    field.function("eligible");
    field.function("validate");
    Object timeout = field.raw("timeout");
    if (timeout != null && !("number".equals(host.typeOf(timeout))
        && ((Double) timeout).doubleValue() >= 0)) {
      field.fail("Expected options.timeout to be milliseconds, got "
          + host.text(timeout));
    }
    field.either("attributes", "object", "function");
    field.either("exports", "object", "function");
    field.flag("enableBfcache", true);
    field.flag("zoidChildren", false);
    field.flag("closeOnBackdropClick", false);
    Outcome<PropDefinitions> props = PropDefinitions.read(host, field.raw("props"));
    if (field.error() != null) {
      return Outcome.fail(field.error());
    }
    if (props.failed()) {
      return Outcome.fail(props.error());
    }
    return Outcome.ok(new ComponentOptions(field, tag, url, field.has("allowedParentDomains"),
        autoResize, host, props.value()));
  }

  /** {@code autoResize} as the child reads it: a new {@code {width, height, element}}. */
  public Object autoResize(Host host) {
    Object settings = host.newObject();
    host.set(settings, "width", autoResizeWidth);
    host.set(settings, "height", autoResizeHeight);
    host.set(settings, "element", autoResizeElement);
    return settings;
  }

  /** zoid's {@code ^([a-z0-9][a-z0-9-]*)+[a-z0-9]+$}: two or more, no dash at either end. */
  static boolean isTag(String tag) {
    int last = tag.length() - 1;
    if (last < 1 || tag.charAt(0) == '-' || tag.charAt(last) == '-') {
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = tag.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAbsoluteHttp(String url) {
    String lower = url.toLowerCase();
    return (lower.startsWith("https://") || lower.startsWith("http://")) && lower.length() > 8;
  }

  private static void checkMatcher(FieldReader field, String key) {
    if (field.has(key) && !field.isMatcher(key)) {
      field.fail("Expected options." + key
          + " to be a domain string, a RegExp or an array of them");
    }
  }

  private static void checkDimensions(Host host, FieldReader field) {
    Object dimensions = field.raw("dimensions");
    String type = host.typeOf(dimensions);
    if (dimensions == null || "function".equals(type)) {
      return;
    }
    if (!"object".equals(type)) {
      field.fail("Expected options.dimensions to be an object or a function");
      return;
    }
    checkSize(host, field, dimensions, "width");
    checkSize(host, field, dimensions, "height");
  }

  private static void checkSize(Host host, FieldReader field, Object dimensions, String key) {
    Object size = host.get(dimensions, key);
    if (!(size instanceof String) || !CssSize.isPxOrPercent((String) size)) {
      field.fail("Expected options.dimensions." + key + " to be a px or % string value, got "
          + host.text(size));
    }
  }

  private static void keep(FieldReader outer, FieldReader inner) {
    if (inner.error() != null && outer.error() == null) {
      outer.fail(inner.error().message);
    }
  }
}

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

  /**
   * Checks each field as it reads it, in the order of their messages, keeping the first problem in
   * {@code field}: one read of each field, as the options are read once. An object whose field
   * has a problem is never handed out.
   */
  private ComponentOptions(Host host, FieldReader field) {
    String tag = field.string("tag");
    if (tag == null || !isTag(tag)) {
      field.fail("Invalid options.tag: " + host.text(field.raw("tag"))
          + " (a-z, 0-9, inner dashes; 2+ characters)");
    }
    this.tag = tag;
    Object url = field.either("url", "string", "function");
    if (url == null) {
      field.fail("Must pass options.url");
    } else if (url instanceof String && !isAbsoluteHttp((String) url)) {
      field.fail("Expected options.url to be an absolute http(s) URL, got " + url);
    }
    this.url = url;
    this.domain = matcher(field, "domain");
    Object parentDomains = matcher(field, "allowedParentDomains");
    this.parentDomainsGiven = parentDomains != null;
    this.allowedParentDomains = parentDomains != null ? parentDomains : "*";
    this.dimensions = dimensions(host, field);
    Object autoResize = field.raw("autoResize");
    FieldReader resize = new FieldReader(host, autoResize, "options.autoResize.");
    if (autoResize != null && !"object".equals(host.typeOf(autoResize))) {
      field.fail("Expected options.autoResize to be an object");
      autoResize = null;
    }
    this.autoResizeWidth = autoResize != null && resize.flag("width", false);
    this.autoResizeHeight = autoResize != null && resize.flag("height", false);
    this.autoResizeElement = autoResize == null ? null : resize.string("element");
    field.keep(resize.error());
    String context = field.string("defaultContext");
    if (context != null && !Context.isKnown(context)) {
      field.fail("Unsupported options.defaultContext: " + context + " (iframe, popup or modal)");
    }
    this.defaultContext = context == null ? Context.IFRAME : context;
    this.containerTemplate = field.function("containerTemplate");
    this.prerenderTemplate = field.function("prerenderTemplate");
    this.eligible = field.function("eligible");
    this.validate = field.function("validate");
    Object timeout = field.raw("timeout");
    boolean timed = timeout != null;
    if (timed && !("number".equals(host.typeOf(timeout)) && ((Double) timeout).doubleValue() >= 0)) {
      field.fail("Expected options.timeout to be milliseconds, got " + host.text(timeout));
      timed = false;
    }
    this.timeout = timed ? ((Double) timeout).doubleValue() : 0;
    this.attributes = field.either("attributes", "object", "function");
    this.exports = field.either("exports", "object", "function");
    this.enableBfcache = field.flag("enableBfcache", true);
    this.zoidChildren = field.flag("zoidChildren", false);
    this.closeOnBackdropClick = field.flag("closeOnBackdropClick", false);
    Outcome<PropDefinitions> props = PropDefinitions.read(host, field.raw("props"));
    field.keep(props.error());
    this.props = props.value();
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
    ComponentOptions read = new ComponentOptions(host, field);
    return field.error() != null ? Outcome.fail(field.error()) : Outcome.ok(read);
  }

  /** {@code autoResize} as the child reads it: a new {@code {width, height, element}}. */
  public Object autoResize(Host host) {
    Object settings = host.newObject();
    host.set(settings, "width", autoResizeWidth);
    host.set(settings, "height", autoResizeHeight);
    host.set(settings, "element", autoResizeElement);
    return settings;
  }

  /**
   * zoid's {@code ^([a-z0-9][a-z0-9-]*)+[a-z0-9]+$}: two or more, no dash at either end. A regular
   * expression costs less than a loop here: J2CL's {@code matches} is one JavaScript RegExp test.
   */
  static boolean isTag(String tag) {
    return tag.matches("[a-z0-9][a-z0-9-]*[a-z0-9]");
  }

  private static boolean isAbsoluteHttp(String url) {
    String lower = url.toLowerCase();
    return (lower.startsWith("https://") || lower.startsWith("http://")) && lower.length() > 8;
  }

  /** The matcher at {@code key}: null when absent or when it is no matcher (a problem then). */
  private static Object matcher(FieldReader field, String key) {
    if (field.has(key) && !field.isMatcher(key)) {
      field.fail("Expected options." + key
          + " to be a domain string, a RegExp or an array of them");
      return null;
    }
    return field.raw(key);
  }

  /** {@code dimensions}, checked. */
  private static Object dimensions(Host host, FieldReader field) {
    Object dimensions = field.raw("dimensions");
    String type = host.typeOf(dimensions);
    if (dimensions == null || "function".equals(type)) {
      return dimensions;
    }
    if (!"object".equals(type)) {
      field.fail("Expected options.dimensions to be an object or a function");
      return dimensions;
    }
    checkSize(host, field, dimensions, "width");
    checkSize(host, field, dimensions, "height");
    return dimensions;
  }

  private static void checkSize(Host host, FieldReader field, Object dimensions, String key) {
    Object size = host.get(dimensions, key);
    if (!(size instanceof String) || !CssSize.isPxOrPercent((String) size)) {
      field.fail("Expected options.dimensions." + key + " to be a px or % string value, got "
          + host.text(size));
    }
  }
}

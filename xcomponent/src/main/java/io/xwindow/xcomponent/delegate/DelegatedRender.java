package io.xwindow.xcomponent.delegate;

import io.xwindow.xcomponent.constant.Context;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.props.ComponentOptions;
import io.xwindow.xcomponent.props.Host;
import io.xwindow.xcomponent.props.Outcome;
import io.xwindow.xcomponent.props.QueryString;
import io.xwindow.xcomponent.protocol.WindowName;

/**
 * What a window renders when a frame below it asks ({@code renderTo}), checked before anything is
 * made. The asking frame is on the component's own domain, but it may be any page there, so the
 * window trusts none of its strings where they could run or load something:
 *
 * <ul>
 *   <li>the URL is built here, from this window's own definition ({@code url}, with the props the
 *       request carries: those marked {@code allowDelegate} or {@code queryParam}); it must be
 *       http(s), on the origin of the definition's {@code url} or one its {@code domain} admits. A
 *       request that names another URL ({@code javascript:}, {@code data:}, another page) is
 *       refused, so that nothing is loaded for it;
 *   <li>the window name is built here too, from the request's instance id (ours, or refused) and
 *       where the asking frame sits below this window;
 *   <li>the context must be one xcomponent knows, and an iframe's container a selector string
 *       (the glue then looks it up as for a direct render: an element of the page's body).
 * </ul>
 *
 * <p>Refusals are {@code DELEGATE_REFUSED}, but for the container ({@code BAD_CONTAINER}) and the
 * context ({@code BAD_CONTEXT}), which a genuine {@code renderTo} may get wrong too.
 */
public final class DelegatedRender {
  /** {@code iframe}, {@code popup} or {@code modal}. */
  public final String context;
  /** The selector of the container; null for a popup without one. */
  public final String container;
  /** The child's URL, built from this window's definition. */
  public final String url;
  /** The child window's name: the asking frame's instance, found from this window. */
  public final String name;
  /** The props the request carries (those the asking frame may share), an object. */
  public final Object props;

  private DelegatedRender(String context, String container, String url, String name, Object props) {
    this.context = context;
    this.container = container;
    this.url = url;
    this.name = name;
    this.props = props;
  }

  /**
   * The origins this window renders for: the definition's {@code domain}, else the origin of its
   * {@code url} string; null (render for nobody) when neither is known or it is any origin.
   */
  public static Object domain(Host host, ComponentOptions options) {
    Object domain = options.domain;
    if (domain == null && options.url instanceof String) {
      domain = host.httpOrigin((String) options.url);
    }
    return "*".equals(domain) ? null : domain;
  }

  /**
   * Reads the request {@code data} of a frame at {@code path} below this window (frame indexes,
   * e.g. {@code .0.2}; null when the frame is not below it) for the component {@code options}:
   * what to render, or why not.
   */
  public static Outcome<DelegatedRender> read(Host host, ComponentOptions options, Object data,
      String path) {
    if (path == null) {
      return refused("Not from a frame below this window");
    }
    Object context = host.get(data, "context");
    if (!Context.isKnown(context)) {
      return Outcome.fail(Errors.badContext(host.text(context)));
    }
    Object container = host.get(data, "container");
    if (container == null ? Context.IFRAME.equals(context) : !(container instanceof String)) {
      return Outcome.fail(Errors.badContainer("Expected a selector"));
    }
    Object uid = host.get(data, "uid");
    String ref = Context.POPUP.equals(context) ? WindowName.OPENER : WindowName.PARENT;
    String name = uid instanceof String
        ? new WindowName(options.tag, (String) uid, ref + path).encode() : null;
    if (name == null || WindowName.parse(name) == null) {
      return refused("Not a request of " + options.tag);
    }
    Object props = host.get(data, "props");
    if (props == null) {
      props = host.newObject();
    } else if (!"object".equals(host.typeOf(props))) {
      return refused("Not a request of " + options.tag);
    }
    Outcome<String> built = QueryString.url(host, options.url, options.props, props);
    if (built.failed()) {
      return refused(built.error().message);
    }
    String url = built.value();
    String origin = host.httpOrigin(url);
    boolean ownOrigin = options.url instanceof String
        && origin.equals(host.httpOrigin((String) options.url));
    Object domain = domain(host, options);
    if (!ownOrigin && (domain == null || !host.matchDomain(domain, origin))) {
      return refused("Not on the domain of " + options.tag + ": " + origin);
    }
    Object asked = host.get(data, "url");
    if (asked != null && !url.equals(asked)) {
      return refused("Loads only its own url of " + options.tag);
    }
    return Outcome.ok(new DelegatedRender((String) context, (String) container, url, name, props));
  }

  private static Outcome<DelegatedRender> refused(String why) {
    return Outcome.fail(Errors.delegateRefused(why));
  }
}

package io.xwindow.xcomponent.zoid;

import io.xwindow.xcomponent.constant.Context;
import io.xwindow.xcomponent.props.Host;

/**
 * What a zoid 10 parent writes for its child, and how a child reads it: plain Java over JSON values
 * (through a {@link Host}), tested on the JVM against names real zoid wrote.
 *
 * <p>The window name ({@link ZoidName}) carries an envelope, {@code {sender: {domain}, metaData:
 * {windowRef}, reference}}: {@code domain} is the parent's origin as the parent declares it (a
 * child of ours never trusts it: it asks the browser, see {@code ZoidChild}); {@code windowRef}
 * says where the parent window is, {@code {type: 'parent', distance}} (its distance from the top)
 * for a frame, {@code {type: 'opener'}} for a popup; {@code reference} is {@code {type: 'raw',
 * val}}, {@code val} the payload as post-robot's JSON. (For a child on its own origin zoid writes a
 * {@code global} window reference and a {@code uid} reference into a global of its own, which
 * this dialect does not follow.)
 *
 * <p>The payload: {@code {uid, tag, version, context, childDomainMatch, props, exports,
 * enableBfcache}}; {@code version} is zoid's, with underscores, whose major the child must share;
 * {@code childDomainMatch} the origins the parent expects its child on; {@code exports} the
 * parent's functions, {@code init, close, checkClose, resize, onError, show, hide, export}. The
 * child calls {@code init({name, updateProps, close})} once it has its props.
 */
public final class ZoidPayload {
  /**
   * The zoid version our parent writes: the release whose API and wire we speak. A zoid 10 child
   * accepts any 10.x (only the major must match, since zoid 10.2.1).
   */
  public static final String VERSION = "10_6_0";
  /** {@link #parentSteps}: the parent is the opener. */
  public static final int OPENER = 0;
  /** {@link #parentSteps}: the window reference is one this dialect does not follow. */
  public static final int UNKNOWN = -1;

  private static final String MAJOR = "10";
  private static final String REFUSED = "Can not be rendered by domain: ";

  private ZoidPayload() {}

  /**
   * The envelope a parent on {@code domain} writes: where it is ({@code windowRef}) and the payload
   * as post-robot's JSON ({@code serialized}).
   */
  public static Object envelope(Host host, String domain, Object windowRef, String serialized) {
    Object sender = host.newObject();
    host.set(sender, "domain", domain);
    Object metaData = host.newObject();
    host.set(metaData, "windowRef", windowRef);
    Object reference = host.newObject();
    host.set(reference, "type", "raw");
    host.set(reference, "val", serialized);
    Object envelope = host.newObject();
    host.set(envelope, "sender", sender);
    host.set(envelope, "metaData", metaData);
    host.set(envelope, "reference", reference);
    return envelope;
  }

  /**
   * Where the parent is, for its child: the opener of a popup, else the parent of a frame, the
   * parent being {@code distance} windows below the top.
   */
  public static Object windowRef(Host host, boolean popup, int distance) {
    Object ref = host.newObject();
    host.set(ref, "type", popup ? "opener" : "parent");
    if (!popup) {
      host.set(ref, "distance", (double) distance);
    }
    return ref;
  }

  /** The payload, before post-robot writes it for the child's window. */
  public static Object payload(Host host, String uid, String tag, String context,
      Object childDomainMatch, Object props, Object exports, boolean bfcache) {
    Object payload = host.newObject();
    host.set(payload, "uid", uid);
    host.set(payload, "context", context);
    host.set(payload, "tag", tag);
    host.set(payload, "childDomainMatch", childDomainMatch);
    host.set(payload, "version", VERSION);
    host.set(payload, "props", props);
    host.set(payload, "exports", exports);
    host.set(payload, "enableBfcache", bfcache);
    return payload;
  }

  /** The payload's post-robot JSON in {@code envelope}, or null when it is not written inline. */
  public static String serialized(Host host, Object envelope) {
    Object reference = host.get(envelope, "reference");
    Object value = host.get(reference, "val");
    return "raw".equals(host.get(reference, "type")) && value instanceof String ? (String) value : null;
  }

  /**
   * How to reach the parent from a child {@code ownDistance} windows below the top: {@link
   * #OPENER}, or the number of {@code parent} steps up (1 for the frame's own parent), or {@link
   * #UNKNOWN}.
   */
  public static int parentSteps(Host host, Object envelope, int ownDistance) {
    Object ref = host.get(host.get(envelope, "metaData"), "windowRef");
    Object type = host.get(ref, "type");
    if ("opener".equals(type)) {
      return OPENER;
    }
    Object distance = host.get(ref, "distance");
    if ("parent".equals(type) && "number".equals(host.typeOf(distance))) {
      double steps = ownDistance - ((Double) distance).doubleValue();
      if (steps >= 1 && steps == Math.floor(steps)) {
        return (int) steps;
      }
    }
    return UNKNOWN;
  }

  /**
   * What keeps a child of {@code tag} from using {@code payload} (its uid, tag, zoid major version
   * and context), or null when nothing does.
   */
  public static String problem(Host host, Object payload, String tag) {
    Object version = host.get(payload, "version");
    String major = version instanceof String && ((String) version).indexOf("_") > 0
        ? ((String) version).substring(0, ((String) version).indexOf("_"))
        : null;
    if (!MAJOR.equals(major)) {
      return "The parent window has zoid version " + host.text(version) + ", this child speaks zoid "
          + MAJOR;
    }
    if (!tag.equals(host.get(payload, "tag"))) {
      return "The parent rendered " + host.text(host.get(payload, "tag")) + ", not " + tag;
    }
    if (!(host.get(payload, "uid") instanceof String)) {
      return "The parent gave no uid";
    }
    return Context.isKnown(host.get(payload, "context")) ? null
        : "Unrecognized context: " + host.text(host.get(payload, "context"));
  }

  /**
   * True when a zoid child's error ({@code message}) says its {@code allowedParentDomains} refused
   * the parent (zoid's words, and ours for {@code PARENT_DOMAIN_REJECTED}).
   */
  public static boolean refusesParent(String message) {
    return message != null && message.startsWith(REFUSED);
  }
}

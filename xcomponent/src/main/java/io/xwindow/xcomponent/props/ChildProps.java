package io.xwindow.xcomponent.props;

/**
 * The props a child gets, decided by the parent once the browser has told it the child's origin:
 * not those marked {@code sendToChild: false}; a {@code sameDomain} prop only for a child on the
 * parent's origin; a {@code trustedDomains} prop only for a child whose origin one of them
 * matches (which also overrides {@code sameDomain}); each aliased prop also under its alias.
 */
public final class ChildProps {
  private ChildProps() {}

  /**
   * A new object with the subset of the resolved {@code props} that a child on {@code
   * childOrigin} gets from a parent on {@code parentOrigin}.
   */
  public static Object visible(Host host, PropDefinitions definitions, Object props,
      String childOrigin, String parentOrigin) {
    Object visible = host.newObject();
    String[] keys = host.keys(props);
    for (int i = 0; i < keys.length; i++) {
      PropDefinition definition = definitions.get(keys[i]);
      if (definition != null && !reaches(host, definition, childOrigin, parentOrigin)) {
        continue;
      }
      Object value = host.get(props, keys[i]);
      host.set(visible, keys[i], value);
      if (definition != null && definition.alias != null
          && host.get(visible, definition.alias) == null) {
        host.set(visible, definition.alias, value);
      }
    }
    return visible;
  }

  /**
   * A new object with the subset of the resolved {@code props} that another window of the page
   * may see when it renders the child for us ({@code renderTo}): those marked {@code
   * allowDelegate}, the {@code cspNonce} its page needs for the elements it makes, and those that
   * go into the URL ({@code queryParam}: it builds the URL itself, and they were in its frame's
   * {@code src} anyway).
   */
  public static Object delegated(Host host, PropDefinitions definitions, Object props) {
    Object delegated = host.newObject();
    String[] keys = host.keys(props);
    for (int i = 0; i < keys.length; i++) {
      PropDefinition definition = definitions.get(keys[i]);
      if ("cspNonce".equals(keys[i])
          || definition != null && (definition.allowDelegate || definition.queryParam != null)) {
        host.set(delegated, keys[i], host.get(props, keys[i]));
      }
    }
    return delegated;
  }

  private static boolean reaches(Host host, PropDefinition definition, String childOrigin,
      String parentOrigin) {
    if (!definition.sendToChild) {
      return false;
    }
    if (definition.trustedDomains == null && !definition.sameDomain) {
      return true;
    }
    // as zoid: an empty trustedDomains list means "the parent's own origin only"
    boolean trusted = definition.trustedDomains != null
        && host.keys(definition.trustedDomains).length > 0
        ? host.matchDomain(definition.trustedDomains, childOrigin)
        : childOrigin.equals(parentOrigin);
    return trusted;
  }
}

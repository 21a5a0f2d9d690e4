package io.xwindow.xcomponent.props;

/**
 * One prop's definition, read once from the user's {@code props} option (or built in) and never
 * changed. Function-valued fields hold the user's JavaScript functions, called through {@link
 * Host#call} with one context object.
 */
public final class PropDefinition {
  /** The prop's name (its key in {@code props}). */
  public final String name;
  /** One of {@link PropType}. */
  public final String type;
  /** False only when the definition says {@code required: false}. */
  public final boolean required;
  /** {@code default({props, ...})}, used when no value was given; or null. */
  public final Object defaultValue;
  /** {@code value({props, ...})}, which decides the value whatever was given; or null. */
  public final Object value;
  /** {@code validate({value, props})}, which throws to reject the value; or null. */
  public final Object validate;
  /** {@code decorate({value, props, ...})}, which transforms the resolved value; or null. */
  public final Object decorate;
  /** {@code true}, a parameter name, or {@code ({value}) => name}: put in the URL; or null. */
  public final Object queryParam;
  /** {@code ({value}) => value} for the URL; or null. */
  public final Object queryValue;
  /** How an object goes into the URL, one of {@link PropSerialization}. */
  public final String serialization;
  /** Another input name that also gives this prop (and under which the child also gets it); or null. */
  public final String alias;
  /** False when the prop stays with the parent. */
  public final boolean sendToChild;
  /** True when only a child on the parent's own origin gets the prop. */
  public final boolean sameDomain;
  /** Domain matchers a child origin must match to get the prop (overrides sameDomain); or null. */
  public final Object trustedDomains;
  /** True when the prop may go along when rendering is delegated to another window. */
  public final boolean allowDelegate;

  PropDefinition(String name, String type, boolean required, Object defaultValue, Object value,
      Object validate, Object decorate, Object queryParam, Object queryValue,
      String serialization, String alias, boolean sendToChild, boolean sameDomain,
      Object trustedDomains, boolean allowDelegate) {
    this.name = name;
    this.type = type;
    this.required = required;
    this.defaultValue = defaultValue;
    this.value = value;
    this.validate = validate;
    this.decorate = decorate;
    this.queryParam = queryParam;
    this.queryValue = queryValue;
    this.serialization = serialization;
    this.alias = alias;
    this.sendToChild = sendToChild;
    this.sameDomain = sameDomain;
    this.trustedDomains = trustedDomains;
    this.allowDelegate = allowDelegate;
  }

  /** A built-in prop: optional, with no functions of its own. */
  static PropDefinition builtIn(String name, String type, boolean sendToChild,
      boolean allowDelegate) {
    return new PropDefinition(name, type, false, null, null, null, null, null, null,
        PropSerialization.DOTIFY, null, sendToChild, false, null, allowDelegate);
  }

  /** Reads the user's definition of prop {@code name}; {@code BAD_OPTIONS} naming what is wrong. */
  static Outcome<PropDefinition> read(Host host, String name, Object definition) {
    String where = "props." + name;
    FieldReader field = new FieldReader(host, definition, where + ".");
    if (!"object".equals(host.typeOf(definition))) {
      field.fail("Expected " + where + " to be an object");
      return Outcome.fail(field.error());
    }
    String type = field.string("type");
    if (type == null) {
      field.fail("Expected " + where + ".type");
    } else if (!PropType.isKnown(type)) {
      field.fail("Expected " + where + ".type to be one of string, object, function, boolean,"
          + " number, array, email; got " + type);
    }
    boolean required = field.flag("required", true);
    Object defaultValue = field.function("default");
    if (field.flag("required", false) && defaultValue != null) {
      // a required prop with a default could never be missing: the definition is confused
      field.fail("Required prop can not have a default value: " + where);
    }
    Object queryParam = field.raw("queryParam");
    String queryParamType = host.typeOf(queryParam);
    if (queryParam != null && !"boolean".equals(queryParamType)
        && !"string".equals(queryParamType) && !"function".equals(queryParamType)) {
      field.fail("Expected " + where + ".queryParam to be a boolean, a string or a function");
    }
    if (Boolean.FALSE.equals(queryParam) || "".equals(queryParam)) {
      queryParam = null;
    }
    Object queryValue = field.function("queryValue");
    if (PropType.FUNCTION.equals(type) && queryParam != null && queryValue == null) {
      field.fail("Do not pass queryParam for function prop " + name
          + " (or give a queryValue)");
    }
    String serialization = field.string("serialization");
    if (serialization != null && !PropSerialization.isKnown(serialization)) {
      field.fail("Expected " + where + ".serialization to be json, dotify or base64");
    }
    Object trustedDomains = field.raw("trustedDomains");
    if (trustedDomains != null
        && !("array".equals(host.typeOf(trustedDomains)) && field.isMatcher("trustedDomains"))) {
      field.fail("Expected " + where
          + ".trustedDomains to be an array of domain strings or RegExps");
    }
    PropDefinition read = new PropDefinition(name, type, required, defaultValue,
        field.function("value"), field.function("validate"), field.function("decorate"),
        queryParam, queryValue,
        serialization == null ? PropSerialization.DOTIFY : serialization,
        field.string("alias"), field.flag("sendToChild", true), field.flag("sameDomain", false),
        trustedDomains, field.flag("allowDelegate", false));
    return field.error() != null ? Outcome.<PropDefinition>fail(field.error()) : Outcome.ok(read);
  }
}

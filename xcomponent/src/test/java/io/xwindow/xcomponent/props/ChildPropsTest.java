package io.xwindow.xcomponent.props;

import static io.xwindow.xcomponent.props.JvmHost.array;
import static io.xwindow.xcomponent.props.JvmHost.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChildPropsTest {
  private static final String PARENT = "http://localhost:8080";
  private static final String CHILD = "http://127.0.0.1:8081";
  private final JvmHost host = new JvmHost();

  private Map<?, ?> visible(Object definitions, Object props, String childOrigin) {
    PropDefinitions defs = PropDefinitions.read(host, definitions).value();
    return (Map<?, ?>) ChildProps.visible(host, defs, props, childOrigin, PARENT);
  }

  @Test
  void theChildGetsPropsButNotParentOnlyOnes() {
    Function<Object, Object> onClose = x -> null;
    Function<Object, Object> onError = x -> null;
    assertEquals(obj("email", "a@b.test", "untyped", 1.0, "onError", onError, "cspNonce", "n0nce"),
        visible(obj("email", obj("type", "string"), "secret",
            obj("type", "string", "sendToChild", false)),
            obj("email", "a@b.test", "secret", "s", "untyped", 1.0, "onClose", onClose,
                "onError", onError, "cspNonce", "n0nce", "timeout", 10.0), CHILD));
  }

  @Test
  void doesNotPassASameDomainPropToAChildOnAnotherDomain() {
    Object defs = obj("token", obj("type", "string", "sameDomain", true));
    assertEquals(obj(), visible(defs, obj("token", "t"), CHILD));
    assertEquals(obj("token", "t"), visible(defs, obj("token", "t"), PARENT));
  }

  @Test
  void passesATrustedDomainPropToAMatchingChildWithStringAndRegex() {
    Object defs = obj("a", obj("type", "string", "trustedDomains", array(CHILD)),
        "b", obj("type", "string", "trustedDomains",
            array("http://other.test", Pattern.compile("^http://127\\.0\\.0\\.1:\\d+$"))));
    assertEquals(obj("a", "1", "b", "2"), visible(defs, obj("a", "1", "b", "2"), CHILD));
  }

  @Test
  void doesNotPassATrustedDomainPropToAChildThatDoesNotMatch() {
    Object defs = obj("a", obj("type", "string", "trustedDomains", array("http://other.test")));
    assertEquals(obj(), visible(defs, obj("a", "1"), CHILD));
    assertEquals(obj(), visible(defs, obj("a", "1"), PARENT), "not even the parent's own origin");
  }

  @Test
  void trustedDomainsOverrideSameDomain() {
    Object defs = obj("a", obj("type", "string", "sameDomain", true, "trustedDomains", array(CHILD)));
    assertEquals(obj("a", "1"), visible(defs, obj("a", "1"), CHILD));
  }

  @Test
  void anEmptyTrustedDomainsListMeansTheParentsOwnOriginAsInZoid() {
    Object defs = obj("a", obj("type", "string", "trustedDomains", array()));
    assertEquals(obj(), visible(defs, obj("a", "1"), CHILD));
    assertEquals(obj("a", "1"), visible(defs, obj("a", "1"), PARENT));
  }

  @Test
  void aliasesAPropAndHasItCopyCorrectlyBothWays() {
    Object defs = obj("foo", obj("type", "string", "alias", "bar"));
    assertEquals(obj("foo", "x", "bar", "x"), visible(defs, obj("foo", "x"), CHILD));
    assertEquals(obj("bar", "given", "foo", "x"), visible(defs, obj("bar", "given", "foo", "x"), CHILD),
        "a given alias prop is not overwritten");
  }

  @Test
  void anotherWindowRenderingForUsSeesOnlyAllowDelegateAndQueryPropsAndTheNonce() {
    PropDefinitions defs = PropDefinitions.read(host, obj(
        "theme", obj("type", "string", "allowDelegate", true),
        "lang", obj("type", "string", "queryParam", true),
        "amount", obj("type", "number"))).value();
    Function<Object, Object> onPaid = x -> null;

    // the query props: it builds the child's URL itself from them, and they were in its src anyway
    assertEquals(obj("theme", "dark", "lang", "fr", "cspNonce", "n0nce"), ChildProps.delegated(host, defs,
        obj("theme", "dark", "lang", "fr", "amount", 21.0, "onPaid", onPaid, "cspNonce", "n0nce")));
  }
}

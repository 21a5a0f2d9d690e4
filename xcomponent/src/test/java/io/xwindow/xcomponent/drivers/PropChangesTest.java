package io.xwindow.xcomponent.drivers;

import static io.xwindow.xcomponent.props.JvmHost.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.xwindow.xcomponent.props.JvmHost;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PropChangesTest {
  private final JvmHost host = new JvmHost();
  private final Function<Object, Object> proxy = argument -> argument;

  @Test
  void theSameValuesAreNoChange() {
    List<Object> items = Arrays.asList("a", "b");
    // equal strings that are not the same Java object: JavaScript's === holds for them
    assertNull(PropChanges.between(host,
        obj("email", new String("ann@example.com"), "amount", 12.0, "remember", true,
            "items", items, "onLogin", proxy),
        obj("email", "ann@example.com", "amount", 12.0, "remember", true, "items", items,
            "onLogin", proxy)));
  }

  @Test
  void onlyWhatChangedIsGiven() {
    Object changes = PropChanges.between(host,
        obj("email", "ann@example.com", "amount", 12.0, "onLogin", proxy),
        obj("email", "bob@example.com", "amount", 12.0, "onLogin", proxy));
    assertEquals(Map.of("email", "bob@example.com"), new HashMap<>((Map<?, ?>) changes));
  }

  @Test
  void aNewObjectIsAChangeEvenWithTheSameContent() {
    Object changes = PropChanges.between(host, obj("style", obj("color", "red")),
        obj("style", obj("color", "red")));
    assertEquals(List.of("style"), List.copyOf(((Map<?, ?>) changes).keySet()));
  }

  @Test
  void aPropNoLongerGivenIsGivenAsNothing() {
    Map<?, ?> changes = (Map<?, ?>) PropChanges.between(host,
        obj("email", "ann@example.com", "amount", 12.0), obj("amount", 12.0));
    assertEquals(1, changes.size());
    assertNull(changes.get("email"));
    assertEquals(List.of("email"), List.copyOf(changes.keySet()));
  }

  @Test
  void aNewPropAndAFunctionInPlaceOfAValueAreChanges() {
    Map<?, ?> changes = (Map<?, ?>) PropChanges.between(host, obj("onLogin", "none"),
        obj("onLogin", proxy, "amount", 3.0));
    assertEquals(proxy, changes.get("onLogin"));
    assertEquals(3.0, changes.get("amount"));
  }

  @Test
  void nothingBeforeMeansEverythingGivenIsAChange() {
    Map<?, ?> changes = (Map<?, ?>) PropChanges.between(host, null, obj("amount", 3.0));
    assertEquals(Map.of("amount", 3.0), new HashMap<>(changes));
  }
}

package io.xwindow.beaver.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionsTest {
  /** Each transition logged, with the page's state and page id at that moment. */
  private final List<String> logged = new ArrayList<>();
  private Transitions transitions = at(Transitions.INITIAL, 12);

  private Transitions at(String state, double origin) {
    Transitions[] self = new Transitions[1];
    int[] made = {0};
    self[0] = Transitions.of(state, origin, () -> "id" + made[0]++,
        (name, duration) -> logged.add(name + " " + duration + " " + self[0].meta() + " " + self[0].pageId()));
    return self[0];
  }

  @Test
  void aTransitionIsNamedFromAndToAndLastsFromItsStart() {
    transitions.start(100);

    transitions.end("home", 350.7);

    assertEquals(List.of("transition_init_to_home 250.0 ui_init id1"), logged);
    assertEquals("ui_home", transitions.meta());
  }

  @Test
  void itIsLoggedInTheStateItLeavesThenThePageHasANewPageId() {
    String window = transitions.windowId;
    String first = transitions.pageId();

    transitions.end("a", 20);

    assertEquals(List.of("transition_init_to_a 8.0 ui_init " + first), logged);
    assertNotEquals(first, transitions.pageId());
    assertEquals(window, transitions.windowId);
    assertNotEquals(window, transitions.pageId());
  }

  @Test
  void theFirstTransitionWithoutAStartLastsFromTheOrigin() {
    transitions.end("home", 100);

    assertEquals("transition_init_to_home 88.0 ui_init id1", logged.get(0));
  }

  @Test
  void aTransitionWithoutAStartLastsFromTheLastEnd() {
    transitions.start(0);
    transitions.end("a", 40);

    transitions.end("b", 100);

    assertEquals("transition_a_to_b 60.0 ui_a id2", logged.get(1));
    assertEquals("ui_b", transitions.meta());
  }

  @Test
  void theStateBeforeAnyTransitionIsInit() {
    assertEquals("ui_init", transitions.meta());
  }

  @Test
  void aNavigationStartsAndThePaintAfterItEndsInTheNewRoutesState() {
    transitions = at("products", 0);
    transitions.navigated(1000);

    transitions.painted(Routes.name("/products/42", String::replaceAll), 1016.4);

    assertEquals(List.of("transition_products_to_products_id 16.0 ui_products id1"), logged);
    assertEquals("ui_products_id", transitions.meta());
  }

  @Test
  void aSecondNavigationBeforeThePaintKeepsTheFirstStart() {
    transitions = at("root", 0);
    transitions.navigated(10); // a redirect: pushState then replaceState
    transitions.navigated(15);

    transitions.painted(Routes.name("/login", String::replaceAll), 30);

    assertEquals(List.of("transition_root_to_login 20.0 ui_root id1"), logged);
  }

  @Test
  void aNavigationKeepsAStartThePageMade() {
    transitions = at("root", 0);
    transitions.start(5); // the page's startTransition(), say on the click
    transitions.navigated(20);

    transitions.painted(Routes.name("/cart", String::replaceAll), 30);

    assertEquals(List.of("transition_root_to_cart 25.0 ui_root id1"), logged);
  }

  @Test
  void aPaintOnTheSameRouteEndsNothingAndForgetsTheStart() {
    transitions = at("search", 0);
    transitions.navigated(10); // replaceState of ?q=, or a link to another document that has not left yet

    transitions.painted(null, 20);

    assertEquals(List.of(), logged);
    assertEquals("ui_search", transitions.meta());
    transitions.navigated(100);
    transitions.painted(Routes.name("/cart", String::replaceAll), 105);
    assertEquals(List.of("transition_search_to_cart 5.0 ui_search id1"), logged);
  }

  @Test
  void aPaintAfterAnExplicitEndEndsNothing() {
    transitions = at("root", 0);
    transitions.navigated(10);
    transitions.end("checkout", 50);

    transitions.painted(Routes.name("/checkout", String::replaceAll), 60);

    assertEquals(List.of("transition_root_to_checkout 40.0 ui_root id1"), logged);
    assertEquals("ui_checkout", transitions.meta());
  }

  @Test
  void aPaintWithoutANavigationEndsNothing() {
    transitions = at("root", 0);

    transitions.painted(Routes.name("/elsewhere", String::replaceAll), 60);

    assertEquals(List.of(), logged);
  }
}

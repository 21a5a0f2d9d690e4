package io.xwindow.beaver.transition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoutesTest {
  @Test
  void theRouteIsThePathPlusAHashRoutersPath() {
    assertEquals("/shop/", Routes.of("/shop/", ""));
    assertEquals("/shop/", Routes.of("/shop/", "#reviews"));
    assertEquals("/shop//cart/2", Routes.of("/shop/", "#/cart/2"));
    assertEquals("/app/cart", Routes.of("/app", "#!/cart"));
  }

  @Test
  void aNameKeepsLettersAndDigitsAndJoinsSegmentsWithUnderscores() {
    assertEquals("products_reviews", Routes.name("/products/reviews/", String::replaceAll));
    assertEquals("index_html", Routes.name("/index.html", String::replaceAll));
    assertEquals("my_account_v2", Routes.name("/my-account/v2", String::replaceAll));
    assertEquals("shop_cart", Routes.name("/shop//cart", String::replaceAll));
    assertEquals("a_b", Routes.name("a/b", String::replaceAll));
  }

  @Test
  void theRootIsNamedRoot() {
    assertEquals("root", Routes.name("/", String::replaceAll));
    assertEquals("root", Routes.name("", String::replaceAll));
    assertEquals("root", Routes.name("/-/", String::replaceAll));
  }

  @Test
  void segmentsThatLookLikeIdsAreOneState() {
    assertEquals("products_id", Routes.name("/products/42", String::replaceAll));
    assertEquals("products_id_reviews", Routes.name("/products/43/reviews", String::replaceAll));
    assertEquals("orders_id", Routes.name("/orders/3f2a9c1e-7b4d-4e21-9a0b-2c5d8e7f6a13", String::replaceAll));
    assertEquals("shoes_id", Routes.name("/shoes/shoe-12345", String::replaceAll));
    assertEquals("a_id_id", Routes.name("/a/1/2", String::replaceAll));
  }

  @Test
  void shortSegmentsWithADigitAndLongOnesWithoutStay() {
    assertEquals("api_v2_step1", Routes.name("/api/v2/step1", String::replaceAll));
    assertEquals("documentation", Routes.name("/documentation", String::replaceAll));
  }
}

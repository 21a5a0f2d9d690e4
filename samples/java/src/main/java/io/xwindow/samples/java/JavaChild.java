package io.xwindow.samples.java;

import elemental2.dom.DomGlobal;
import elemental2.promise.Promise;
import io.xwindow.postrobot.PostRobot;
import io.xwindow.postrobot.error.PostRobotError;
import io.xwindow.postrobot.message.ListenOptions;
import io.xwindow.postrobot.message.SendOptions;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A child frame written in Java on post-robot's Java API: it answers its parent's requests,
 * fails one with a typed error, reads and writes a type of its own ({@link Money}), and asks
 * the parent a question of its own.
 */
@JsType
public final class JavaChild {
  private JavaChild() {}

  /** Starts listening; the parent's origin is the page's {@code data-parent-origin}. */
  public static void start() {
    String parentOrigin = DomGlobal.document.body.getAttribute("data-parent-origin");
    ListenOptions fromParent = new ListenOptions().domain(parentOrigin);

    PostRobot.on(
        "greet",
        fromParent,
        request -> "Hello " + Js.asPropertyMap(request.data).get("name") + ", from Java");

    PostRobot.on(
        "divide",
        fromParent,
        request -> {
          JsPropertyMap<Object> numbers = Js.asPropertyMap(request.data);
          double divisor = Js.asDouble(numbers.get("divisor"));
          if (divisor == 0) {
            return Promise.reject(PostRobotError.of("DIVIDE_BY_ZERO", "Can not divide by zero"));
          }
          return Js.asDouble(numbers.get("dividend")) / divisor;
        });

    // A type of our own across windows: Money goes as {"__type__":"money","__val__":cents}.
    PostRobot.serializers().add(new MoneySerializer());
    PostRobot.on(
        "price",
        fromParent,
        request -> {
          Money price = (Money) request.data;
          JsPropertyMap<Object> answer = JsPropertyMap.of();
          answer.set("text", price.toString());
          answer.set("doubled", new Money(price.cents * 2));
          return answer;
        });

    PostRobot.send(
            DomGlobal.window.parent,
            "javaChildReady",
            PostRobot.VERSION,
            new SendOptions().domain(parentOrigin).timeout(5000))
        .then(
            response -> {
              show("the parent answered: " + response.data);
              return null;
            },
            error -> {
              show("the parent failed: " + Js.<PostRobotError>cast(error).code);
              return null;
            });
  }

  private static void show(String text) {
    DomGlobal.document.getElementById("status").textContent = text;
  }
}

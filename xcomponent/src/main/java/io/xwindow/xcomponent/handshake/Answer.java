package io.xwindow.xcomponent.handshake;

import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** What the child answers an offer: accepted, with its {@code onProps}, or refused. */
public final class Answer {
  private Answer() {}

  public static JsPropertyMap<Object> accepted(Object onProps) {
    JsPropertyMap<Object> answer = JsPropertyMap.of("accepted", true);
    answer.set("onProps", onProps);
    return answer;
  }

  public static JsPropertyMap<Object> refused() {
    return JsPropertyMap.of("accepted", false);
  }

  public static boolean isAccepted(Object answer) {
    return answer != null && Js.isTruthy(Js.asPropertyMap(answer).get("accepted"));
  }

  /** The child's function that takes new props. */
  public static Object onProps(Object answer) {
    return Js.asPropertyMap(answer).get("onProps");
  }
}

package io.xwindow.xcomponent.parent;

import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.constant.EventName;
import io.xwindow.xcomponent.dom.Styles;
import io.xwindow.xcomponent.dom.View;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.error.XComponentError;
import io.xwindow.xcomponent.event.Fn;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * What may be done to an instance's window once it is open, by the parent page ({@code
 * instance.focus()}...) or by the child: the helpers it finds on its {@code xprops} (zoid's name),
 * which also let it close the instance, report an error, and export values onto the instance.
 * Nothing happens before a window is open or after the end.
 */
public final class Controls {
  private final Lifecycle lifecycle;
  private final Tell tell;
  private View view;

  public Controls(Lifecycle lifecycle, Tell tell) {
    this.lifecycle = lifecycle;
    this.tell = tell;
  }

  /** The window is open, as {@code view}. */
  void attach(View view) {
    this.view = view;
  }

  private boolean live() {
    return view != null && !lifecycle.ended();
  }

  /** Focuses the popup (or the frame). */
  public void focus() {
    if (live()) {
      view.focus();
      tell.tell(EventName.FOCUS, "onFocus", null);
    }
  }

  /** Resizes the frame to {@code {width, height}} (numbers are pixels; either may be left out). */
  public void resize(Object size) {
    if (live() && size != null) {
      JsPropertyMap<Object> dimensions = Js.asPropertyMap(size);
      view.resize(Styles.length(dimensions.get("width")), Styles.length(dimensions.get("height")));
      tell.tell(EventName.RESIZE, "onResize", size);
    }
  }

  public void show() {
    if (live()) {
      view.show();
    }
  }

  public void hide() {
    if (live()) {
      view.hide();
    }
  }

  /**
   * The helpers offered to the child: {@code close, resize, focus, show, hide, onError, export};
   * {@code export} sets on {@code instance} the values it does not have, and those {@code
   * exports} (the component's option) declares. In a {@code modal}, also {@code escape}: the user
   * pressed Escape in the child's frame, whose keys never reach this page; it ends the instance
   * as the dialog's own Escape does ({@code user_closed}), and is no {@code xprops} helper.
   */
  public JsPropertyMap<Object> forChild(Object instance, Object exports, boolean modal) {
    JsPropertyMap<Object> helpers = JsPropertyMap.of();
    helpers.set("close", (Fn) ignored -> {
      lifecycle.end(CloseReason.CHILD_CALL);
      return null;
    });
    if (modal) {
      helpers.set("escape", (Fn) ignored -> {
        lifecycle.end(CloseReason.USER_CLOSED);
        return null;
      });
    }
    helpers.set("resize", (Fn) size -> {
      resize(size);
      return null;
    });
    helpers.set("focus", (Fn) ignored -> {
      focus();
      return null;
    });
    helpers.set("show", (Fn) ignored -> {
      show();
      return null;
    });
    helpers.set("hide", (Fn) ignored -> {
      hide();
      return null;
    });
    helpers.set("onError", (Fn) error -> {
      Object message = error == null ? null : Js.asPropertyMap(error).get("message");
      XComponentError raised =
          Errors.childError(message == null ? String.valueOf(error) : String.valueOf(message));
      Object stack = error == null ? null : Js.asPropertyMap(error).get("stack");
      if (stack instanceof String) {
        raised.stack = (String) stack;
      }
      lifecycle.fail(raised, raised.code);
      return null;
    });
    helpers.set("export", (Fn) values -> {
      if (values != null) {
        JsPropertyMap<Object> exported = Js.asPropertyMap(values);
        JsPropertyMap<Object> self = Js.asPropertyMap(instance);
        exported.forEach(key -> {
          if (!self.has(key) || declares(exports, key)) {
            self.set(key, exported.get(key));
          }
        });
      }
      return null;
    });
    return helpers;
  }

  private static boolean declares(Object exports, String key) {
    return exports != null && "object".equals(Js.typeof(exports))
        && Js.asPropertyMap(exports).has(key);
  }
}

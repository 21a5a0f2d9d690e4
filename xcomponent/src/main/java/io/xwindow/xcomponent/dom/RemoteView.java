package io.xwindow.xcomponent.dom;

import elemental2.core.JsArray;
import elemental2.dom.Window;
import io.xwindow.xcomponent.event.Fn;
import io.xwindow.xcomponent.event.Callbacks;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A component whose frame or popup another window of the page made for us ({@code renderTo}):
 * the DOM work happens there, through the functions that window answered with; this window keeps
 * the props and the conversation with the child. That window watches the frame or popup, and says
 * when it is gone.
 */
public final class RemoteView implements View {
  private JsPropertyMap<Object> host;
  /** What was asked before that window answered (hide before the render completes), in order. */
  private JsArray<Fn> early = new JsArray<>();

  /** The functions of the window that made the frame: {@code rendered, resize, show, hide, focus, remove}. */
  public void connect(Object functions) {
    host = Js.asPropertyMap(functions);
    JsArray<Fn> asked = early;
    early = null;
    for (int i = 0; i < asked.length; i++) {
      asked.getAt(i).call(null);
    }
  }

  private void call(String name, Object argument) {
    if (early != null) {
      early.push(ignored -> {
        call(name, argument);
        return null;
      });
    } else if ("function".equals(Js.typeof(host.get(name)))) {
      Callbacks.call(host.get(name), argument);
    }
  }

  @Override
  public Window window() {
    return null;
  }

  @Override
  public void rename(String name) {}

  @Override
  public void load(String url) {}

  @Override
  public void rendered() {
    call("rendered", null);
  }

  @Override
  public void resize(String width, String height) {
    JsPropertyMap<Object> size = JsPropertyMap.of();
    size.set("width", width);
    size.set("height", height);
    call("resize", size);
  }

  @Override
  public void show() {
    call("show", null);
  }

  @Override
  public void hide() {
    call("hide", null);
  }

  @Override
  public void focus() {
    call("focus", null);
  }

  @Override
  public String gone() {
    return null; // the window that made it says so
  }

  @Override
  public void remove() {
    call("remove", null);
  }
}

package io.xwindow.xcomponent;

import elemental2.core.JsArray;
import elemental2.dom.Element;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.base.time.Task;
import io.xwindow.base.time.Timers;
import io.xwindow.postrobot.PostRobot;
import io.xwindow.postrobot.message.ListenOptions;
import io.xwindow.postrobot.message.Listener;
import io.xwindow.postrobot.message.Message;
import io.xwindow.postrobot.window.Windows;
import io.xwindow.base.browser.Page;
import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.delegate.DelegatedRender;
import io.xwindow.xcomponent.dom.Styles;
import io.xwindow.xcomponent.dom.View;
import io.xwindow.xcomponent.dom.Views;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.error.XComponentError;
import io.xwindow.xcomponent.event.Callbacks;
import io.xwindow.xcomponent.event.Emitter;
import io.xwindow.xcomponent.event.Fn;
import io.xwindow.xcomponent.parent.Removal;
import io.xwindow.xcomponent.props.Outcome;
import io.xwindow.xcomponent.protocol.Names;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * {@code renderTo} on the side of the window asked to render: it makes the frame or popup in its
 * own page for a frame below it on the component's own domain (the {@code domain} option, else
 * the url's origin; never any origin, as zoid 10.6), at the URL it builds from its own definition
 * ({@link DelegatedRender} decides), and hands back the functions that do the DOM work. It sees
 * only the props marked {@code allowDelegate} and those that go into the URL.
 */
final class Delegation {
  private final Component component;
  private final Timers timers;
  private final Object canRender;
  private final Object render;

  private Delegation(Component component, Object domain, Timers timers) {
    this.component = component;
    this.timers = timers;
    ListenOptions from = new ListenOptions().domain(domain);
    // listen, not on: nothing else in xcomponent.js needs a Java exception
    canRender = PostRobot.listen(Names.allowDelegate(component.tag()), from, request -> true);
    render = PostRobot.listen(Names.delegate(component.tag()), from, this::host);
  }

  /**
   * Listens for {@code component}'s render requests from frames on {@code domain} ({@link
   * DelegatedRender#domain}); null (nothing listens) when there is none.
   */
  static Delegation listen(Component component, Object domain, Timers timers) {
    return domain == null ? null : new Delegation(component, domain, timers);
  }

  /** Stops listening (the tag was defined again, or destroyed). */
  void cancel() {
    cancel(canRender);
    cancel(render);
  }

  private static void cancel(Object listener) {
    if (listener instanceof Listener) {
      ((Listener) listener).cancel();
    }
  }

  /**
   * The frame indexes from {@code target} down to {@code from}, e.g. {@code .0.2}; empty for
   * {@code target} itself; null when {@code target} is not above {@code from}.
   */
  static String pathTo(Window from, Window target) {
    Window window = from;
    String path = "";
    while (window != target) {
      Window parent = window.parent;
      if (parent == null || parent == window) {
        return null;
      }
      int index = -1;
      for (int i = 0; i < parent.length; i++) {
        if (Js.asArrayLike(parent).getAt(i) == window) {
          index = i;
        }
      }
      if (index < 0) {
        return null;
      }
      path = "." + index + path;
      window = parent;
    }
    return path;
  }

  /**
   * Renders for the frame that asked, if {@link DelegatedRender} takes its request: the URL and
   * the window name are this window's own, the container one of its page's body (as for a direct
   * render). Nothing is made for a refused request.
   */
  private Object host(Message request) {
    Outcome<DelegatedRender> checked =
        component.delegated(request.data, pathTo(request.source, Page.window()));
    if (checked.failed()) {
      return Promise.reject(checked.error());
    }
    DelegatedRender render = checked.value();
    Element target = null;
    if (render.container != null) {
      target = Views.find(render.container);
      if (target == null) {
        return Promise.reject(Errors.badContainer("Can not find element: " + render.container));
      }
    }
    JsPropertyMap<Object> data = Js.asPropertyMap(request.data);
    String context = render.context;
    JsPropertyMap<Object> props = Js.asPropertyMap(render.props);
    JsPropertyMap<Object> options = JsPropertyMap.of();
    Emitter event = new Emitter();
    options.set("props", props);
    options.set("uid", data.get("uid"));
    options.set("tag", component.tag());
    options.set("context", context);
    options.set("event", event);
    options.set("state", JsPropertyMap.of());
    Object gone = data.get("gone");
    // the templates' close and focus are the instance's, in the frame that asked
    options.set("close", relay(gone, CloseReason.PARENT_CALL));
    options.set("focus", relay(data.get("focus"), null));
    Object opened = component.open(context, target, render.name, options, props, null, event);
    if (opened instanceof XComponentError) {
      return Promise.reject(opened);
    }
    View view = (View) opened;
    view.load(render.url);
    Window asker = request.source;
    // a JsArray holds the timer for the lambdas: a Java array would carry J2CL's array metadata
    JsArray<Double> watch = new JsArray<>();
    Removal removal = new Removal(timers); // a frame moved in this page lives on, as in Watch
    Fn remove = ignored -> {
      timers.cancel(watch.getAt(0));
      removal.stop();
      view.remove();
      return null;
    };
    // a lambda that finds itself in a JsArray: an anonymous class for a @JsFunction brings J2CL's
    // function-object adapter along
    JsArray<Task> look = new JsArray<>();
    look.push(() -> {
      if (Windows.isClosed(asker)) { // the frame that asked is gone: so is what it rendered
        remove.call(null);
        return;
      }
      String reason = removal.judge(view.gone(), look.getAt(0));
      if (reason != null) {
        timers.cancel(watch.getAt(0));
        relay(gone, reason).call(null);
      }
    });
    watch.push(timers.every(250, look.getAt(0)));
    JsPropertyMap<Object> functions = JsPropertyMap.of();
    functions.set("rendered", (Fn) ignored -> {
      view.rendered();
      return null;
    });
    functions.set("resize", (Fn) size -> {
      JsPropertyMap<Object> dimensions = Js.asPropertyMap(size);
      view.resize(Styles.length(dimensions.get("width")), Styles.length(dimensions.get("height")));
      return null;
    });
    functions.set("show", (Fn) ignored -> {
      view.show();
      return null;
    });
    functions.set("hide", (Fn) ignored -> {
      view.hide();
      return null;
    });
    functions.set("focus", (Fn) ignored -> {
      view.focus();
      return null;
    });
    functions.set("remove", remove);
    return functions;
  }

  /** Calls {@code function} (of the frame that asked) with {@code argument}, if it is one. */
  private static Fn relay(Object function, Object argument) {
    return ignored -> {
      if ("function".equals(Js.typeof(function))) {
        Callbacks.call(function, argument);
      }
      return null;
    };
  }
}

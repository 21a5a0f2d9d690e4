package io.xwindow.postrobot.browser;

import elemental2.promise.Promise;
import io.xwindow.postrobot.ErrorHandler;

/**
 * Runs code that may throw on input from another window, so that nothing it throws reaches the
 * page. It runs at once, inside a promise executor, which turns a throw into a rejection that
 * goes to {@code onError} (or nowhere).
 * Not {@code try}/{@code catch}: see the bundle rules in {@link io.xwindow.postrobot}.
 */
public final class Guard {
  private Guard() {}

  /** Runs {@code action} now; if it throws, {@code onError} (may be null) gets the error. */
  public static void run(Action action, ErrorHandler onError) {
    new Promise<Object>(
            (resolve, reject) -> {
              action.run();
              resolve.onInvoke((Object) null);
            })
        .then(
            null,
            error -> {
              if (onError != null) {
                onError.onError(error);
              }
              return null;
            });
  }
}

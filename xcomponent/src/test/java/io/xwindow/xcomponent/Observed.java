package io.xwindow.xcomponent;

/**
 * A parent page script that makes an instance whose life is written down: {@code
 * observed(props)} makes {@code window.instance = C(props)} with {@code onClose}, {@code
 * onDestroy} and {@code onError} props and listeners on its {@code rendered}, {@code close},
 * {@code error} and {@code destroy} events, each pushing one entry to the page's {@code log}
 * (see {@link Pages#HELPERS}).
 */
final class Observed {
  static final String SCRIPT =
      "window.observed=function(props){props=props||{};"
          + "props.onClose=function(e){log.push('onClose:'+e.reason);};"
          + "props.onDestroy=function(){log.push('onDestroy');};"
          + "props.onError=function(e){log.push('onError:'+(e&&e.code));};"
          + "var i=window.instance=C(props),E=xcomponent.EVENT;"
          + "i.event.on(E.RENDERED,function(){log.push('rendered');});"
          + "i.event.on(E.CLOSE,function(e){log.push('close:'+e.reason);});"
          + "i.event.on(E.ERROR,function(e){log.push('error:'+(e&&e.code));});"
          + "i.event.on(E.DESTROY,function(){log.push('destroy');});"
          + "return i;};";

  private Observed() {}

  /** The log of an instance that ended with {@code reason}, nothing reported as an error. */
  static String ended(String reason) {
    return "close:" + reason + ",onClose:" + reason + ",destroy,onDestroy";
  }

  /** The log of an instance that rendered, then ended with {@code reason}. */
  static String renderedThenEnded(String reason) {
    return "rendered," + ended(reason);
  }

  /** The log of an instance whose render failed with {@code code}. */
  static String failed(String code) {
    return "error:" + code + ",onError:" + code + "," + ended("error");
  }

  /**
   * The log of an instance whose props were refused before any window opened: as zoid, {@code
   * onError} is not called (render's rejection says it); the error event still fires.
   */
  static String refusedProps(String code) {
    return "error:" + code + "," + ended("error");
  }
}

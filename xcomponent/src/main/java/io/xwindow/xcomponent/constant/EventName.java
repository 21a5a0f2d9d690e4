package io.xwindow.xcomponent.constant;

/**
 * The names of an instance's events, zoid's {@code EVENT} values, so that code written for zoid
 * listens to the same strings.
 */
public final class EventName {
  public static final String RENDER = "zoid-render";
  public static final String PRERENDER = "zoid-prerender";
  public static final String PRERENDERED = "zoid-prerendered";
  public static final String DISPLAY = "zoid-display";
  public static final String RENDERED = "zoid-rendered";
  public static final String RESIZE = "zoid-resize";
  public static final String FOCUS = "zoid-focus";
  public static final String PROPS = "zoid-props";
  public static final String ERROR = "zoid-error";
  public static final String CLOSE = "zoid-close";
  public static final String DESTROY = "zoid-destroy";
  public static final String BFCACHE_CACHE = "zoid-bfcache-cache";
  public static final String BFCACHE_RESTORE = "zoid-bfcache-restore";

  private EventName() {}
}

package io.xwindow.postrobot.serialize;

import io.xwindow.postrobot.browser.Table;
import jsinterop.annotations.JsFunction;

/**
 * Which proxy a window id names, apart from the browser (tested on the JVM); {@link
 * ProxyWindows} keeps its proxies here.
 *
 * <p>An id we made (for a real window we sent) names our proxy of that window, whoever sends it
 * back to us. Any other id names a proxy only for the window that sent it: a window that learned
 * or guessed the id a partner gives one of its windows cannot, by sending us a handle with that
 * id first, make its handle stand in for the partner's window here (post-robot kept one table of
 * ids for every sender).
 *
 * @param <W> a window
 * @param <P> a proxy
 */
final class WindowIds<W, P> {
  /** Makes an empty table of proxies by id, for one sender. */
  @JsFunction
  interface NewTable<P> {
    Table<String, P> create();
  }

  private final Table<String, P> ours;
  private final Table<W, Table<String, P>> bySender;
  private final NewTable<P> tables;

  /**
   * Our proxies in {@code ours}, the others in {@code bySender}, one table from {@code tables}
   * for each window that sent some.
   */
  WindowIds(Table<String, P> ours, Table<W, Table<String, P>> bySender, NewTable<P> tables) {
    this.ours = ours;
    this.bySender = bySender;
    this.tables = tables;
  }

  /** The proxy that {@code id}, sent by {@code sender}, names here, or null. */
  P find(W sender, String id) {
    P ourProxy = ours.get(id);
    if (ourProxy != null) {
      return ourProxy;
    }
    Table<String, P> theirs = bySender.get(sender);
    return theirs == null ? null : theirs.get(id);
  }

  /** {@code proxy}, which stands for a window of ours, has the id {@code id}, which we made. */
  void addOurs(String id, P proxy) {
    ours.set(id, proxy);
  }

  /** {@code proxy} is what {@code id}, sent by {@code sender}, names from now on. */
  void addTheirs(W sender, String id, P proxy) {
    Table<String, P> theirs = bySender.get(sender);
    if (theirs == null) {
      theirs = tables.create();
      bySender.set(sender, theirs);
    }
    theirs.set(id, proxy);
  }

  /** Visits our proxies, which the visitor may forget ({@link #forgetOurs}). */
  void forEachOurs(Table.Visitor<String, P> visitor) {
    ours.forEach(visitor);
  }

  void forgetOurs(String id) {
    ours.delete(id);
  }
}

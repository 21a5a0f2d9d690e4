package io.xwindow.postrobot.receive;

import io.xwindow.postrobot.browser.Dictionary;
import jsinterop.base.JsPropertyMap;

/** A set of message ids as a JavaScript object with no prototype, for {@link SeenIds}. */
final class DictionaryIdSet implements SeenIds.IdSet {
  private final JsPropertyMap<Boolean> ids = Dictionary.create();

  @Override
  public boolean has(String id) {
    return ids.has(id);
  }

  @Override
  public void add(String id) {
    ids.set(id, true);
  }
}

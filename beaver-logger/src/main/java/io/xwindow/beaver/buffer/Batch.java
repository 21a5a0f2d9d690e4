package io.xwindow.beaver.buffer;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * One request's body and how many entryCount it holds. A plain JavaScript object in the browser (a
 * class of ours would bring J2CL's {@code Object} into the bundle): made only by {@link
 * Buffer#next}, never changed.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class Batch {
  /** The JSON body. */
  public String wire;
  /** How many entryCount it holds. */
  public int entryCount;

  @JsOverlay
  static Batch of(String wire, int entryCount) {
    Batch batch = new Batch();
    batch.wire = wire;
    batch.entryCount = entryCount;
    return batch;
  }
}

package io.xwindow.beaver.server.dedup;

/** The batch ids seen within a window. */
public interface BatchIds {
  /** Remembers nothing: every batch is new. */
  BatchIds NONE =
      new BatchIds() {
        @Override
        public boolean claim(String id) {
          return true;
        }

        @Override
        public void release(String id) {}
      };

  /** Records {@code id}; true if it was not seen before within the window (this batch is new). */
  boolean claim(String id);

  /** Forgets {@code id}, for a batch that was claimed but could not be logged. */
  void release(String id);
}

package io.xwindow.beaver.server.sink;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * The lines waiting to be written, bounded in lines and in bytes, written in order by one thread
 * of their own. A batch's lines are taken all or none: {@link #offer} waits a while for room when
 * they would pass either bound (so a burst is slowed down to the log's pace rather than refused),
 * then refuses them; a batch is always taken when nothing at all is waiting (so a batch larger than
 * the bounds is not refused forever). What waits is therefore at most the bounds plus one batch,
 * and a log that stops holds a request thread for the wait at most. Bytes are counted as
 * characters of text: one byte each for ASCII.
 *
 * @param <L> a line: its text and where it goes
 */
final class LineQueue<L> implements AutoCloseable {
  private final int maxLines;
  private final long maxBytes;
  private final Consumer<L> write;
  private final ToIntFunction<L> size;
  private final ArrayDeque<List<L>> waiting = new ArrayDeque<>();
  private final Thread writer;
  private int lines;
  private long bytes;
  private boolean closed;

  /**
   * A queue of at most {@code maxLines} lines and {@code maxBytes} bytes, whose lines {@code write}
   * writes on a thread named {@code threadName}; {@code size} is a line's size in bytes.
   */
  LineQueue(int maxLines, long maxBytes, ToIntFunction<L> size, Consumer<L> write, String threadName) {
    if (maxLines < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("the bounds must be positive: " + maxLines + " lines, " + maxBytes + " bytes");
    }
    this.maxLines = maxLines;
    this.maxBytes = maxBytes;
    this.size = size;
    this.write = write;
    this.writer = new Thread(this::run, threadName);
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Queues {@code batch}, all of it, and true; or, when it would pass a bound and no room is made
   * within {@code waitMillis}, nothing, and false.
   */
  boolean offer(List<L> batch, long waitMillis) throws InterruptedException {
    long batchBytes = 0;
    for (L line : batch) {
      batchBytes += size.applyAsInt(line);
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    synchronized (this) {
      while (!closed && lines > 0 && (lines + batch.size() > maxLines || bytes + batchBytes > maxBytes)) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        wait(left);
      }
      if (closed) {
        return false;
      }
      waiting.addLast(batch);
      lines += batch.size();
      bytes += batchBytes;
      notifyAll();
      return true;
    }
  }

  /** Lines waiting or being written. */
  synchronized int lines() {
    return lines;
  }

  /** Bytes waiting or being written. */
  synchronized long bytes() {
    return bytes;
  }

  private void run() {
    while (true) {
      List<L> batch;
      synchronized (this) {
        while (waiting.isEmpty() && !closed) {
          try {
            wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        batch = waiting.peekFirst();
        if (batch == null) {
          return; // closed and drained
        }
      }
      long batchBytes = 0;
      for (L line : batch) {
        try {
          write.accept(line);
        } catch (RuntimeException e) {
          // an appender that throws loses its line, not the writer
        }
        batchBytes += size.applyAsInt(line);
      }
      synchronized (this) {
        waiting.pollFirst();
        lines -= batch.size();
        bytes -= batchBytes;
        notifyAll(); // room for batches waiting in offer
      }
    }
  }

  /** Writes what waits (for up to ten seconds), then stops the writer; later offers are refused. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      writer.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

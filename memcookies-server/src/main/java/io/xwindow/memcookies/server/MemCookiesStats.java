package io.xwindow.memcookies.server;

import io.xwindow.memcookies.server.error.ErrorCode;
import io.xwindow.memcookies.server.error.MemCookiesError;

import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How many headers and values a {@link MemCookiesHandler} rejected, by {@link ErrorCode}. The
 * first rejection of each code is logged once, with its detail only (never a value or a key); the
 * rest are only counted, so a client sending garbage cannot flood the log.
 */
public final class MemCookiesStats {
  private static final System.Logger LOG = System.getLogger(MemCookiesHandler.class.getName());
  private final AtomicLongArray counts = new AtomicLongArray(ErrorCode.values().length);

  /** Counts {@code error}, and logs it if it is the first of its code. */
  void record(MemCookiesError error) {
    if (counts.getAndIncrement(error.code().ordinal()) == 0) {
      LOG.log(Level.WARNING, "memcookies rejected a client value ({0}); later ones are only counted",
          error);
    }
  }

  /** How many rejections of {@code code} so far. */
  public long count(ErrorCode code) {
    return counts.get(code.ordinal());
  }

  /** Every code with its count. */
  public Map<ErrorCode, Long> counts() {
    Map<ErrorCode, Long> all = new EnumMap<>(ErrorCode.class);
    for (ErrorCode code : ErrorCode.values()) {
      all.put(code, count(code));
    }
    return all;
  }
}

package io.xwindow.beaver.server.admit;

import io.xwindow.beaver.server.dedup.BatchIds;
import io.xwindow.beaver.server.limit.ClientLimiter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fleet's one failure policy, for the rate limit and the batch ids alike: ask the shared store
 * (Redis) and give it at most {@code timeout}; when it fails or is late, or while the {@link
 * CircuitBreaker} is open after such failures, decide in this instance alone (its own rate limiter
 * and batch-id window). So a request never waits on Redis longer than {@code timeout} and is
 * never refused because Redis is down; the breaker lets a probe through now and then and returns
 * to Redis by itself once it answers.
 *
 * <p>This instance also remembers every batch id it took, Redis or not: a batch retried to it
 * after Redis lost its keys (a restart) or during an outage is still recognised.
 */
public final class FleetAdmitter implements Admitter {
  private static final Logger LOG = LoggerFactory.getLogger(FleetAdmitter.class);

  private final SharedAdmissions shared;
  private final boolean rateLimited;
  private final LocalAdmitter local;
  private final BatchIds localIds;
  private final CircuitBreaker breaker;
  private final long timeoutNanos;
  private final Runnable decidedLocally;
  private volatile boolean lastInRedis;

  /**
   * Asks {@code shared} (which limits rates when {@code rateLimited}); falls back to {@code
   * localLimiter} and {@code localIds}; counts each request decided here instead of in Redis with
   * {@code decidedLocally}.
   */
  public FleetAdmitter(
      SharedAdmissions shared,
      boolean rateLimited,
      ClientLimiter localLimiter,
      BatchIds localIds,
      CircuitBreaker breaker,
      Duration timeout,
      Runnable decidedLocally) {
    this.shared = shared;
    this.rateLimited = rateLimited;
    this.local = new LocalAdmitter(localLimiter, localIds);
    this.localIds = localIds;
    this.breaker = breaker;
    this.timeoutNanos = timeout.toNanos();
    this.decidedLocally = decidedLocally;
  }

  @Override
  public CompletableFuture<Admission> admit(String client, long bytes, String batchId) {
    if (!rateLimited && batchId == null) {
      return CompletableFuture.completedFuture(Admission.TAKEN); // nothing to decide
    }
    if (!breaker.allowsRequest()) {
      return CompletableFuture.completedFuture(alone(client, bytes, batchId));
    }
    // orTimeout completes the request's own future: the shared store then drops it if not yet sent
    return shared.admit(client, bytes, batchId)
        .orTimeout(timeoutNanos, TimeUnit.NANOSECONDS)
        .handle((decided, error) -> {
          if (error != null) {
            if (breaker.failed()) {
              LOG.warn("Redis failed ({}): each instance decides rate limits and batch ids alone until it answers again",
                  reason(error));
            }
            return alone(client, bytes, batchId);
          }
          if (breaker.succeeded()) {
            LOG.info("Redis answers again: rate limits and batch ids are shared by the fleet again");
          }
          lastInRedis = true;
          return rememberedHere(decided, client, batchId);
        });
  }

  private Admission alone(String client, long bytes, String batchId) {
    lastInRedis = false;
    decidedLocally.run();
    return local.decide(client, bytes, batchId);
  }

  /** Redis's decision, also recorded here; a batch this instance took before is a duplicate whatever Redis says. */
  private Admission rememberedHere(Admission decided, String client, String batchId) {
    if (decided.limited() || batchId == null) {
      return decided;
    }
    boolean newHere = localIds.claim(client, batchId);
    return newHere || decided.duplicate() ? decided : Admission.DUPLICATE;
  }

  @Override
  public void release(String client, String batchId) {
    localIds.release(client, batchId);
    shared.release(client, batchId);
  }

  /** Whether the last request that needed a decision was decided in Redis. */
  public boolean shared() {
    return lastInRedis;
  }

  private String reason(Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof TimeoutException) {
      return "no answer in " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms";
    }
    return cause.toString();
  }
}

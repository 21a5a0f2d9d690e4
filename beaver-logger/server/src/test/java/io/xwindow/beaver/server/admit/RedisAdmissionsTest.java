package io.xwindow.beaver.server.admit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import io.xwindow.testkit.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Batch ids claimed in a real redis-server under a burst of requests from several threads. */
@Tag(Lane.REDIS)
class RedisAdmissionsTest {
  @Test
  void aBurstFromSeveralThreadsTakesEachIdOnceAndFindsEachRepeat() throws Exception {
    try (RedisServer redis = new RedisServer();
        RedisAdmissions admissions = new RedisAdmissions(RedisAdmissions.uri(redis.uri()), null,
            Duration.ofMinutes(1), "test:", Duration.ofSeconds(5), Duration.ofSeconds(5))) {
      List<CompletableFuture<Admission>> first = new ArrayList<>();
      List<CompletableFuture<Admission>> again = new ArrayList<>();
      List<Thread> callers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        Thread caller = new Thread(() -> {
          for (int i = 0; i < 500; i++) {
            String id = thread + "-" + i;
            synchronized (first) {
              first.add(admissions.admit("client", 100, id));
              again.add(admissions.admit("client", 100, id));
            }
          }
        });
        callers.add(caller);
        caller.start();
      }
      for (Thread caller : callers) {
        caller.join();
      }
      CompletableFuture.allOf(first.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      CompletableFuture.allOf(again.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

      assertEquals(2000, first.size());
      assertTrue(first.stream().allMatch(f -> f.join() == Admission.TAKEN), "each new id is taken");
      assertTrue(again.stream().allMatch(f -> f.join() == Admission.DUPLICATE), "each id sent again is a duplicate");
    }
  }
}

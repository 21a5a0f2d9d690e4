package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogEndpointBenchTest {
  private static final String REPORT =
      "Running 15s test @ http://127.0.0.1:1234/api/log\n"
          + "  1 threads and 50 connections\n"
          + "  Latency Distribution\n"
          + "     50%    2.10ms\n"
          + "     75%    3.00ms\n"
          + "     90%    4.00ms\n"
          + "     99%   12.34ms\n"
          + "  150000 requests in 15.00s, 20.00MB read\n"
          + "  Non-2xx or 3xx responses: 3\n"
          + "Requests/sec:  10000.50\n"
          + "Transfer/sec:      1.33MB\n";

  @Test
  void readsRateLatencyAndRefusalsFromWrksReport() {
    LogEndpointBench.Figures figures = LogEndpointBench.parse("x", REPORT);

    assertEquals(10000.50, figures.requestsPerSecond());
    assertEquals(500_025, figures.eventsPerSecond());
    assertEquals("2.10ms", figures.p50());
    assertEquals("12.34ms", figures.p99());
    assertEquals(3, figures.non2xx());
  }

  @Test
  void theLoadIsOneBatchOfFiftyEvents() {
    String lua = LogEndpointBench.luaScript();
    assertEquals(50, lua.split("\"event\":").length - 1);
    assertTrue(lua.contains("wrk.method = \"POST\""));
  }

  @Test
  void theFleetLoadIsTheSameBatchWithANewBatchIdInEachRequest() {
    String lua = LogEndpointBench.luaScriptWithBatchIds();
    String head = lua.substring(lua.indexOf("local head = [==[") + 17, lua.indexOf("]==]\nlocal tail"));
    String tail = lua.substring(lua.indexOf("local tail = [==[") + 17, lua.lastIndexOf("]==]"));
    String withId = head + "some-id" + tail;

    assertEquals(LogEndpointBench.batchBody().replace("\"meta\":{}", "\"meta\":{\"batchId\":\"some-id\"}"), withId);
    assertTrue(lua.contains("request = function()"));
    assertTrue(lua.contains("n = n + 1"));
  }

  @Test
  void theFleetGoalIsFourFifthsOfTheInMemoryRate() {
    String section = LogEndpointBench.fleetSection(List.of(
        new LogEndpointBench.Figures("memory", 1000, "1ms", "2ms", 0),
        new LogEndpointBench.Figures("redis", 850, "1ms", "3ms", 0)), "redis-server 7.0.15");

    assertTrue(section.contains("**0.850×, met**"), section);
    assertTrue(section.contains("redis-server 7.0.15"), section);
  }
}

package io.xwindow.beaver.server;

import io.xwindow.serverkit.Timeouts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainOptionsTest {
  @Test
  void aPortAloneRunsWithTheDefaults() throws Exception {
    MainOptions options = MainOptions.parse(new String[] {"8080"});

    assertEquals(8080, options.port);
    assertEquals(Timeouts.DEFAULT, options.timeouts);
    assertFalse(options.allowGet);
  }

  @Test
  void everyOptionIsRead() throws Exception {
    MainOptions options = MainOptions.parse(new String[] {"0", "--allow-origin", "https://Shop.example", "--public-origin",
        "https://logs.example", "--allow-get", "--rate-per-minute", "100", "--redis", "redis://127.0.0.1:6379",
        "--otlp", "http://127.0.0.1:4318", "--body-timeout", "5s", "--request-parse-timeout", "2s",
        "--no-request-timeout", "1m", "--idle-timeout", "90s", "--read-timeout", "500ms", "--write-timeout", "3s"});

    assertEquals(List.of("https://shop.example"), options.allowOrigins);
    assertEquals(List.of("https://logs.example"), options.publicOrigins);
    assertTrue(options.allowGet);
    assertEquals(100, options.ratePerMinute);
    assertEquals("redis://127.0.0.1:6379", options.redis);
    assertEquals("http://127.0.0.1:4318", options.otlp);
    assertEquals(Duration.ofSeconds(5), options.bodyTimeout);
    assertEquals(new Timeouts(Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofSeconds(90),
        Duration.ofMillis(500), Duration.ofSeconds(3)), options.timeouts);
  }

  @Test
  void mistakesAreOneLineEach() {
    String[][] bad = {
        {}, {"http"}, {"70000"}, {"-1"}, {"8080", "--nope"}, {"8080", "--redis"}, {"8080", "--rate-per-minute", "x"},
        {"8080", "--rate-per-minute", "0"}, {"8080", "--read-timeout", "10"}, {"8080", "--read-timeout", "0s"},
        {"8080", "--body-timeout", "999999999m"}, {"8080", "--allow-origin", "null"}, {"8080", "--allow-origin", "*"},
        {"8080", "--public-origin", "https://logs.example/path"}, {"8080", "--no-rate-limit", "--rate-per-minute", "5"},
    };
    for (String[] args : bad) {
      MainOptions.BadOptions e = assertThrows(MainOptions.BadOptions.class, () -> MainOptions.parse(args), String.join(" ", args));
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
  }
}

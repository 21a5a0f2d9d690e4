package io.xwindow.bench;

import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.xwindow.memcookies.server.JarCodec;
import io.xwindow.memcookies.server.MemCookiesStats;
import io.xwindow.memcookies.server.OpenedJar;
import io.xwindow.memcookies.server.seal.Keyring;
import io.xwindow.memcookies.server.wire.JarHeader;
import io.xwindow.memcookies.server.wire.Limits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The memcookies middleware's own work for one request with 10 cookies in and 2 set, as {@code
 * MemCookiesHandler} does it: parse the {@code x-cookies} header, open the 10 cookies, sealed
 * together in one value (AES-256-GCM through Tink, expiry, path), render the {@code Cookie} header,
 * seal the 2 cookies the response sets (one value) and write the response header. Undertow's own
 * request handling is not in it (the wrk run measures the whole). Run without and with the cache
 * of opened values.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MemCookiesCost {
  static final String HOST = "shop.example";
  private JarCodec codec;
  private String header;
  private List<Cookie> set;
  private Instant now;

  /**
   * 0: every value is decrypted (a client seen for the first time, the worst case); the default
   * size: the jar was opened before (a session's next request, the common case).
   */
  @Param({"0", "10000"})
  public int cacheSize;

  @Setup
  public void setUp() {
    codec = new JarCodec(Keyring.generate(), Limits.DEFAULT, Duration.ofMinutes(20), cacheSize, new MemCookiesStats());
    now = Instant.now();
    List<Cookie> in = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      in.add(new CookieImpl("cookie" + i, "value-of-cookie-" + i + "-0123456789abcdef").setPath("/"));
    }
    header = JarHeader.write(codec.seal(in, HOST, "/", now));
    set = List.of(new CookieImpl("sid", "Yk3kQ8sX2v9Lq0pWc7nE1A").setPath("/").setHttpOnly(true),
        new CookieImpl("csrf", "Hn4Zp1Qe8Rt6Uy2Io9Pa3S").setPath("/").setMaxAge(600));
  }

  /**
   * The request half alone: parse the header, open the 10 values (or take the jar from the cache)
   * and render the {@code Cookie} header.
   */
  @Benchmark
  public String openTen() {
    OpenedJar jar = codec.open(header, HOST, "/account", false, now);
    if (jar.cookies().size() != 10) {
      throw new IllegalStateException("opened " + jar.cookies().size() + " of 10");
    }
    return jar.cookieHeader();
  }

  /** The response half alone: seal the 2 cookies set (Tink, AES-256-GCM) and write the answer. */
  @Benchmark
  public String sealTwo() {
    return JarHeader.writeSealed(codec.seal(set, HOST, "/account", now));
  }

  /** One request's work; returns what it made so that nothing is optimised away. */
  @Benchmark
  public String tenInTwoSet() {
    OpenedJar jar = codec.open(header, HOST, "/account", false, now);
    if (jar.cookies().size() != 10) {
      throw new IllegalStateException("opened " + jar.cookies().size() + " of 10");
    }
    Map<String, String> changes = codec.seal(set, HOST, "/account", now);
    return jar.cookieHeader() + JarHeader.writeSealed(changes);
  }
}

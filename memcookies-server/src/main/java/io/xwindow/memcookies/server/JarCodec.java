package io.xwindow.memcookies.server;

import io.xwindow.memcookies.server.error.ErrorCode;
import io.xwindow.memcookies.server.error.MemCookiesError;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.undertow.server.handlers.Cookie;
import io.xwindow.memcookies.server.seal.CookieValue;
import io.xwindow.memcookies.server.seal.Keyring;
import io.xwindow.memcookies.server.seal.Sealer;
import io.xwindow.memcookies.server.wire.JarHeader;
import io.xwindow.memcookies.server.wire.Limits;
import io.xwindow.serverkit.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the jar, with no HTTP in sight: which sealed values a request may use, and what a
 * response's cookies become (a sealed value, or a {@code null} tombstone). Expiry is enforced on
 * the way in, capped at a ceiling from now; {@code Secure} and {@code Path} are honoured. Never
 * throws on a client's input: each rejection is recorded in the {@link MemCookiesStats}.
 */
public final class JarCodec {
  /** The longest a sealed value may live, and the default ceiling. */
  public static final Duration MAX_CEILING = Duration.ofMinutes(20);
  private static final int MAX_PATH_CHARS = 1024;


  /** How many opened values are remembered by default. */
  public static final int DEFAULT_CACHE_SIZE = 10_000;

  /** A sealed value once opened, for the host it was opened for: the cookies it holds. */
  private record Opened(String host, Map<String, CookieValue> cookies) {}

  /**
   * A whole header once opened for the host it was opened for: each name's value or why not, and
   * how many sealed values carried them. Remembered when every value is authentic, with the last
   * request it was judged for, when every value was usable then.
   */
  private static final class OpenedHeader {
    final String host;
    final Map<String, Outcome<CookieValue, MemCookiesError>> values;
    /** How many different sealed values the header held. */
    final int sealedValues;
    /** Until when, at the earliest, every authentic value stays unexpired: the first of their expiries. */
    final long firstExpiry;
    volatile Judged judged;

    OpenedHeader(String host, Map<String, Outcome<CookieValue, MemCookiesError>> values, int sealedValues) {
      this.host = host;
      this.values = values;
      this.sealedValues = sealedValues;
      long first = Long.MAX_VALUE;
      for (Outcome<CookieValue, MemCookiesError> value : values.values()) {
        if (value.isOk()) {
          first = Math.min(first, value.value().expiresAt());
        }
      }
      this.firstExpiry = first;
    }
  }

  /**
   * A header's every value judged usable for a request to {@code path} over HTTPS or not, at
   * {@code from} (epoch seconds). The same answer holds until {@code until}, the first expiry: a
   * value within the ceiling at {@code from} stays within it later, and Secure and Path depend on
   * the request alone.
   */
  private record Judged(String path, boolean https, long from, long until, Opening opening) {
    boolean holdsFor(String path, boolean https, long nowSeconds) {
      return this.https == https && nowSeconds >= from && nowSeconds < until && this.path.equals(path);
    }
  }

  /**
   * A whole header as a cache key, hashed on its length and last 32 characters: {@link
   * String#hashCode} would read all of it (about 900 characters for 10 cookies) on every request,
   * since Undertow makes a new String of each header. The tail of a remembered header is the last
   * value's GCM tag, random, so keys spread as well; equality still compares every character.
   */
  private record HeaderKey(String header) {
    private static final int HASHED_TAIL = 32;

    @Override
    public int hashCode() {
      int length = header.length();
      int hash = length;
      for (int i = Math.max(0, length - HASHED_TAIL); i < length; i++) {
        hash = 31 * hash + header.charAt(i);
      }
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof HeaderKey key && key.header.equals(header);
    }
  }

  /**
   * A request's jar opened, with its {@code Cookie} header rendered and whether Undertow's parser
   * reads that header back as the very same cookies ({@link RequestCookies#parseAsIs}), and the
   * values to seal again as one ({@link #seal(Iterable, Map, String, String, Instant)}): when the
   * jar came in several sealed values and fits in one, its every authentic value that is not to
   * be forgotten, each with its own expiry, path and Secure flag; otherwise none.
   */
  record Opening(OpenedJar jar, String cookieHeader, boolean parsesAsIs, Map<String, CookieValue> resealed) {
    static final Opening EMPTY = new Opening(OpenedJar.EMPTY, "", true, Map.of());
  }

  private final Sealer sealer;
  private final Cache<String, Opened> opened; // null: no cache
  private final Cache<HeaderKey, OpenedHeader> headers; // null: no cache
  private final JarHeader header;
  /** The most plaintext bytes sealed in one value, so that it stays within the limit per value. */
  private final int sealBudget;
  private final long ceilingSeconds;
  private final MemCookiesStats stats;

  /**
   * A codec that seals with {@code keys}; {@code ceiling} at most {@link #MAX_CEILING}. It
   * remembers up to {@code cacheSize} values and as many whole headers it opened (0: none), so
   * that a client sending the same jar again costs no parsing and no decryption: a token or a
   * header is only ever taken from the cache for the very host it authenticated for, a token
   * gives only the names it holds, and expiry, Secure and Path are judged on every request.
   */
  public JarCodec(Keyring keys, Limits limits, Duration ceiling, int cacheSize, MemCookiesStats stats) {
    if (ceiling.isNegative() || ceiling.isZero() || ceiling.compareTo(MAX_CEILING) > 0) {
      throw new IllegalArgumentException("the ceiling must be in (0, 20 min]: " + ceiling);
    }
    this.sealer = new Sealer(keys);
    if (cacheSize < 0) {
      throw new IllegalArgumentException("a cache size cannot be negative: " + cacheSize);
    }
    this.opened = cacheSize == 0 ? null : Caffeine.newBuilder().maximumSize(cacheSize).build();
    this.headers = cacheSize == 0 ? null : Caffeine.newBuilder().maximumSize(cacheSize).build();
    this.header = new JarHeader(limits);
    // Base64 makes 4 characters of 3 bytes; Tink adds 33 bytes (key id, nonce, tag), the format 1.
    this.sealBudget = Math.max(1, limits.maxValueChars() / 4 * 3 - 34);
    this.ceilingSeconds = ceiling.getSeconds();
    this.stats = stats;
  }

  /**
   * Opens a request's {@code x-cookies} header for {@code host}, a request to {@code path} over
   * HTTPS or not: a malformed or oversized header is an empty jar; each value that fails is left
   * out.
   */
  public OpenedJar open(String headerValue, String host, String path, boolean https, Instant now) {
    return opening(headerValue, host, path, https, now).jar();
  }

  /**
   * As {@link #open}, with the {@code Cookie} header. A session sends the same header to the same
   * paths again and again: when its every value was usable for the same path and scheme at an
   * earlier second before the first expiry, that answer is given again as it was (no parsing,
   * decryption, judging or rendering); anything else is judged afresh.
   */
  Opening opening(String headerValue, String host, String path, boolean https, Instant now) {
    long nowSeconds = now.getEpochSecond();
    OpenedHeader known = headers == null ? null : headers.getIfPresent(new HeaderKey(headerValue));
    if (known != null && known.host.equals(host)) {
      Judged judged = known.judged;
      if (judged != null && judged.holdsFor(path, https, nowSeconds)) {
        return judged.opening();
      }
      Opening fresh = judgeAll(known, path, https, now);
      if (fresh.jar().cookies().size() == known.values.size()) { // every value usable: nothing recorded
        known.judged = new Judged(path, https, nowSeconds, known.firstExpiry, fresh);
      }
      return fresh;
    }
    OpenedHeader opened = openAll(headerValue, host);
    return opened == null ? Opening.EMPTY : judgeAll(opened, path, https, now);
  }

  private Opening judgeAll(OpenedHeader header, String path, boolean https, Instant now) {
    Map<String, String> cookies = new LinkedHashMap<>();
    Set<String> forget = new LinkedHashSet<>();
    // Several sealed values: each costs its 44 characters of nonce, tag and key id on every
    // request until they are sealed again as one (values for another path or HTTPS included, or
    // the jar would stay in pieces and be sealed again on every request).
    Map<String, CookieValue> kept = header.sealedValues > 1 ? new LinkedHashMap<>() : null;
    int keptBytes = 0;
    for (Map.Entry<String, Outcome<CookieValue, MemCookiesError>> value : header.values.entrySet()) {
      Outcome<String, MemCookiesError> usable = value.getValue().isOk()
          ? judge(value.getKey(), value.getValue().value(), path, https, now)
          : value.getValue().map(CookieValue::value);
      if (usable.isOk()) {
        cookies.put(value.getKey(), usable.value());
      } else {
        stats.record(usable.error());
        if (usable.error().code().forgets()) {
          forget.add(value.getKey());
        }
      }
      if (kept != null && (usable.isOk() || !usable.error().code().forgets())) {
        kept.put(value.getKey(), value.getValue().value());
        keptBytes += plaintextSize(value.getKey(), value.getValue().value());
      }
    }
    OpenedJar jar = new OpenedJar(cookies, forget);
    boolean resealed = kept != null && !kept.isEmpty() && keptBytes <= sealBudget;
    return new Opening(jar, jar.cookieHeader(), RequestCookies.parseAsIs(cookies),
        resealed ? java.util.Collections.unmodifiableMap(kept) : Map.of());
  }

  /**
   * Each name of the header with its opened value or why not; null for a refused header. A
   * header whose every value opened is remembered whole: a session sends the same header again
   * and again, and is then neither parsed nor decrypted again (judging stays per request).
   */
  private OpenedHeader openAll(String headerValue, String host) {
    Outcome<Map<String, String>, MemCookiesError> parsed = header.parse(headerValue);
    if (!parsed.isOk()) {
      stats.record(parsed.error());
      return null;
    }
    Map<String, Outcome<CookieValue, MemCookiesError>> values = new LinkedHashMap<>();
    boolean allOpened = true;
    for (Map.Entry<String, String> sealed : parsed.value().entrySet()) {
      Outcome<Map<String, CookieValue>, MemCookiesError> jar = openOne(sealed.getValue(), host);
      for (String name : JarHeader.names(sealed.getKey())) {
        Outcome<CookieValue, MemCookiesError> value = !jar.isOk() ? Outcome.failed(jar.error())
            : jar.value().containsKey(name) ? Outcome.ok(jar.value().get(name))
            : Sealer.notSealedFor(name);
        values.put(name, value);
        allOpened &= value.isOk();
      }
    }
    OpenedHeader opened = new OpenedHeader(host, java.util.Collections.unmodifiableMap(values),
        new java.util.HashSet<>(parsed.value().values()).size());
    if (allOpened && headers != null) {
      headers.put(new HeaderKey(headerValue), opened);
    }
    return opened;
  }

  private Outcome<Map<String, CookieValue>, MemCookiesError> openOne(String token, String host) {
    Opened known = opened == null ? null : opened.getIfPresent(token);
    if (known != null && known.host.equals(host)) {
      return Outcome.ok(known.cookies);
    }
    Outcome<Map<String, CookieValue>, MemCookiesError> fresh = sealer.open(host, token);
    if (fresh.isOk() && opened != null) {
      opened.put(token, new Opened(host, fresh.value()));
    }
    return fresh;
  }

  /** Whether an authentic value may be used now, for this request. */
  private Outcome<String, MemCookiesError> judge(String name, CookieValue cookie, String path, boolean https, Instant now) {
    long nowSeconds = now.getEpochSecond();
    if (cookie.expiresAt() <= nowSeconds || cookie.expiresAt() > nowSeconds + ceilingSeconds) {
      return MemCookiesError.failed(ErrorCode.EXPIRED, "cookie " + name + " expired at " + cookie.expiresAt());
    }
    if (cookie.secure() && !https) {
      return MemCookiesError.failed(ErrorCode.NOT_SECURE, "Secure cookie " + name + " over plain HTTP");
    }
    if (!pathMatches(path, cookie.path())) {
      return MemCookiesError.failed(ErrorCode.OTHER_PATH, "cookie " + name + " is for " + cookie.path());
    }
    return Outcome.ok(cookie.value());
  }

  /**
   * What a response's cookies become for the client's jar, for {@code host} and a request to
   * {@code requestPath}: the names of removed cookies ({@code Max-Age=0}, or an {@code Expires}
   * not after now; a negative Max-Age is Undertow's "none", see {@link ResponseCookies} for raw
   * headers) to {@code null}, then the others sealed together, their names joined by spaces to
   * one value (more than one only past the limit per value). The last cookie of a name wins.
   */
  public Map<String, String> seal(Iterable<Cookie> set, String host, String requestPath, Instant now) {
    return seal(set, Map.of(), host, requestPath, now);
  }

  /**
   * As {@link #seal(Iterable, String, String, Instant)}, with {@code resealed} (cookies of the
   * request's jar, as opened, in its order) sealed again together with the cookies set, under their
   * own expiry, path and Secure flag: never a longer life than they had. A cookie set or removed
   * replaces its resealed value.
   */
  Map<String, String> seal(Iterable<Cookie> set, Map<String, CookieValue> resealed, String host, String requestPath,
      Instant now) {
    Map<String, CookieValue> live = new LinkedHashMap<>(resealed);
    Set<String> removed = new LinkedHashSet<>();
    long nowSeconds = now.getEpochSecond();
    for (Cookie cookie : set) {
      String path = cookie.getPath() != null && cookie.getPath().startsWith("/")
          ? cookie.getPath() : defaultPath(requestPath);
      String value = cookie.getValue() == null ? "" : cookie.getValue();
      if (!JarHeader.isCookieName(cookie.getName()) || path.length() > MAX_PATH_CHARS
          || utf8Length(value) > Sealer.MAX_FIELD_BYTES) {
        continue; // no browser would store it either
      }
      long expiresAt = nowSeconds + ceilingSeconds;
      // Undertow's cookie objects say "no Max-Age" with -1, and write no attribute for it.
      if (cookie.getMaxAge() != null && cookie.getMaxAge() >= 0) {
        expiresAt = Math.min(expiresAt, nowSeconds + cookie.getMaxAge());
      } else if (cookie.getExpires() != null) {
        expiresAt = Math.min(expiresAt, Math.floorDiv(cookie.getExpires().getTime(), 1000));
      }
      live.remove(cookie.getName()); // re-set: its place is the last one
      removed.remove(cookie.getName());
      if (expiresAt <= nowSeconds) {
        removed.add(cookie.getName());
      } else {
        live.put(cookie.getName(), new CookieValue(value, expiresAt, path, cookie.isSecure()));
      }
    }
    Map<String, String> changes = new LinkedHashMap<>();
    for (String name : removed) {
      changes.put(name, null);
    }
    Map<String, CookieValue> together = new LinkedHashMap<>();
    int bytes = 0;
    for (Map.Entry<String, CookieValue> cookie : live.entrySet()) {
      int size = plaintextSize(cookie.getKey(), cookie.getValue());
      if (!together.isEmpty() && bytes + size > sealBudget) {
        changes.put(JarHeader.member(together.keySet()), sealer.seal(host, together));
        together = new LinkedHashMap<>();
        bytes = 0;
      }
      together.put(cookie.getKey(), cookie.getValue());
      bytes += size;
    }
    if (!together.isEmpty()) {
      changes.put(JarHeader.member(together.keySet()), sealer.seal(host, together));
    }
    return changes;
  }

  /** At most what a cookie takes in a sealed value's plaintext: name, path and value, and 11 bytes of lengths, flags and expiry. */
  private static int plaintextSize(String name, CookieValue cookie) {
    return 11 + name.length() + utf8Length(cookie.path()) + utf8Length(cookie.value());
  }

  private static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair: 4
    }
    return bytes;
  }

  /** RFC 6265 5.1.4: the cookie path covers the request path. */
  static boolean pathMatches(String requestPath, String cookiePath) {
    if (!requestPath.startsWith(cookiePath)) {
      return false;
    }
    return requestPath.length() == cookiePath.length()
        || cookiePath.endsWith("/")
        || requestPath.charAt(cookiePath.length()) == '/';
  }

  /** RFC 6265 5.1.4: the default path of a cookie set by a response to {@code requestPath}. */
  static String defaultPath(String requestPath) {
    int last = requestPath.lastIndexOf('/');
    return last <= 0 ? "/" : requestPath.substring(0, last);
  }
}

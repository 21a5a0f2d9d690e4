package io.xwindow.memcookies.server.seal;

import io.xwindow.memcookies.server.error.ErrorCode;
import io.xwindow.memcookies.server.error.MemCookiesError;
import io.xwindow.serverkit.Outcome;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Seals a jar of {@link CookieValue}s, named, into one URL-safe token and opens it again, with a
 * {@link Keyring}. The token is Tink's AEAD output (a key id, a random 96-bit nonce, the
 * ciphertext and a 128-bit tag) in Base64url without padding: one nonce, tag and key id for all
 * the cookies a response sets, where a token per cookie paid those 33 bytes (44 characters) for
 * each. The associated data is the host, and the names are inside: a token moved to another host
 * fails like a changed one, and a name the token does not hold is {@link ErrorCode#TAMPERED}.
 *
 * <p>The names stay inside although the header's member names them too: a client sends a token
 * with the names it still holds it for, in its jar's order, which are fewer once a later answer set
 * one of them again or forgot it (memcookies' own client sends each name on its own), so the
 * member cannot be the token's associated data without logging such a client out.
 *
 * <p>Plaintext (ours, versioned, never Java serialization): {@code 0x03}, then for each cookie its
 * ASCII name with the high bit set on its last byte; a head byte: bit 0 Secure, bit 1 the path is
 * {@code /}, bit 2 the same expiry as the cookie before, and in bits 3 to 7 the value's length in
 * bytes when under 31, else 31 and the length less 31 after the head (7 bits a byte, low first, at
 * most 3 bytes); the expiry as a 4-byte unsigned epoch second (until 2106) unless bit 2; the path's
 * length (2 bytes) and UTF-8 bytes unless bit 1; the value's UTF-8 bytes. Most cookies of an answer
 * share their path and expiry and have a value of under 31 bytes, and so take 1 byte besides their
 * name and value (format 2, still opened: tokens live up to 20 minutes across a deploy, spent 3: a
 * length byte before the name, a flags byte, and the value's length apart). Not compressed: a value
 * an attacker chooses would then tell, by the token's length, how much it shares with another
 * cookie's secret (CRIME).
 */
public final class Sealer {
  /** The format {@link #seal} writes. */
  private static final byte FORMAT = 3;
  /** The format before, opened still. */
  private static final byte FORMAT_2 = 2;
  private static final int SECURE = 1;
  private static final int ROOT_PATH = 2;
  private static final int SAME_EXPIRY = 4;
  private static final int FLAGS = SECURE | ROOT_PATH | SAME_EXPIRY;
  /** The lengths a head byte holds in bits 3 to 7; 31 there: the rest of the length follows. */
  private static final int SHORT_LENGTHS = 31;
  private static final byte TINK_PREFIX = 1;
  /** The most bytes a name, a path or a value may take in the plaintext. */
  public static final int MAX_NAME_BYTES = 256;
  public static final int MAX_FIELD_BYTES = 0xffff;
  private static final byte[] CONTEXT = "xwindow-memcookies/2\0".getBytes(StandardCharsets.US_ASCII);
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final Keyring keys;

  public Sealer(Keyring keys) {
    this.keys = keys;
  }

  /** The token of one cookie, {@code name} on {@code host}: a jar of one. */
  public String seal(String name, String host, CookieValue cookie) {
    return seal(host, Map.of(name, cookie));
  }

  /**
   * The token of {@code cookies} (names, at most {@value #MAX_NAME_BYTES} ASCII characters, to
   * values) on {@code host}, in their order.
   *
   * @throws IllegalArgumentException for a name, path or value too long for the plaintext, or an
   *     expiry outside 1970 to 2106
   */
  public String seal(String host, Map<String, CookieValue> cookies) {
    ByteArrayOutputStream plain = new ByteArrayOutputStream(16 + 48 * cookies.size());
    plain.write(FORMAT);
    long previousExpiry = -1;
    for (Map.Entry<String, CookieValue> cookie : cookies.entrySet()) {
      byte[] name = cookie.getKey().getBytes(StandardCharsets.ISO_8859_1);
      CookieValue value = cookie.getValue();
      long expiresAt = value.expiresAt();
      byte[] path = value.path().getBytes(StandardCharsets.UTF_8);
      byte[] text = value.value().getBytes(StandardCharsets.UTF_8);
      if (name.length == 0 || name.length > MAX_NAME_BYTES || !isAscii(cookie.getKey()) || expiresAt < 0
          || expiresAt > 0xffffffffL || path.length > MAX_FIELD_BYTES || text.length > MAX_FIELD_BYTES) {
        throw new IllegalArgumentException("cannot seal cookie " + cookie.getKey() + " expiring at " + expiresAt
            + ", path of " + path.length + " bytes, value of " + text.length);
      }
      name[name.length - 1] |= (byte) 0x80; // the name's end: names are ASCII
      plain.writeBytes(name);
      boolean rootPath = value.path().equals("/");
      boolean sameExpiry = expiresAt == previousExpiry;
      int flags = (value.secure() ? SECURE : 0) | (rootPath ? ROOT_PATH : 0) | (sameExpiry ? SAME_EXPIRY : 0);
      plain.write(flags | Math.min(text.length, SHORT_LENGTHS) << 3);
      if (text.length >= SHORT_LENGTHS) {
        writeVarint(plain, text.length - SHORT_LENGTHS);
      }
      if (!sameExpiry) {
        plain.write((int) (expiresAt >>> 24));
        plain.write((int) (expiresAt >>> 16));
        plain.write((int) (expiresAt >>> 8));
        plain.write((int) expiresAt);
      }
      if (!rootPath) {
        plain.write(path.length >>> 8);
        plain.write(path.length);
        plain.writeBytes(path);
      }
      plain.writeBytes(text);
      previousExpiry = expiresAt;
    }
    try {
      return ENCODER.encodeToString(keys.aead().encrypt(plain.toByteArray(), associatedData(host)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the primary key cannot seal", e);
    }
  }

  /**
   * The value cookie {@code name} has in {@code token} on {@code host}: as {@link #open(String,
   * String)}, and {@link ErrorCode#TAMPERED} when the token holds no cookie of that name.
   */
  public Outcome<CookieValue, MemCookiesError> open(String name, String host, String token) {
    Outcome<Map<String, CookieValue>, MemCookiesError> jar = open(host, token);
    if (!jar.isOk()) {
      return Outcome.failed(jar.error());
    }
    CookieValue value = jar.value().get(name);
    return value != null ? Outcome.ok(value) : notSealedFor(name);
  }

  /** The failure of a name its token does not hold: a value moved to another cookie. */
  public static <T> Outcome<T, MemCookiesError> notSealedFor(String name) {
    return MemCookiesError.failed(ErrorCode.TAMPERED, "cookie " + name + " is not in its sealed value");
  }

  /**
   * The cookies sealed in {@code token} on {@code host}, names to values in their order; {@link
   * ErrorCode#MALFORMED} when it is not canonical Base64url (no padding, no {@code +} or {@code /},
   * no whitespace, no stray bits in the last character), {@link ErrorCode#UNKNOWN_KEY} when no enabled
   * key has its id, {@link ErrorCode#TAMPERED} when it does not authenticate. Expiry is not
   * judged here.
   */
  public Outcome<Map<String, CookieValue>, MemCookiesError> open(String host, String token) {
    if (!isCanonicalBase64Url(token)) {
      return MemCookiesError.failed(ErrorCode.MALFORMED, "a sealed value is not canonical Base64url");
    }
    byte[] sealed = DECODER.decode(token);
    byte[] plain;
    try {
      plain = keys.aead().decrypt(sealed, associatedData(host));
    } catch (GeneralSecurityException | RuntimeException e) {
      if (sealed.length >= 5 && sealed[0] == TINK_PREFIX && !keys.knows(ByteBuffer.wrap(sealed, 1, 4).getInt())) {
        return MemCookiesError.failed(ErrorCode.UNKNOWN_KEY,
            "a value sealed with key " + Integer.toUnsignedString(ByteBuffer.wrap(sealed, 1, 4).getInt()));
      }
      return MemCookiesError.failed(ErrorCode.TAMPERED, "a value does not authenticate for host " + host);
    }
    return decode(plain);
  }

  private static Outcome<Map<String, CookieValue>, MemCookiesError> decode(byte[] plain) {
    try {
      ByteBuffer in = ByteBuffer.wrap(plain);
      byte format = in.get();
      if (format != FORMAT && format != FORMAT_2) {
        return MemCookiesError.failed(ErrorCode.TAMPERED, "a sealed value has an unknown format");
      }
      Map<String, CookieValue> jar = new LinkedHashMap<>();
      long expiresAt = -1;
      while (in.hasRemaining()) {
        String name;
        int flags;
        int length = -1; // format 2: the value's length comes after the path
        if (format == FORMAT) {
          name = name(in);
          int head = in.get() & 0xff;
          flags = head & FLAGS;
          length = head >>> 3;
          if (length == SHORT_LENGTHS) {
            length += varint(in);
          }
        } else {
          name = new String(bytes(in, (in.get() & 0xff) + 1), StandardCharsets.US_ASCII);
          flags = in.get() & 0xff;
        }
        if ((flags & ~FLAGS) != 0 || (flags & SAME_EXPIRY) != 0 && expiresAt < 0) {
          return MemCookiesError.failed(ErrorCode.TAMPERED, "a sealed value has unknown flags");
        }
        if ((flags & SAME_EXPIRY) == 0) {
          expiresAt = in.getInt() & 0xffffffffL;
        }
        String path = (flags & ROOT_PATH) != 0 ? "/"
            : new String(bytes(in, in.getShort() & 0xffff), StandardCharsets.UTF_8);
        String value = new String(bytes(in, length >= 0 ? length : varint(in)), StandardCharsets.UTF_8);
        if (jar.put(name, new CookieValue(value, expiresAt, path, (flags & SECURE) != 0)) != null) {
          return MemCookiesError.failed(ErrorCode.TAMPERED, "a sealed value names cookie " + name + " twice");
        }
      }
      return Outcome.ok(jar);
    } catch (BufferUnderflowException e) {
      return MemCookiesError.failed(ErrorCode.TAMPERED, "a sealed value has a truncated plaintext");
    } catch (Overlong e) {
      return MemCookiesError.failed(ErrorCode.TAMPERED, "a sealed value has a " + e.getMessage() + " longer than any we write");
    }
  }

  /** A plaintext field longer than {@link #seal} writes: a plaintext we did not write. No stack. */
  private static final class Overlong extends RuntimeException {
    Overlong(String field) {
      super(field, null, false, false);
    }
  }

  /** A format-3 name: ASCII bytes up to the one with the high bit set, its last. */
  private static String name(ByteBuffer in) {
    StringBuilder name = new StringBuilder(16);
    while (true) {
      int b = in.get() & 0xff;
      if (name.length() == MAX_NAME_BYTES) {
        throw new Overlong("name"); // no name of ours is longer
      }
      name.append((char) (b & 0x7f));
      if (b >= 0x80) {
        return name.toString();
      }
    }
  }

  /** A length in 7 bits a byte, low first, the high bit saying more follows; at most 3 bytes. */
  private static int varint(ByteBuffer in) {
    int length = 0;
    for (int shift = 0, b = 0x80; (b & 0x80) != 0; shift += 7) {
      if (shift > 14) {
        throw new Overlong("length"); // over 3 bytes
      }
      b = in.get() & 0xff;
      length |= (b & 0x7f) << shift;
    }
    return length;
  }

  private static void writeVarint(ByteArrayOutputStream out, int length) {
    for (; ; length >>>= 7) {
      out.write(length < 0x80 ? length : 0x80 | (length & 0x7f));
      if (length < 0x80) {
        return;
      }
    }
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(ByteBuffer in, int length) {
    if (length > in.remaining()) {
      throw new BufferUnderflowException();
    }
    byte[] bytes = new byte[length];
    in.get(bytes);
    return bytes;
  }

  private static byte[] associatedData(String host) {
    byte[] hostBytes = host.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(CONTEXT.length + hostBytes.length).put(CONTEXT).put(hostBytes).array();
  }

  /**
   * Whether {@code token} is canonical Base64url without padding, the one spelling {@link #seal}
   * writes of its bytes: only {@code A-Z a-z 0-9 - _}, no {@code =}, no whitespace, and the unused
   * low bits of the last character zero. The JDK's decoder ignores those bits, so without this
   * check four tokens (two in a 2-byte tail) would open to the same value.
   */
  static boolean isCanonicalBase64Url(String token) {
    int tail = token.length() % 4;
    if (token.isEmpty() || tail == 1) {
      return false;
    }
    int last = 0;
    for (int i = 0; i < token.length(); i++) {
      last = sextet(token.charAt(i));
      if (last < 0) {
        return false;
      }
    }
    int unusedBits = tail == 2 ? 0b1111 : tail == 3 ? 0b11 : 0;
    return (last & unusedBits) == 0;
  }

  /** The value of a Base64url character, or -1. */
  private static int sextet(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '-' ? 62 : c == '_' ? 63 : -1;
  }
}

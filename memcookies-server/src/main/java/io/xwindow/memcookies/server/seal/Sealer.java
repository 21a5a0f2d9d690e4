package io.xwindow.memcookies.server.seal;

import io.xwindow.memcookies.server.ErrorCode;
import io.xwindow.memcookies.server.Outcome;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Seals a {@link CookieValue} into a URL-safe token and opens it again, with a {@link Keyring}.
 * Each token is Tink's AEAD output (a key id, a random 96-bit nonce, the ciphertext and a 128-bit
 * tag) in Base64url without padding. The associated data is the cookie's name and host, so a
 * value moved to another cookie or host fails like a changed one.
 *
 * <p>Plaintext (ours, versioned, never Java serialization): {@code 0x01}, the expiry as an 8-byte
 * epoch second, a flags byte (bit 0: Secure), the path's length (2 bytes) and UTF-8 bytes, then
 * the value's UTF-8 bytes.
 */
public final class Sealer {
  private static final byte FORMAT = 1;
  private static final byte SECURE = 1;
  private static final byte TINK_PREFIX = 1;
  private static final byte[] CONTEXT = "xwindow-memcookies/1\0".getBytes(StandardCharsets.US_ASCII);
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final Keyring keys;

  public Sealer(Keyring keys) {
    this.keys = keys;
  }

  /** The token of {@code cookie} for cookie {@code name} on {@code host}. */
  public String seal(String name, String host, CookieValue cookie) {
    byte[] path = cookie.path().getBytes(StandardCharsets.UTF_8);
    byte[] value = cookie.value().getBytes(StandardCharsets.UTF_8);
    ByteBuffer plain = ByteBuffer.allocate(1 + 8 + 1 + 2 + path.length + value.length);
    plain.put(FORMAT).putLong(cookie.expiresAt()).put(cookie.secure() ? SECURE : 0);
    plain.putShort((short) path.length).put(path).put(value);
    try {
      return ENCODER.encodeToString(keys.aead().encrypt(plain.array(), associatedData(name, host)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the primary key cannot seal", e);
    }
  }

  /**
   * The value sealed in {@code token} for cookie {@code name} on {@code host}; {@link
   * ErrorCode#MALFORMED} when it is not canonical Base64url (no padding, no {@code +} or {@code /},
   * no whitespace, no stray bits in the last character), {@link ErrorCode#UNKNOWN_KEY} when no enabled
   * key has its id, {@link ErrorCode#TAMPERED} when it does not authenticate. Expiry is not
   * judged here.
   */
  public Outcome<CookieValue> open(String name, String host, String token) {
    if (!isCanonicalBase64Url(token)) {
      return Outcome.failed(ErrorCode.MALFORMED, "a value of cookie " + name + " is not canonical Base64url");
    }
    byte[] sealed = DECODER.decode(token);
    byte[] plain;
    try {
      plain = keys.aead().decrypt(sealed, associatedData(name, host));
    } catch (GeneralSecurityException | RuntimeException e) {
      if (sealed.length >= 5 && sealed[0] == TINK_PREFIX && !keys.knows(ByteBuffer.wrap(sealed, 1, 4).getInt())) {
        return Outcome.failed(ErrorCode.UNKNOWN_KEY,
            "cookie " + name + " sealed with key " + Integer.toUnsignedString(ByteBuffer.wrap(sealed, 1, 4).getInt()));
      }
      return Outcome.failed(ErrorCode.TAMPERED, "cookie " + name + " does not authenticate for host " + host);
    }
    return decode(name, plain);
  }

  private static Outcome<CookieValue> decode(String name, byte[] plain) {
    try {
      ByteBuffer in = ByteBuffer.wrap(plain);
      if (in.get() != FORMAT) {
        return Outcome.failed(ErrorCode.TAMPERED, "cookie " + name + " has an unknown format");
      }
      long expiresAt = in.getLong();
      boolean secure = (in.get() & SECURE) != 0;
      byte[] path = new byte[in.getShort() & 0xffff];
      in.get(path);
      String value = new String(plain, in.position(), in.remaining(), StandardCharsets.UTF_8);
      return Outcome.ok(new CookieValue(value, expiresAt, new String(path, StandardCharsets.UTF_8), secure));
    } catch (BufferUnderflowException e) {
      return Outcome.failed(ErrorCode.TAMPERED, "cookie " + name + " has a truncated plaintext");
    }
  }

  private static byte[] associatedData(String name, String host) {
    byte[] hostBytes = host.getBytes(StandardCharsets.UTF_8);
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(CONTEXT.length + hostBytes.length + 1 + nameBytes.length)
        .put(CONTEXT).put(hostBytes).put((byte) 0).put(nameBytes).array();
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

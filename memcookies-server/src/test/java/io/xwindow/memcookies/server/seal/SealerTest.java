package io.xwindow.memcookies.server.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.memcookies.server.error.ErrorCode;
import io.xwindow.memcookies.server.error.MemCookiesError;
import io.xwindow.serverkit.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SealerTest {
  private static final CookieValue SID = new CookieValue("s3cr3t-session", 1_900_000_000L, "/app", true);
  private final Keyring keys = Keyring.generate();
  private final Sealer sealer = new Sealer(keys);

  @Test
  void opensWhatItSealed() {
    String token = sealer.seal("sid", "shop.example", SID);

    assertEquals(SID, sealer.open("sid", "shop.example", token).value());
  }

  @Test
  void sealsToUrlSafeBase64WithoutPaddingAndNeverTheSameTokenTwice() {
    String one = sealer.seal("sid", "shop.example", SID);
    String two = sealer.seal("sid", "shop.example", SID);

    assertTrue(one.matches("[A-Za-z0-9_-]+"), one);
    assertNotEquals(one, two, "a fresh nonce per value");
    assertFalse(one.contains("s3cr3t"));
  }

  @Test
  void rejectsEveryFlippedBit() {
    byte[] sealed = Base64.getUrlDecoder().decode(sealer.seal("sid", "shop.example", SID));
    for (int bit = 0; bit < sealed.length * 8; bit++) {
      byte[] flipped = sealed.clone();
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      Outcome<CookieValue, MemCookiesError> opened =
          sealer.open("sid", "shop.example", Base64.getUrlEncoder().withoutPadding().encodeToString(flipped));
      assertFalse(opened.isOk(), "bit " + bit);
      assertTrue(opened.error().code() == ErrorCode.TAMPERED || opened.error().code() == ErrorCode.UNKNOWN_KEY,
          "bit " + bit + ": " + opened);
    }
  }

  @Test
  void rejectsAValueMovedToAnotherCookieName() {
    String token = sealer.seal("sid", "shop.example", SID);

    assertEquals(ErrorCode.TAMPERED, sealer.open("admin", "shop.example", token).error().code());
  }

  @Test
  void rejectsAValueMovedToAnotherHost() {
    String token = sealer.seal("sid", "shop.example", SID);

    assertEquals(ErrorCode.TAMPERED, sealer.open("sid", "evil.example", token).error().code());
  }

  @Test
  void rejectsTruncatedValues() {
    String token = sealer.seal("sid", "shop.example", SID);
    for (int length = 1; length < token.length(); length++) {
      assertFalse(sealer.open("sid", "shop.example", token.substring(0, length)).isOk(), "length " + length);
    }
  }

  @Test
  void rejectsAValueOfAnUnknownKey() {
    String token = new Sealer(Keyring.generate()).seal("sid", "shop.example", SID);

    assertEquals(ErrorCode.UNKNOWN_KEY, sealer.open("sid", "shop.example", token).error().code());
  }

  @Test
  void rejectsPaddingAndOtherAlphabetsAsMalformed() {
    String token = sealer.seal("sid", "shop.example", SID);

    assertEquals(ErrorCode.MALFORMED, sealer.open("sid", "shop.example", token + "=").error().code());
    assertEquals(ErrorCode.MALFORMED, sealer.open("sid", "shop.example", token.replace('-', '+').replace('_', '/') + "+/").error().code());
    assertEquals(ErrorCode.MALFORMED, sealer.open("sid", "shop.example", "").error().code());
  }

  /** The token of {@code value} under path /app: 48 bytes of overhead, so "x" ends in 2 characters, "xy" in 3. */
  private String tokenOf(String value) {
    return sealer.seal("sid", "shop.example", new CookieValue(value, 1_900_000_000L, "/app", true));
  }

  @Test
  void refusesStrayBitsInTheLastCharacterThatTheJdkDecoderIgnores() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (String value : new String[] {"x", "xy"}) {
      String token = tokenOf(value);
      int tail = token.length() % 4;
      assertTrue(tail == 2 || tail == 3, token);
      int last = alphabet.indexOf(token.charAt(token.length() - 1));
      for (int stray = 1; stray < (tail == 2 ? 16 : 4); stray++) {
        String respelled = token.substring(0, token.length() - 1) + alphabet.charAt(last | stray);
        assertArrayEquals(Base64.getUrlDecoder().decode(token), Base64.getUrlDecoder().decode(respelled),
            "the same bytes");
        assertEquals(ErrorCode.MALFORMED, sealer.open("sid", "shop.example", respelled).error().code(), respelled);
      }
      assertTrue(sealer.open("sid", "shop.example", token).isOk());
    }
  }

  @Test
  void refusesPaddingWhitespaceAndTheOtherAlphabetInEveryPlace() {
    for (String value : new String[] {"", "x", "xy"}) {
      String token = tokenOf(value);
      String padded = token + "=".repeat((4 - token.length() % 4) % 4);
      for (String other : new String[] {padded + "====", token + "=", " " + token, token + " ", token + "\n",
          token + "\r\n", token.substring(0, 8) + "\t" + token.substring(8),
          token.substring(0, 8) + " " + token.substring(8), token.substring(0, 8) + "+" + token.substring(9),
          token.substring(0, 8) + "/" + token.substring(9), Base64.getEncoder().encodeToString(
              Base64.getUrlDecoder().decode(token))}) {
        if (!other.equals(token)) {
          assertEquals(ErrorCode.MALFORMED, sealer.open("sid", "shop.example", other).error().code(), other);
        }
      }
      if (!padded.equals(token)) {
        assertEquals(ErrorCode.MALFORMED, sealer.open("sid", "shop.example", padded).error().code(), padded);
      }
    }
  }

  @Test
  void keepsUnicodeValuesAndPaths() {
    CookieValue value = new CookieValue("é€ 😀", 1_900_000_000L, "/ü", false);

    assertEquals(value, sealer.open("n", "h", sealer.seal("n", "h", value)).value());
  }

  @Test
  void sealsSeveralCookiesInOneTokenAndOpensThemInOrder() {
    Map<String, CookieValue> jar = new LinkedHashMap<>();
    jar.put("sid", SID);
    jar.put("csrf", new CookieValue("t0k3n", 1_900_000_060L, "/", false));
    jar.put("__proto__", new CookieValue("", 1L, "/ü", true));
    jar.put("long", new CookieValue("l".repeat(200), 1L, "/", false)); // the expiry before, a 2-byte length
    jar.put("longer", new CookieValue("é".repeat(20_000), 1L, "/", true)); // a 3-byte length

    String token = sealer.seal("shop.example", jar);

    assertEquals(List.copyOf(jar.entrySet()), List.copyOf(sealer.open("shop.example", token).value().entrySet()));
    assertEquals(jar.get("csrf"), sealer.open("csrf", "shop.example", token).value());
    assertEquals(ErrorCode.TAMPERED, sealer.open("admin", "shop.example", token).error().code());
    assertEquals(ErrorCode.TAMPERED, sealer.open("evil.example", token).error().code());
  }

  @Test
  void writesFormat3NamesEndedByTheirHighBitAndLengthsInTheHeadByte() throws Exception {
    Map<String, CookieValue> jar = new LinkedHashMap<>();
    jar.put("sid", new CookieValue("abc", 0x01020304L, "/", true));
    jar.put("ab", new CookieValue("v".repeat(31), 0x01020304L, "/p", false));

    byte[] plain = keys.aead().decrypt(Base64.getUrlDecoder().decode(sealer.seal("h", jar)),
        "xwindow-memcookies/2\0h".getBytes(StandardCharsets.US_ASCII));

    byte[] expected = {3,
        's', 'i', (byte) ('d' | 0x80), 1 | 2 | 3 << 3, 1, 2, 3, 4, 'a', 'b', 'c', // Secure, "/", 3 bytes
        'a', (byte) ('b' | 0x80), (byte) (4 | 31 << 3), 0, 0, 2, '/', 'p'}; // the same expiry, 31 + 0 bytes
    byte[] value = "v".repeat(31).getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(expected, java.util.Arrays.copyOf(plain, expected.length));
    assertArrayEquals(value, java.util.Arrays.copyOfRange(plain, expected.length, plain.length));
  }

  @Test
  void keepsEveryLengthAroundTheHeadBytesLimitAndTheLongestName() {
    for (int length : new int[] {0, 1, 30, 31, 32, 31 + 127, 31 + 128, 31 + 16_383, 31 + 16_384, 65_535}) {
      Map<String, CookieValue> jar = new LinkedHashMap<>();
      jar.put("a", new CookieValue("v".repeat(length), 7L, "/", false));
      jar.put("n".repeat(256), new CookieValue("w".repeat(length), 8L, "/q", true));

      assertEquals(List.copyOf(jar.entrySet()), List.copyOf(sealer.open("h", sealer.seal("h", jar)).value().entrySet()),
          "length " + length);
    }
  }

  @Test
  void stillOpensTheFormatBeforeSoThatADeployLogsNobodyOut() throws Exception {
    // Format 2 as it was sealed until this format: the name's length less one, the name, flags,
    // expiry unless the same, the path unless "/", the value's length (7 bits a byte) and value.
    byte[] plain = {2,
        2, 's', 'i', 'd', 1 | 2, 0x71, 0x3f, (byte) 0xab, 0, 3, 'a', 'b', 'c',
        3, 'c', 's', 'r', 'f', 4, 0, 2, '/', 'p', 0, // the same expiry, path /p, an empty value
        0, 'x', 2, 0x71, 0x3f, (byte) 0xab, 0x3c, (byte) 0x80, 0x01}; // a new expiry, a 2-byte length
    byte[] longValue = "v".repeat(128).getBytes(StandardCharsets.US_ASCII);
    byte[] sealed = java.util.Arrays.copyOf(plain, plain.length + longValue.length);
    System.arraycopy(longValue, 0, sealed, plain.length, longValue.length);

    Map<String, CookieValue> expected = new LinkedHashMap<>();
    expected.put("sid", new CookieValue("abc", 0x713fab00L, "/", true));
    expected.put("csrf", new CookieValue("", 0x713fab00L, "/p", false));
    expected.put("x", new CookieValue("v".repeat(128), 0x713fab3cL, "/", false));
    String token = sealedRaw(sealed);
    assertEquals(List.copyOf(expected.entrySet()), List.copyOf(sealer.open("h", token).value().entrySet()));
    assertEquals(expected.get("csrf"), sealer.open("csrf", "h", token).value());
    assertEquals(ErrorCode.TAMPERED, sealer.open("admin", "h", token).error().code());
    assertEquals(ErrorCode.TAMPERED, sealer.open("evil", token).error().code());
  }

  @Test
  void refusesAPlaintextItWouldNotWriteEvenWhenItAuthenticates() throws Exception {
    byte[] entry = {2, 's', 'i', 'd', 2, 0, 0, 0, 1, 1, 'v'};
    byte[] twice = new byte[1 + 2 * entry.length];
    twice[0] = 2;
    System.arraycopy(entry, 0, twice, 1, entry.length);
    System.arraycopy(entry, 0, twice, 1 + entry.length, entry.length);
    byte[] once = java.util.Arrays.copyOf(twice, 1 + entry.length);
    byte[] oldFormat = once.clone();
    oldFormat[0] = 1;
    byte[] nextFormat = once.clone();
    nextFormat[0] = 4;

    assertTrue(sealer.open("h", sealedRaw(once)).isOk());
    byte[] sameExpiryFirst = once.clone();
    sameExpiryFirst[5] = 2 | 4;
    byte[] unknownFlag = once.clone();
    unknownFlag[5] = 2 | 8;
    byte[] longLength = {2, 0, 'a', 2, 0, 0, 0, 1, (byte) 0x81, (byte) 0x80, (byte) 0x80, 0};
    for (byte[] plain : new byte[][] {twice, oldFormat, nextFormat, java.util.Arrays.copyOf(once, once.length - 1),
        new byte[0], sameExpiryFirst, unknownFlag, longLength}) {
      assertEquals(ErrorCode.TAMPERED, sealer.open("h", sealedRaw(plain)).error().code(), java.util.Arrays.toString(plain));
    }
  }

  @Test
  void refusesAFormat3PlaintextItWouldNotWrite() throws Exception {
    byte[] once = {3, 's', 'i', (byte) ('d' | 0x80), 2 | 1 << 3, 0, 0, 0, 1, 'v'};
    byte[] twice = new byte[1 + 2 * (once.length - 1)];
    System.arraycopy(once, 0, twice, 0, once.length);
    System.arraycopy(once, 1, twice, once.length, once.length - 1);
    byte[] sameExpiryFirst = once.clone();
    sameExpiryFirst[4] |= 4;
    byte[] unendedName = {3, 's', 'i', 'd'};
    byte[] longName = format3LongName();
    byte[] longLength = format3LongLength();

    assertTrue(sealer.open("h", sealedRaw(once)).isOk());
    for (byte[] plain : new byte[][] {twice, java.util.Arrays.copyOf(once, once.length - 1), sameExpiryFirst,
        unendedName, longName, longLength, {3, (byte) ('a' | 0x80)}}) {
      assertEquals(ErrorCode.TAMPERED, sealer.open("h", sealedRaw(plain)).error().code(), java.util.Arrays.toString(plain));
    }
  }

  @Test
  void saysWhenAnAuthenticPlaintextHasAFieldLongerThanItWritesRatherThanCallingItTruncated() throws Exception {
    byte[] truncated = {3, 's', 'i', 'd'};

    assertEquals("a sealed value has a name longer than any we write",
        sealer.open("h", sealedRaw(format3LongName())).error().detail());
    assertEquals("a sealed value has a length longer than any we write",
        sealer.open("h", sealedRaw(format3LongLength())).error().detail());
    assertEquals("a sealed value has a truncated plaintext", sealer.open("h", sealedRaw(truncated)).error().detail());
  }

  /** A format-3 plaintext whose one name is 257 characters, one more than any we write. */
  private static byte[] format3LongName() {
    byte[] longName = new byte[2 + 256];
    longName[0] = 3;
    java.util.Arrays.fill(longName, 1, longName.length, (byte) 'n');
    longName[longName.length - 1] |= (byte) 0x80;
    return longName;
  }

  /** A format-3 plaintext whose value length takes 4 bytes after its head, one more than we write. */
  private static byte[] format3LongLength() {
    return new byte[] {3, (byte) ('a' | 0x80), (byte) (2 | 31 << 3), (byte) 0x81, (byte) 0x80, (byte) 0x80, 0, 0, 0, 0, 1};
  }

  /** {@code plain} sealed as the sealer would for host "h", whatever it holds. */
  private String sealedRaw(byte[] plain) throws Exception {
    byte[] context = "xwindow-memcookies/2\0h".getBytes(StandardCharsets.US_ASCII);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(keys.aead().encrypt(plain, context));
  }

  @Test
  void refusesToSealWhatItsFormatCannotHold() {
    assertThrows(IllegalArgumentException.class,
        () -> sealer.seal("x".repeat(257), "h", new CookieValue("v", 1L, "/", false)));
    assertThrows(IllegalArgumentException.class, () -> sealer.seal("é", "h", new CookieValue("v", 1L, "/", false)));
    assertThrows(IllegalArgumentException.class,
        () -> sealer.seal("n", "h", new CookieValue("v".repeat(65_536), 1L, "/", false)));
    assertThrows(IllegalArgumentException.class,
        () -> sealer.seal("n", "h", new CookieValue("v", 1L << 32, "/", false)));
  }
}

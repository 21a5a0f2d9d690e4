package io.xwindow.memcookies.server.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.memcookies.server.ErrorCode;
import io.xwindow.memcookies.server.Outcome;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealerTest {
  private static final CookieValue SID = new CookieValue("s3cr3t-session", 1_900_000_000L, "/app", true);
  private final Sealer sealer = new Sealer(Keyring.generate());

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
      Outcome<CookieValue> opened =
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

  /** The token of {@code value} under path /app: 49 bytes of overhead, so "" ends in 2 characters, "x" in 3. */
  private String tokenOf(String value) {
    return sealer.seal("sid", "shop.example", new CookieValue(value, 1_900_000_000L, "/app", true));
  }

  @Test
  void refusesStrayBitsInTheLastCharacterThatTheJdkDecoderIgnores() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (String value : new String[] {"", "x"}) {
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
}

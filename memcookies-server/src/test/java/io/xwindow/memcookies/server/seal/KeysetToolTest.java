package io.xwindow.memcookies.server.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.memcookies.server.error.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keyset file's life: create, roll a new key out, promote it, retire the old one. */
class KeysetToolTest {
  private static final CookieValue VALUE = new CookieValue("v", 1_900_000_000L, "/", false);
  @TempDir Path dir;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private Keyring run(String... args) throws Exception {
    new KeysetTool(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(List.of(args));
    return Keyring.read(Path.of(args[1]));
  }

  private static String seal(Keyring keys) {
    return new Sealer(keys).seal("sid", "h", VALUE);
  }

  private static boolean opens(Keyring keys, String token) {
    return new Sealer(keys).open("sid", "h", token).isOk();
  }

  @Test
  void createsAKeysetOfOneKeyReadableByItsOwnerOnly() throws Exception {
    Path file = dir.resolve("keys.json");

    Keyring keys = run("create", file.toString());

    assertTrue(opens(keys, seal(keys)));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains(keys.primaryId() + "\tENABLED\tprimary"));
    assertThrows(IllegalArgumentException.class, () -> run("create", file.toString()), "never overwrites");
  }

  @Test
  void rotatesWithoutLoggingAnyoneOutBothWays() throws Exception {
    String file = dir.resolve("keys.json").toString();
    Keyring first = run("create", file);
    String sealedBefore = seal(first);

    Keyring added = run("add", file); // rolled out everywhere, still sealing with the old key
    assertEquals(first.primaryId(), added.primaryId());
    String newKey = printed.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> l.endsWith("opens only")).findFirst().orElseThrow().split("\t")[0];
    Keyring promoted = run("promote", file, newKey);
    String sealedAfter = seal(promoted);

    assertEquals(newKey, promoted.primaryId());
    assertTrue(opens(promoted, sealedBefore), "new instances open old values");
    assertTrue(opens(added, sealedAfter), "instances not yet promoted open new values");
    assertEquals(ErrorCode.UNKNOWN_KEY, new Sealer(first).open("sid", "h", sealedAfter).error().code(),
        "an instance that never got the key refuses");

    Keyring retired = run("retire", file, first.primaryId());
    assertEquals(ErrorCode.UNKNOWN_KEY, new Sealer(retired).open("sid", "h", sealedBefore).error().code());
    assertTrue(opens(retired, sealedAfter));
  }

  @Test
  void rotateAddsAndPromotesInOneStep() throws Exception {
    String file = dir.resolve("keys.json").toString();
    Keyring first = run("create", file);

    Keyring rotated = run("rotate", file);

    assertNotEquals(first.primaryId(), rotated.primaryId());
    assertTrue(opens(rotated, seal(first)));
  }

  @Test
  void refusesToRetireThePrimaryKey() throws Exception {
    String file = dir.resolve("keys.json").toString();
    Keyring keys = run("create", file);

    assertThrows(IllegalArgumentException.class, () -> run("retire", file, keys.primaryId()));
    assertThrows(IllegalArgumentException.class, () -> run("promote", file, "12"));
    assertThrows(IllegalArgumentException.class, () -> run("explode", file));
  }
}

package io.xwindow.memcookies.server.seal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.List;

/**
 * Creates and rotates the keyset file that every instance of an application reads.
 *
 * <pre>
 * create FILE        a new keyset of one AES-256-GCM key (fails if FILE exists)
 * add FILE           adds a key that opens but does not seal yet: roll the file out everywhere first
 * promote FILE ID    makes key ID the one that seals (the old primary still opens)
 * rotate FILE        add + promote in one step (one instance, or all restarted together)
 * retire FILE ID     removes a key that is not primary: values it sealed are refused (UNKNOWN_KEY)
 * list FILE          prints each key's id, status and role
 * </pre>
 *
 * Run it as {@code java -jar xwindow-memcookies-keyset-VERSION.jar create keys.json} (the runnable
 * jar of memcookies-server/keyset), or {@code bin/keyset create keys.json} in this repository.
 * Files are written atomically, readable by their owner only.
 */
public final class KeysetTool {
  private final PrintStream out;

  KeysetTool(PrintStream out) {
    this.out = out;
  }

  /** Runs the tool as a command: exits 0 when done, 1 when it failed, 2 on bad usage. */
  public static void main(String[] args) {
    System.exit(command(args, System.out, System.err));
  }

  /**
   * Runs {@code args} as the command does and returns its exit code: 0, 1 when it failed (a file
   * missing or unwritable, not a keyset), 2 on bad usage. Every failure is one line on {@code err}.
   */
  static int command(String[] args, PrintStream out, PrintStream err) {
    try {
      new KeysetTool(out).run(List.of(args));
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("keyset: " + e.getMessage());
      return 2;
    } catch (NoSuchFileException e) {
      err.println("keyset: no such file: " + e.getFile());
      return 1;
    } catch (AccessDeniedException e) {
      err.println("keyset: permission denied: " + e.getFile());
      return 1;
    } catch (IOException e) {
      err.println("keyset: " + e.getMessage());
      return 1;
    } catch (GeneralSecurityException e) {
      err.println("keyset: not a keyset of AES-256-GCM keys: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) { // e.g. Tink refusing a file it cannot parse
      err.println("keyset: " + (e.getMessage() != null ? e.getMessage().lines().findFirst().orElse("") : e.getClass().getSimpleName()));
      return 1;
    }
  }

  /** Runs one command; bad usage is an {@link IllegalArgumentException} with the usage text. */
  void run(List<String> args) throws IOException, GeneralSecurityException {
    if (args.size() < 2) {
      throw usage();
    }
    // Tink makes AES-GCM keys only once its AEAD configuration is registered; Keyring registers
    // it as it loads, but create makes a key before anything loads Keyring.
    AeadConfig.register();
    Path file = Path.of(args.get(1));
    switch (args.get(0)) {
      case "create" -> {
        if (Files.exists(file)) {
          throw new IllegalArgumentException(file + " exists: use rotate, or remove it first");
        }
        write(file, KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
      }
      case "add" -> write(file, KeysetHandle.newBuilder(read(file))
          .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId())
          .build());
      case "rotate" -> write(file, KeysetHandle.newBuilder(read(file))
          .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
              .withRandomId().makePrimary())
          .build());
      case "promote" -> {
        int id = id(args); // bad usage before the file is read
        KeysetHandle current = read(file);
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(current);
        builder.getAt(indexOf(current, id)).setStatus(KeyStatus.ENABLED).makePrimary();
        write(file, builder.build());
      }
      case "retire" -> {
        int id = id(args);
        KeysetHandle current = read(file);
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(current);
        int index = indexOf(current, id);
        if (builder.getAt(index).isPrimary()) {
          throw new IllegalArgumentException("key " + args.get(2) + " is primary: promote another first");
        }
        write(file, builder.deleteAt(index).build());
      }
      case "list" -> { }
      default -> throw usage();
    }
    list(read(file));
  }

  private void list(KeysetHandle handle) {
    for (int i = 0; i < handle.size(); i++) {
      KeysetHandle.Entry entry = handle.getAt(i);
      out.println(Integer.toUnsignedString(entry.getId()) + "\t" + entry.getStatus()
          + (entry.isPrimary() ? "\tprimary (seals and opens)" : "\topens only"));
    }
  }

  private static int id(List<String> args) {
    if (args.size() < 3) {
      throw usage();
    }
    try {
      return Integer.parseUnsignedInt(args.get(2));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a key id: " + args.get(2));
    }
  }

  private static int indexOf(KeysetHandle current, int id) {
    for (int i = 0; i < current.size(); i++) {
      if (current.getAt(i).getId() == id) {
        return i;
      }
    }
    throw new IllegalArgumentException("no key " + Integer.toUnsignedString(id) + " in the keyset");
  }

  private static KeysetHandle read(Path file) throws IOException, GeneralSecurityException {
    return Keyring.read(file).handle();
  }

  private static void write(Path file, KeysetHandle handle) throws IOException, GeneralSecurityException {
    Keyring.of(handle); // refuses anything the middleware could not use
    String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, ".keyset-", ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(temp, json, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static IllegalArgumentException usage() {
    return new IllegalArgumentException(
        "usage: keyset create|add|rotate|list FILE, or keyset promote|retire FILE KEY_ID");
  }
}

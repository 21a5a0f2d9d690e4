package io.xwindow.memcookies.server.seal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys that seal and open cookie values: a Tink keyset of AES-256-GCM keys, each with an id.
 * The primary key seals; every enabled key opens, so a rotation logs nobody out. Every instance
 * of an application reads the same keyset file (create and rotate it with {@link KeysetTool}).
 *
 * <pre>{@code
 * Keyring keys = Keyring.read(Path.of("/etc/myapp/memcookies-keyset.json"));
 * }</pre>
 */
public final class Keyring {
  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final KeysetHandle handle;
  private final Aead aead;
  private final Set<Integer> enabledIds;

  private Keyring(KeysetHandle handle) throws GeneralSecurityException {
    Set<Integer> ids = new HashSet<>();
    for (int i = 0; i < handle.size(); i++) {
      KeysetHandle.Entry entry = handle.getAt(i);
      if (entry.getStatus() != KeyStatus.ENABLED) {
        continue;
      }
      if (!isAes256GcmWithId(entry)) {
        throw new GeneralSecurityException(
            "key " + Integer.toUnsignedString(entry.getId())
                + " is not AES-256-GCM with a Tink key id: " + entry.getKey().getParameters());
      }
      ids.add(entry.getId());
    }
    this.handle = handle;
    this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    this.enabledIds = Set.copyOf(ids);
  }

  private static boolean isAes256GcmWithId(KeysetHandle.Entry entry) {
    return entry.getKey().getParameters() instanceof AesGcmParameters
        && ((AesGcmParameters) entry.getKey().getParameters()).getKeySizeBytes() == 32
        && ((AesGcmParameters) entry.getKey().getParameters()).getVariant()
            == AesGcmParameters.Variant.TINK;
  }

  /** Reads a keyset file in Tink's JSON format, as {@link KeysetTool} writes it. */
  public static Keyring read(Path file) throws IOException, GeneralSecurityException {
    return of(parse(Files.readString(file, StandardCharsets.UTF_8)));
  }

  /** The keyring of a Tink keyset handle whose enabled keys are all AES-256-GCM. */
  public static Keyring of(KeysetHandle handle) throws GeneralSecurityException {
    return new Keyring(handle);
  }

  /** A keyring of one fresh key, kept in memory only: for tests and demos. */
  public static Keyring generate() {
    try {
      return of(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available", e);
    }
  }

  static KeysetHandle parse(String json) throws GeneralSecurityException {
    return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
  }

  /** The keyset itself, e.g. for {@link KeysetTool} to rotate. */
  KeysetHandle handle() {
    return handle;
  }

  Aead aead() {
    return aead;
  }

  /** Whether an enabled key has this id. */
  boolean knows(int keyId) {
    return enabledIds.contains(keyId);
  }

  /** The id of the key that seals, unsigned, as {@link KeysetTool} prints it. */
  public String primaryId() {
    return Integer.toUnsignedString(handle.getPrimary().getId());
  }
}

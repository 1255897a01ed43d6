package kz.suhbat.exchange;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import kz.suhbat.common.crypto.Hpke;

/**
 * The encryption of a package's files for the central office, done entirely by Google Tink. Each file is
 * compressed (DEFLATE: ciphertext does not compress, and campaign data shrinks some twentyfold), then
 * encrypted with the package's fresh file key (streaming AES-256-GCM with HKDF, in 1 MiB segments, so a
 * file is decrypted as a stream), which is sealed to the central office's public key with HPKE (RFC 9180:
 * DHKEM X25519, HKDF-SHA256, AES-256-GCM). Each file's ciphertext is bound to the package's id and the
 * file's name, so files cannot be swapped between packages or within one; the office's signature covers
 * the manifest that lists both the plain and the encrypted digests.
 */
public final class PackageCipher {

    /** The name the manifest gives this way of encrypting. */
    public static final String SCHEME = "HPKE-X25519-SHA256-AES256GCM/DEFLATE+AES256-GCM-HKDF-1MB";

    static final HpkeParameters HPKE = Hpke.PARAMETERS;

    private PackageCipher() {
    }

    /** Encrypts the files of one package for one central key. */
    public static final class Sealer {

        private final Manifest.Encryption encryption;
        private final StreamingAead fileKey;
        private final String packageId;

        private Sealer(Manifest.Encryption encryption, StreamingAead fileKey, String packageId) {
            this.encryption = encryption;
            this.fileKey = fileKey;
            this.packageId = packageId;
        }

        public Manifest.Encryption encryption() {
            return encryption;
        }

        public byte[] encrypt(String name, byte[] content) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + content.length / 64 + 64);
            try (OutputStream encrypting = new DeflaterOutputStream(
                    fileKey.newEncryptingStream(out, associated(packageId, name)))) {
                encrypting.write(content);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("A file could not be encrypted in memory", e);
            }
            return out.toByteArray();
        }
    }

    /** Decrypts the files of one package. */
    public static final class Opener {

        private final StreamingAead fileKey;
        private final String packageId;

        private Opener(StreamingAead fileKey, String packageId) {
            this.fileKey = fileKey;
            this.packageId = packageId;
        }

        /** The plain content of the file {@code name}, as a stream; a changed byte fails as an IOException. */
        public InputStream decrypting(String name, InputStream stored) throws IOException {
            try {
                return new InflaterInputStream(fileKey.newDecryptingStream(stored, associated(packageId, name)));
            } catch (GeneralSecurityException e) {
                throw new IOException("The file key does not open " + name, e);
            }
        }
    }

    /** A fresh file key for the package {@code packageId}, sealed to {@code recipient}. */
    public static Sealer sealFor(CentralRecipient recipient, String packageId) {
        try {
            KeysetHandle fileKey = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
            byte[] secret = TinkProtoKeysetFormat.serializeKeyset(fileKey, InsecureSecretKeyAccess.get());
            HybridEncrypt hpke = TinkProtoKeysetFormat.parseKeysetWithoutSecret(recipient.publicKeyset())
                    .getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
            byte[] sealed = hpke.encrypt(secret, context(packageId));
            java.util.Arrays.fill(secret, (byte) 0);
            return new Sealer(new Manifest.Encryption(SCHEME, recipient.fingerprint(),
                    Base64.getEncoder().encodeToString(sealed)),
                    fileKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class), packageId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The package's file key could not be sealed", e);
        }
    }

    /**
     * Opens the file key of a package with the central office's private key; a key that is not the one the
     * package was sealed to, or a sealed key that was changed, is refused.
     */
    static Opener open(Manifest.Encryption encryption, CentralKey key, String packageId) {
        if (!SCHEME.equals(encryption.scheme())) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.INVALID_DATA, "encryption.scheme");
        }
        byte[] sealed = Base64Strict.decode(encryption.sealedKey());
        try {
            HybridDecrypt hpke = TinkProtoKeysetFormat.parseKeyset(key.privateKeyset(), InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class);
            byte[] secret = hpke.decrypt(sealed, context(packageId));
            KeysetHandle fileKey = TinkProtoKeysetFormat.parseKeyset(secret, InsecureSecretKeyAccess.get());
            java.util.Arrays.fill(secret, (byte) 0);
            return new Opener(fileKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class), packageId);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_CHANGED, "encryption.sealedKey");
        }
    }

    private static byte[] context(String packageId) {
        return ("suhbat-package-2|" + packageId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] associated(String packageId, String name) {
        return ("suhbat-package-2|" + packageId + "|" + name).getBytes(StandardCharsets.UTF_8);
    }
}

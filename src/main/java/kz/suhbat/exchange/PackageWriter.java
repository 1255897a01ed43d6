package kz.suhbat.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Puts a package together: every file encrypted for the central office (when the office has its key),
 * the manifest listing every file's digests, its signature, then the files.
 */
public final class PackageWriter {

    /** One file of the package, its plain name and its bytes. */
    public record Entry(String path, byte[] content) {
        public Entry {
            if (!PackageFormat.isPlainName(path)) {
                throw new IllegalArgumentException("Not a plain file name: " + path);
            }
            content = content.clone();
        }
    }

    /** A signed package, ready to be written: {@code stored} are the files as the archive holds them. */
    public record SignedPackage(Manifest manifest, byte[] manifestBytes, byte[] signature, List<Entry> stored) {

        public String manifestSha256() {
            return Ed25519.sha256(manifestBytes);
        }

        /**
         * The package's bytes: the ZIP of the manifest, its signature and the files, closed by the seal
         * in the ZIP's comment.
         */
        public byte[] toBytes(Instant created, byte[] privateKey) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
            FileTime time = FileTime.from(created);
            put(zip, PackageFormat.MANIFEST, manifestBytes, time);
            put(zip, PackageFormat.SIGNATURE, Base64.getEncoder().encode(signature), time);
            for (Entry entry : stored) {
                put(zip, entry.path(), entry.content(), time);
            }
            zip.setComment("=".repeat(PackageFormat.SEAL_LENGTH));
            zip.finish();
            byte[] packed = bytes.toByteArray();
            int sealed = packed.length - PackageFormat.SEAL_LENGTH;
            MessageDigest digest = Ed25519.digest();
            digest.update(packed, 0, sealed);
            byte[] seal = Base64.getEncoder().encode(Ed25519.sign(privateKey, digest.digest()));
            System.arraycopy(seal, 0, packed, sealed, PackageFormat.SEAL_LENGTH);
            return packed;
        }

        private static void put(ZipOutputStream zip, String path, byte[] content, FileTime time) throws IOException {
            ZipEntry entry = new ZipEntry(path);
            entry.setLastModifiedTime(time);
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        }
    }

    private PackageWriter() {
    }

    /**
     * Encrypts {@code entries} for {@code recipient} (or leaves them plain when there is none), fills in
     * the manifest's encryption and list of files, and signs it with the office's key.
     */
    public static SignedPackage sign(Manifest metadata, List<Entry> entries, Optional<CentralRecipient> recipient,
                                     byte[] privateKey) {
        Optional<PackageCipher.Sealer> sealer = recipient.map(r -> PackageCipher.sealFor(r, metadata.packageId()));
        List<Manifest.FileDigest> files = new ArrayList<>();
        List<Entry> stored = new ArrayList<>();
        for (Entry entry : entries) {
            byte[] content = entry.content();
            byte[] kept = sealer.map(s -> s.encrypt(entry.path(), content)).orElse(content);
            files.add(new Manifest.FileDigest(entry.path(), content.length, Ed25519.sha256(content), kept.length,
                    Ed25519.sha256(kept)));
            stored.add(new Entry(entry.path(), kept));
        }
        Manifest manifest = metadata.encryptedAs(sealer.map(PackageCipher.Sealer::encryption).orElse(null))
                .listing(files);
        byte[] manifestBytes;
        try {
            manifestBytes = PackageFormat.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new IllegalStateException("The manifest could not be written", e);
        }
        return new SignedPackage(manifest, manifestBytes, Ed25519.sign(privateKey, manifestBytes), List.copyOf(stored));
    }
}

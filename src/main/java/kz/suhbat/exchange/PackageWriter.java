package kz.suhbat.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Puts a package together: the manifest listing every file's digest, its signature, then the files. */
public final class PackageWriter {

    /** One file of the package, its path inside the ZIP and its bytes. */
    public record Entry(String path, byte[] content) {
        public Entry {
            content = content.clone();
        }
    }

    /** A signed package, ready to be written. */
    public record SignedPackage(Manifest manifest, byte[] manifestBytes, byte[] signature, List<Entry> entries) {

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
            for (Entry entry : entries) {
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

    /** Fills in the manifest's list of files from {@code entries} and signs it with the office's key. */
    public static SignedPackage sign(Manifest metadata, List<Entry> entries, byte[] privateKey) {
        List<Manifest.FileDigest> files = new ArrayList<>();
        for (Entry entry : entries) {
            files.add(new Manifest.FileDigest(entry.path(), entry.content().length, Ed25519.sha256(entry.content())));
        }
        Manifest manifest = new Manifest(metadata.formatVersion(), metadata.packageId(), metadata.officeCode(),
                metadata.officeName(), metadata.region(), metadata.sequence(), metadata.createdAt(),
                metadata.auditHead(), metadata.auditLength(), metadata.keyFingerprint(), metadata.campaignId(), metadata.campaignTitle(),
                files);
        byte[] manifestBytes;
        try {
            manifestBytes = PackageFormat.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        } catch (IOException e) {
            throw new IllegalStateException("The manifest could not be written", e);
        }
        return new SignedPackage(manifest, manifestBytes, Ed25519.sign(privateKey, manifestBytes), List.copyOf(entries));
    }
}

package kz.suhbat.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.suhbat.security.Office;

/**
 * A package a registered office could make by hand: any files, of any size, named anything, listed in a
 * manifest it signs and sealed with its key; written as a stream, so a file of a gigabyte costs no memory.
 */
final class HostilePackage {

    /** A file of the package: its name and {@code size} bytes of {@code fill}, or {@code content}. */
    record File(String name, long size, byte fill, byte[] content) {
        static File of(String name, byte[] content) {
            return new File(name, content.length, (byte) 0, content);
        }

        static File repeated(String name, long size, byte fill) {
            return new File(name, size, fill, null);
        }

        void writeTo(OutputStream out, MessageDigest digest) throws IOException {
            if (content != null) {
                out.write(content);
                digest.update(content);
                return;
            }
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, fill);
            for (long left = size; left > 0; left -= block.length) {
                int n = (int) Math.min(block.length, left);
                out.write(block, 0, n);
                digest.update(block, 0, n);
            }
        }
    }

    private HostilePackage() {
    }

    /**
     * Writes the package of {@code office}, signed and sealed with {@code key}, holding {@code files}; every
     * file is listed in the manifest with its true size and digest, unencrypted.
     */
    static Path write(Path target, Office office, SigningKey key, long sequence, long campaignId, List<File> files)
            throws IOException {
        List<Manifest.FileDigest> digests = new ArrayList<>();
        for (File file : files) {
            MessageDigest digest = Ed25519.digest();
            file.writeTo(OutputStream.nullOutputStream(), digest);
            String sha = HexFormat.of().formatHex(digest.digest());
            digests.add(new Manifest.FileDigest(file.name(), file.size(), sha, file.size(), sha));
        }
        Manifest manifest = new Manifest(PackageFormat.VERSION, UUID.randomUUID().toString(), office.code(), sequence,
                Instant.now().toString(), "0".repeat(64), 0L, key.fingerprint(), campaignId, "x", null, digests);
        byte[] manifestBytes = PackageFormat.JSON.writeValueAsBytes(manifest);
        try (OutputStream out = Files.newOutputStream(target);
             ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, PackageFormat.MANIFEST, manifestBytes);
            put(zip, PackageFormat.SIGNATURE, Base64.getEncoder().encode(Ed25519.sign(key.privateKey(), manifestBytes)));
            for (File file : files) {
                zip.putNextEntry(new ZipEntry(file.name()));
                file.writeTo(zip, Ed25519.digest());
                zip.closeEntry();
            }
            zip.setComment("=".repeat(PackageFormat.SEAL_LENGTH));
        }
        seal(target, key);
        return target;
    }

    /** Signs every byte before the seal and writes the seal over the ZIP's comment. */
    static void seal(Path file, SigningKey key) throws IOException {
        long sealed = Files.size(file) - PackageFormat.SEAL_LENGTH;
        MessageDigest digest = Ed25519.digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long left = sealed;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                digest.update(buffer, 0, n);
                left -= n;
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(sealed);
            raf.write(Base64.getEncoder().encode(Ed25519.sign(key.privateKey(), digest.digest())));
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}

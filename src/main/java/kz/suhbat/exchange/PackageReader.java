package kz.suhbat.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a package before anything of it is used: the ZIP is whole, the manifest is of a format this
 * version reads, it is signed by a registered key that is not revoked, every file is there, as long
 * as listed and with the listed SHA-256, with nothing added, and the seal over the whole file holds. The first problem found is thrown as
 * a {@link ExchangeRefusal}; nothing is written anywhere.
 */
public final class PackageReader {

    /** The keys packages may be signed with, by fingerprint. */
    @FunctionalInterface
    public interface Keys {
        Optional<RegisteredKey> byFingerprint(String fingerprint);
    }

    private PackageReader() {
    }

    /** The manifest alone, unchecked: only to put packages in order before each is verified. */
    public static Manifest peek(Path file) {
        try (ZipFile zip = open(file)) {
            return manifest(file, manifestBytes(file, zip));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    public static VerifiedPackage verify(Path file, Keys keys) {
        try (ZipFile zip = open(file)) {
            Set<String> names = names(file, zip);
            byte[] manifestBytes = manifestBytes(file, zip);
            Manifest manifest = manifest(file, manifestBytes);
            RegisteredKey key = key(manifest, keys);
            ZipEntry signatureEntry = zip.getEntry(PackageFormat.SIGNATURE);
            if (signatureEntry == null) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.NO_SIGNATURE, file.getFileName());
            }
            byte[] signature = decode(read(zip, signatureEntry, 1024));
            if (!Ed25519.verify(key.publicKey(), manifestBytes, signature)) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.BAD_SIGNATURE, manifest.officeCode());
            }
            byte[] data = null;
            Set<String> listed = new HashSet<>();
            for (Manifest.FileDigest listedFile : manifest.files()) {
                listed.add(listedFile.path());
                byte[] content = checked(zip, listedFile);
                if (listedFile.path().equals(PackageFormat.DATA)) {
                    data = content;
                }
            }
            for (String name : names) {
                if (!listed.contains(name) && !name.equals(PackageFormat.MANIFEST)
                        && !name.equals(PackageFormat.SIGNATURE)) {
                    throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_ADDED, name);
                }
            }
            if (data == null) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_MISSING, PackageFormat.DATA);
            }
            checkSeal(file, zip, key);
            return new VerifiedPackage(file, manifest, Ed25519.sha256(manifestBytes), key, data);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The seal: the signature, in the ZIP's comment, of every byte of the file before it. */
    private static void checkSeal(Path file, ZipFile zip, RegisteredKey key) throws IOException {
        long size = Files.size(file);
        String comment = zip.getComment();
        if (comment == null || comment.length() != PackageFormat.SEAL_LENGTH || size < PackageFormat.SEAL_LENGTH) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.SEAL_BROKEN, file.getFileName());
        }
        MessageDigest digest = Ed25519.digest();
        byte[] tail = new byte[PackageFormat.SEAL_LENGTH];
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long left = size - PackageFormat.SEAL_LENGTH;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new java.io.EOFException();
                }
                digest.update(buffer, 0, n);
                left -= n;
            }
            if (in.readNBytes(tail, 0, tail.length) != tail.length) {
                throw new java.io.EOFException();
            }
        }
        boolean sealed = new String(tail, java.nio.charset.StandardCharsets.US_ASCII).equals(comment)
                && Ed25519.verify(key.publicKey(), digest.digest(), decode(tail));
        if (!sealed) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.SEAL_BROKEN, file.getFileName());
        }
    }

    private static ZipFile open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.NOT_FOUND, file);
        }
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.DAMAGED, file.getFileName());
        }
    }

    private static ExchangeRefusal unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ExchangeRefusal(ExchangeRefusal.Reason.NOT_FOUND, file);
        }
        if (e instanceof java.nio.file.FileSystemException) {
            return new ExchangeRefusal(ExchangeRefusal.Reason.UNREADABLE, file, String.valueOf(e.getMessage()));
        }
        // Anything else met while reading a ZIP that opened: a structure cut short or made nonsense.
        return new ExchangeRefusal(ExchangeRefusal.Reason.DAMAGED, file.getFileName());
    }

    /** Every entry's name, refusing a ZIP that names one file twice (only one of the two could be checked). */
    private static Set<String> names(Path file, ZipFile zip) {
        Set<String> names = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (!names.add(entry.getName())) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.DAMAGED, file.getFileName());
            }
        }
        return names;
    }

    private static byte[] manifestBytes(Path file, ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(PackageFormat.MANIFEST);
        if (entry == null) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.NO_MANIFEST, file.getFileName());
        }
        return read(zip, entry, PackageFormat.MANIFEST_LIMIT);
    }

    private static Manifest manifest(Path file, byte[] bytes) throws IOException {
        Manifest manifest;
        try {
            manifest = PackageFormat.JSON.readValue(bytes, Manifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.DAMAGED, file.getFileName());
        }
        if (manifest == null) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.DAMAGED, file.getFileName());
        }
        if (manifest.formatVersion() != PackageFormat.VERSION) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.WRONG_FORMAT, manifest.formatVersion(),
                    PackageFormat.VERSION);
        }
        if (manifest.officeCode() == null || manifest.keyFingerprint() == null || !isUuid(manifest.packageId())) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.DAMAGED, file.getFileName());
        }
        return manifest;
    }

    private static boolean isUuid(String text) {
        try {
            return text != null && java.util.UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static RegisteredKey key(Manifest manifest, Keys keys) {
        Optional<RegisteredKey> found = keys.byFingerprint(manifest.keyFingerprint())
                .filter(k -> k.officeCode().equals(manifest.officeCode()));
        String shortPrint = Ed25519.shortFingerprint(manifest.keyFingerprint());
        if (found.isEmpty()) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.UNKNOWN_KEY, manifest.officeCode(), shortPrint);
        }
        if (found.get().revoked()) {
            LocalDate revoked = found.get().revokedAt().orElseThrow().atZone(ZoneOffset.UTC).toLocalDate();
            throw new ExchangeRefusal(ExchangeRefusal.Reason.REVOKED_KEY, manifest.officeCode(), shortPrint, revoked);
        }
        return found.get();
    }

    private static byte[] checked(ZipFile zip, Manifest.FileDigest listed) throws IOException {
        ZipEntry entry = zip.getEntry(listed.path());
        if (entry == null) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_MISSING, listed.path());
        }
        if (listed.size() < 0 || listed.size() > PackageFormat.FILE_LIMIT) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_CHANGED, listed.path());
        }
        byte[] content;
        try {
            content = read(zip, entry, (int) Math.min(Integer.MAX_VALUE - 8, listed.size() + 1));
        } catch (java.io.EOFException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_TRUNCATED, listed.path(), 0, listed.size());
        } catch (ZipException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_CHANGED, listed.path());
        }
        if (content.length < listed.size()) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_TRUNCATED, listed.path(), content.length,
                    listed.size());
        }
        MessageDigest digest = Ed25519.digest();
        if (content.length != listed.size()
                || !MessageDigest.isEqual(digest.digest(content), hex(listed.sha256()))) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_CHANGED, listed.path());
        }
        return content;
    }

    private static byte[] hex(String sha256) {
        try {
            return HexFormat.of().parseHex(sha256 == null ? "" : sha256);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] decode(byte[] base64) {
        try {
            return Base64.getDecoder().decode(new String(base64, java.nio.charset.StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** Reads at most {@code limit} bytes of an entry, so a lying entry cannot fill the memory. */
    private static byte[] read(ZipFile zip, ZipEntry entry, int limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(entry.getSize(), 32),
                    limit));
            byte[] buffer = new byte[64 * 1024];
            int total = 0;
            int n;
            while (total < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - total))) > 0) {
                out.write(buffer, 0, n);
                total += n;
            }
            return out.toByteArray();
        }
    }
}

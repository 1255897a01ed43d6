package kz.suhbat.exchange;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a package before anything of it is used, reading it as a stream within fixed limits: the ZIP's
 * directory is small and names plain files, the manifest is of this format, it is signed by a registered
 * key that is not revoked, every file is there, within its limit, as long as listed and with the listed
 * SHA-256 both as stored and (once decrypted with the central key) as written, with nothing added, and
 * the seal over the whole file holds. The first problem found is thrown as a {@link ExchangeRefusal};
 * nothing is written anywhere. Only the campaign's data is kept in memory.
 */
public final class PackageReader {

    /** The offices' keys packages may be signed with, by fingerprint. */
    @FunctionalInterface
    public interface Keys {
        Optional<RegisteredKey> byFingerprint(String fingerprint);
    }

    /** The central office's own keys packages may be encrypted for, by fingerprint. */
    @FunctionalInterface
    public interface CentralKeys {
        Optional<CentralKey> byFingerprint(String fingerprint);
    }

    /** Tink's streaming encryption adds a header and a tag to every 1 MiB segment: far less than this. */
    private static final long CIPHER_ALLOWANCE = 4096;

    private PackageReader() {
    }

    /** The manifest alone, unchecked: only to put packages in order before each is verified. */
    public static Manifest peek(Path file) {
        try (Archive archive = open(file)) {
            return manifest(file, manifestBytes(file, archive.zip()));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Verifies a package in full, decrypting its files with the central office's keys. */
    public static VerifiedPackage verify(Path file, Keys keys, CentralKeys centralKeys) {
        return check(file, keys, Optional.of(centralKeys));
    }

    /**
     * Verifies what an office can of a package it wrote: signature, seal and the stored bytes of every
     * file; not the content of an encrypted file, which only the central key opens.
     */
    public static VerifiedPackage verifyStored(Path file, Keys keys) {
        return check(file, keys, Optional.empty());
    }

    private static VerifiedPackage check(Path file, Keys keys, Optional<CentralKeys> centralKeys) {
        try (Archive archive = open(file)) {
            ZipFile zip = archive.zip();
            Map<String, Long> directory = archive.directory().sizes();
            byte[] manifestBytes = manifestBytes(file, zip);
            Manifest manifest = manifest(file, manifestBytes);
            RegisteredKey key = key(manifest, keys);
            ZipEntry signatureEntry = zip.getEntry(PackageFormat.SIGNATURE);
            if (signatureEntry == null) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.NO_SIGNATURE, file.getFileName());
            }
            byte[] signature = Base64Strict.decode(read(zip, signatureEntry, PackageFormat.SIGNATURE_LIMIT + 1));
            if (!Ed25519.verify(key.publicKey(), manifestBytes, signature)) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.BAD_SIGNATURE, manifest.officeCode());
            }
            Optional<PackageCipher.Opener> opener = centralKeys.flatMap(central -> opener(manifest, central));
            byte[] data = null;
            Set<String> listed = new HashSet<>();
            for (Manifest.FileDigest listedFile : manifest.files()) {
                listed(listedFile, listed, directory);
                byte[] content = new ListedFile(zip, listedFile, opener, manifest.encrypted()).check();
                if (listedFile.path().equals(PackageFormat.DATA)) {
                    data = content;
                }
            }
            for (String name : directory.keySet()) {
                if (!listed.contains(name) && !name.equals(PackageFormat.MANIFEST)
                        && !name.equals(PackageFormat.SIGNATURE)) {
                    throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_ADDED, name);
                }
            }
            if (!listed.contains(PackageFormat.DATA)) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_MISSING, PackageFormat.DATA);
            }
            checkSeal(file, zip, key);
            return new VerifiedPackage(file, manifest, Ed25519.sha256(manifestBytes), key,
                    data == null ? new byte[0] : data);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** A listed file: a plain name, listed once, within its limit both as the manifest and as the ZIP say. */
    private static void listed(Manifest.FileDigest file, Set<String> listed, Map<String, Long> directory) {
        String name = file.path();
        if (!PackageFormat.isPlainName(name) || name.equals(PackageFormat.MANIFEST)
                || name.equals(PackageFormat.SIGNATURE)) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.ENTRY_NAME, String.valueOf(name));
        }
        if (!listed.add(name)) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.INVALID_DATA, "files");
        }
        long limit = PackageFormat.limitOf(name);
        long storedLimit = limit + CIPHER_ALLOWANCE + limit / 1024;
        long inZip = directory.getOrDefault(name, 0L);
        if (file.size() < 0 || file.storedSize() < 0 || file.size() > limit || file.storedSize() > storedLimit
                || inZip > storedLimit) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.ENTRY_TOO_LARGE, name, limit >> 20);
        }
    }

    /** The file key of an encrypted package, opened with the central key it was sealed to. */
    private static Optional<PackageCipher.Opener> opener(Manifest manifest, CentralKeys centralKeys) {
        if (!manifest.encrypted()) {
            return Optional.empty();
        }
        String recipient = String.valueOf(manifest.encryption().recipient());
        CentralKey key = centralKeys.byFingerprint(recipient).orElseThrow(() -> new ExchangeRefusal(
                ExchangeRefusal.Reason.NOT_FOR_THIS_OFFICE, manifest.officeCode(), Ed25519.shortFingerprint(recipient)));
        return Optional.of(PackageCipher.open(manifest.encryption(), key, manifest.packageId()));
    }

    /** Reads one listed file as a stream, checking its stored and (where it can) its plain digest. */
    private record ListedFile(ZipFile zip, Manifest.FileDigest listed, Optional<PackageCipher.Opener> opener,
                              boolean encrypted) {

        /** The content, kept only for the campaign's data; an empty array for any other file. */
        byte[] check() throws IOException {
            ZipEntry entry = zip.getEntry(listed.path());
            if (entry == null) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_MISSING, listed.path());
            }
            if (!encrypted && (listed.size() != listed.storedSize()
                    || !String.valueOf(listed.sha256()).equals(listed.storedSha256()))) {
                throw changed();
            }
            boolean keep = listed.path().equals(PackageFormat.DATA) && (opener.isPresent() || !encrypted);
            MessageDigest storedDigest = Ed25519.digest();
            MessageDigest plainDigest = Ed25519.digest();
            ByteArrayOutputStream kept = new ByteArrayOutputStream(keep ? (int) Math.min(listed.size(), 1 << 20) : 0);
            long storedCount;
            long plainCount;
            try (CountingStream stored = new CountingStream(new DigestInputStream(zip.getInputStream(entry),
                    storedDigest), listed.storedSize() + 1)) {
                if (opener.isPresent()) {
                    InputStream undrained = new java.io.FilterInputStream(stored) {
                        @Override
                        public void close() {
                            // The stored stream is drained and closed below, whatever the decryption gives.
                        }
                    };
                    try (InputStream plain = opener.get().decrypting(listed.path(), undrained)) {
                        plainCount = copy(plain, plainDigest, keep ? kept : null, listed.size() + 1);
                        stored.transferTo(java.io.OutputStream.nullOutputStream());
                    } catch (IOException undecryptable) {
                        // A file cut short fails to decrypt too: say which of the two it is.
                        stored.transferTo(java.io.OutputStream.nullOutputStream());
                        plainCount = -1;
                    }
                } else {
                    plainCount = copy(stored, plainDigest, keep ? kept : null, listed.storedSize() + 1);
                }
                storedCount = stored.count();
            } catch (EOFException e) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_TRUNCATED, listed.path(), 0, listed.storedSize());
            } catch (ZipException e) {
                throw changed();
            }
            if (storedCount < listed.storedSize()) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.FILE_TRUNCATED, listed.path(), storedCount,
                        listed.storedSize());
            }
            if (storedCount != listed.storedSize() || !matches(storedDigest, listed.storedSha256())) {
                throw changed();
            }
            if ((opener.isPresent() || !encrypted)
                    && (plainCount != listed.size() || !matches(plainDigest, listed.sha256()))) {
                throw changed();
            }
            return kept.toByteArray();
        }

        private ExchangeRefusal changed() {
            return new ExchangeRefusal(ExchangeRefusal.Reason.FILE_CHANGED, listed.path());
        }
    }

    /** The bytes read through it, never more than {@code limit}. */
    private static final class CountingStream extends java.io.FilterInputStream {

        private final long limit;
        private long count;

        CountingStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            if (count >= limit) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (count >= limit) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, limit - count));
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes must still pass through the digest: read them instead.
            int n2 = read(new byte[(int) Math.max(0, Math.min(n, 8192))]);
            return Math.max(n2, 0);
        }
    }

    /** Reads {@code in} to its end or to {@code limit} bytes, through {@code digest}, keeping them if asked. */
    private static long copy(InputStream in, MessageDigest digest, ByteArrayOutputStream keep, long limit)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            digest.update(buffer, 0, n);
            if (keep != null) {
                keep.write(buffer, 0, n);
            }
            total += n;
        }
        return total;
    }

    private static boolean matches(MessageDigest digest, String sha256) {
        return MessageDigest.isEqual(digest.digest(), hex(sha256));
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
                    throw new EOFException();
                }
                digest.update(buffer, 0, n);
                left -= n;
            }
            if (in.readNBytes(tail, 0, tail.length) != tail.length) {
                throw new EOFException();
            }
        }
        boolean sealed = new String(tail, StandardCharsets.US_ASCII).equals(comment)
                && Ed25519.verify(key.publicKey(), digest.digest(), Base64Strict.decode(tail));
        if (!sealed) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.SEAL_BROKEN, file.getFileName());
        }
    }

    /** An archive opened once its directory passed {@link ZipDirectory}. */
    private record Archive(ZipFile zip, ZipDirectory directory) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static Archive open(Path file) throws IOException {
        PackageFiles.requireReadable(file);
        ZipDirectory directory = ZipDirectory.read(file);
        try {
            return new Archive(new ZipFile(file.toFile()), directory);
        } catch (ZipException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.DAMAGED, file.getFileName());
        }
    }

    private static ExchangeRefusal unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ExchangeRefusal(ExchangeRefusal.Reason.NOT_FOUND, file);
        }
        if (e instanceof ZipException || e instanceof EOFException) {
            // A structure cut short or made nonsense.
            return new ExchangeRefusal(ExchangeRefusal.Reason.DAMAGED, file.getFileName());
        }
        return new ExchangeRefusal(ExchangeRefusal.Reason.UNREADABLE, file, String.valueOf(e.getMessage()));
    }

    private static byte[] manifestBytes(Path file, ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(PackageFormat.MANIFEST);
        if (entry == null) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.NO_MANIFEST, file.getFileName());
        }
        byte[] bytes = read(zip, entry, PackageFormat.MANIFEST_LIMIT + 1);
        if (bytes.length > PackageFormat.MANIFEST_LIMIT) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.ENTRY_TOO_LARGE, PackageFormat.MANIFEST,
                    PackageFormat.MANIFEST_LIMIT >> 20);
        }
        return bytes;
    }

    private static Manifest manifest(Path file, byte[] bytes) {
        Manifest manifest;
        try {
            manifest = PackageFormat.JSON.readValue(bytes, Manifest.class);
        } catch (IOException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.DAMAGED, file.getFileName());
        }
        if (manifest == null) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.DAMAGED, file.getFileName());
        }
        if (manifest.formatVersion() < PackageFormat.VERSION) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.OLD_FORMAT, manifest.formatVersion(), PackageFormat.VERSION);
        }
        if (manifest.formatVersion() > PackageFormat.VERSION) {
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

    private static byte[] hex(String sha256) {
        try {
            return HexFormat.of().parseHex(sha256 == null ? "" : sha256);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** Reads at most {@code limit} bytes of an entry, so a lying entry cannot fill the memory. */
    private static byte[] read(ZipFile zip, ZipEntry entry, int limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes(limit);
        }
    }
}

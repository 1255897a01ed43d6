package kz.suhbat.common.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import kz.suhbat.common.Progress;

/**
 * A copy of a file onto a removable drive that is known to be good before anyone is told so: written under a
 * temporary name in the target's folder, forced to the device and moved to its name in one step (owner-only
 * where the system has POSIX permissions; see {@link AtomicFiles}), then read back from the drive and
 * compared with what was written, by SHA-256. A copy that does not read back the same is removed. Progress
 * counts the bytes written, then the bytes read back.
 */
public final class VerifiedCopy {

    private static final int BUFFER = 1 << 16;

    /** The copy on the drive read back different from its source (and has been removed). */
    public static final class MismatchException extends IOException {
        public MismatchException(Path copy) {
            super("The copy " + copy + " does not read back the same as its source");
        }
    }

    private VerifiedCopy() {
    }

    /**
     * Copies {@code source} to {@code target}, which must not exist, and verifies the copy. On any failure
     * (a full, removed or read-only drive, a copy that reads back different) nothing is left at
     * {@code target} that the drive still lets us remove, and the failure is thrown.
     */
    public static void copyNew(Path source, Path target, Progress progress) throws IOException {
        long size = Files.size(source);
        MessageDigest written = sha256();
        AtomicFiles.writeNewOwnerOnly(target, out -> {
            try (InputStream in = Files.newInputStream(source)) {
                transfer(in, out, written, progress, 0, 2 * size);
            }
        });
        progress.report(size, 2 * size);
        try {
            MessageDigest read = sha256();
            try (InputStream in = Files.newInputStream(target)) {
                transfer(in, OutputStream.nullOutputStream(), read, progress, size, 2 * size);
            }
            if (!MessageDigest.isEqual(written.digest(), read.digest())) {
                throw new MismatchException(target);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException gone) {
                e.addSuppressed(gone);
            }
            throw e;
        }
    }

    private static void transfer(InputStream in, OutputStream out, MessageDigest digest, Progress progress,
                                 long before, long total) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long done = before;
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            digest.update(buffer, 0, n);
            done += n;
            progress.report(done, total);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}

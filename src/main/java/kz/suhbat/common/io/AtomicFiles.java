package kz.suhbat.common.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.slf4j.LoggerFactory;

/** Writing files so that a crash, a full disk or a removed stick never leaves half a file under the name. */
public final class AtomicFiles {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream stream) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes beside the target, forces it to the device, then moves it into place. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, new FileAttribute<?>[0]);
    }

    /**
     * Like {@link #write}, and the file can be read and written by its owner only (rw-------) where the
     * system has POSIX permissions; it is created so, never readable by others for a moment.
     */
    public static void writeOwnerOnly(Path target, Content content) throws IOException {
        write(target, content, ownerOnly(target));
    }

    /** Like {@link #writeNew}, and the file is its owner's only, as with {@link #writeOwnerOnly}. */
    public static void writeNewOwnerOnly(Path target, Content content) throws IOException {
        writeNew(target, content, ownerOnly(target));
    }

    /**
     * What makes a new file its owner's only (rw-------) where {@code file}'s system has POSIX permissions;
     * nothing elsewhere (Windows gives a user's files to that user by the folder's rights).
     */
    public static FileAttribute<?>[] ownerOnly(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    /** What makes a new folder its owner's only (rwx------) where the system has POSIX permissions. */
    public static FileAttribute<?>[] ownerOnlyFolder(Path folder) {
        return posix(folder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void write(Path target, Content content, FileAttribute<?>... attributes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.deleteIfExists(partial);
            try (FileChannel channel = FileChannel.open(partial, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), attributes)) {
                OutputStream stream = Channels.newOutputStream(channel);
                content.writeTo(stream);
                stream.flush();
                channel.force(true);
            }
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Writes a new file that must not replace anything: a uniquely named temporary file in the target's
     * own folder (so the move stays on that device), forced to the device, then moved to its name in
     * one step, and the folder forced too. Throws {@link FileAlreadyExistsException} rather than
     * overwrite; on any failure the temporary file is removed and the target does not exist.
     */
    public static void writeNew(Path target, Content content) throws IOException {
        writeNew(target, content, new FileAttribute<?>[0]);
    }

    private static void writeNew(Path target, Content content, FileAttribute<?>... attributes) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (FileChannel channel = FileChannel.open(partial, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), attributes)) {
                OutputStream stream = Channels.newOutputStream(channel);
                content.writeTo(stream);
                stream.flush();
                channel.force(true);
            }
            if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(absolute.toString());
            }
            try {
                Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute);
            }
            forceFolder(absolute.getParent());
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Forces a folder's entries to the device where the system allows it (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows opens no folder as a channel. The file itself is on the device already; only its
            // name waits for the system's own flush, which is worth a line in the log, not a failure.
            LoggerFactory.getLogger(AtomicFiles.class).debug("Folder {} not forced to the device: {}", folder,
                    e.toString());
        }
    }
}

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
        write(target, content, false);
    }

    /**
     * Like {@link #write}, for a file only its owner may read: a key file. The file is created with
     * owner-only permissions from the start (POSIX {@code rw-------}); on a file system without POSIX
     * permissions (Windows) its access list is cut down to the owner where the system allows it.
     */
    public static void writePrivate(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean ownerOnly) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            if (ownerOnly) {
                Files.deleteIfExists(partial);
                OwnerOnly.create(partial);
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
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
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
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

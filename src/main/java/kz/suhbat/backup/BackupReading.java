package kz.suhbat.backup;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.zip.ZipInputStream;
import kz.suhbat.common.Progress;
import kz.suhbat.common.io.AtomicFiles;

/**
 * A backup file read as a zip, telling apart the three ways a restore can fail: the file cannot be read (a
 * drive pulled out: {@link ReadFailure}), the restored file cannot be written ({@link WriteFailure}), or
 * any other {@link IOException}: the file is no backup or is damaged. Progress counts the bytes read.
 */
final class BackupReading implements Closeable {

    /** The backup file could not be read. */
    static final class ReadFailure extends IOException {
        ReadFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** What was read could not be written into the restored folder. */
    static final class WriteFailure extends IOException {
        WriteFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final ZipInputStream zip;

    private BackupReading(ZipInputStream zip) {
        this.zip = zip;
    }

    static BackupReading of(Path backup, Progress progress) throws ReadFailure {
        try {
            long size = Files.size(backup);
            return new BackupReading(new ZipInputStream(new Counted(Files.newInputStream(backup), size, progress)));
        } catch (IOException e) {
            throw new ReadFailure(e);
        }
    }

    ZipInputStream zip() {
        return zip;
    }

    /** Copies the current entry into a new file, its owner's only, forced to the device. */
    void copyEntryTo(Path file) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    AtomicFiles.ownerOnly(file));
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
        try (channel) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = zip.read(buffer)) > 0; ) {
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                written(() -> {
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                });
            }
            written(() -> channel.force(true));
        }
    }

    /** A step of writing the restored file. */
    @FunctionalInterface
    private interface Writing {
        void run() throws IOException;
    }

    private static void written(Writing writing) throws WriteFailure {
        try {
            writing.run();
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** The file's bytes, their read failures marked as such and their count reported. */
    private static final class Counted extends FilterInputStream {
        private final long size;
        private final Progress progress;
        private long read;

        Counted(InputStream in, long size, Progress progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(bytes, offset, length);
            } catch (IOException e) {
                throw new ReadFailure(e);
            }
            if (n > 0) {
                read += n;
                progress.report(read, size);
            }
            return n;
        }
    }
}

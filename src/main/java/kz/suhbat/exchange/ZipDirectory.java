package kz.suhbat.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table of contents of a package's ZIP, read from the end of the file (APPNOTE 4.3.12 and 4.3.16)
 * before anything else is: at most {@value PackageFormat#ENTRY_LIMIT} files, each with a plain name
 * given once, neither a link nor encrypted by ZIP itself, and no ZIP64 (a package never needs it). So a
 * hostile archive is refused by the size of its directory, without the directory or any file being
 * read into memory first.
 */
final class ZipDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_LENGTH = 22;
    private static final int ENTRY_LENGTH = 46;
    private static final int UNIX = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int SYMBOLIC_LINK = 0120000;
    private static final int ENCRYPTED = 1;
    /** Each entry's fixed part, a name of at most 128 bytes and room for extra fields and a comment. */
    private static final long DIRECTORY_LIMIT = (long) PackageFormat.ENTRY_LIMIT * 1024;

    private final Map<String, Long> sizes;

    private ZipDirectory(Map<String, Long> sizes) {
        this.sizes = sizes;
    }

    /** The uncompressed size the directory gives each file, by name, in the archive's order. */
    Map<String, Long> sizes() {
        return sizes;
    }

    static ZipDirectory read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = channel.size();
            if (length > PackageFormat.PACKAGE_LIMIT) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.PACKAGE_TOO_LARGE, file.getFileName(),
                        PackageFormat.PACKAGE_LIMIT >> 20);
            }
            long end = findEnd(channel, length, file);
            ByteBuffer record = read(channel, end, END_LENGTH);
            int entries = Short.toUnsignedInt(record.getShort(10));
            long directorySize = Integer.toUnsignedLong(record.getInt(12));
            long directoryStart = Integer.toUnsignedLong(record.getInt(16));
            if (end >= 20 && read(channel, end - 20, 4).getInt(0) == ZIP64_LOCATOR_SIGNATURE) {
                throw damaged(file);
            }
            if (entries > PackageFormat.ENTRY_LIMIT || directorySize > DIRECTORY_LIMIT) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.TOO_MANY_FILES, file.getFileName(),
                        PackageFormat.ENTRY_LIMIT);
            }
            if (directoryStart + directorySize > end) {
                throw damaged(file);
            }
            return new ZipDirectory(entries(read(channel, directoryStart, (int) directorySize), entries, file));
        }
    }

    private static Map<String, Long> entries(ByteBuffer directory, int count, Path file) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        int at = 0;
        for (int i = 0; i < count; i++) {
            if (at + ENTRY_LENGTH > directory.limit() || directory.getInt(at) != ENTRY_SIGNATURE) {
                throw damaged(file);
            }
            int madeBy = Short.toUnsignedInt(directory.getShort(at + 4)) >> 8;
            int flags = Short.toUnsignedInt(directory.getShort(at + 8));
            long size = Integer.toUnsignedLong(directory.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
            int external = directory.getInt(at + 38);
            int next = at + ENTRY_LENGTH + nameLength + extraLength + commentLength;
            if (next > directory.limit()) {
                throw damaged(file);
            }
            String name = name(directory, at + ENTRY_LENGTH, nameLength);
            boolean link = madeBy == UNIX && ((external >>> 16) & TYPE_MASK) == SYMBOLIC_LINK;
            if (name == null || !PackageFormat.isPlainName(name) || link) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.ENTRY_NAME, name == null ? "?" : name);
            }
            if ((flags & ENCRYPTED) != 0 || sizes.put(name, size) != null) {
                throw damaged(file);
            }
            at = next;
        }
        return sizes;
    }

    private static String name(ByteBuffer directory, int at, int length) {
        byte[] bytes = new byte[length];
        directory.get(at, bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The end of central directory record: the last one whose comment reaches exactly to the file's end. */
    private static long findEnd(FileChannel channel, long length, Path file) throws IOException {
        int window = (int) Math.min(length, END_LENGTH + 0xFFFF);
        ByteBuffer tail = read(channel, length - window, window);
        for (int at = window - END_LENGTH; at >= 0; at--) {
            if (tail.getInt(at) == END_SIGNATURE
                    && at + END_LENGTH + Short.toUnsignedInt(tail.getShort(at + 20)) == window) {
                return length - window + at;
            }
        }
        throw damaged(file);
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new java.io.EOFException();
            }
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ExchangeRefusal damaged(Path file) {
        return new ExchangeRefusal(ExchangeRefusal.Reason.DAMAGED, file.getFileName());
    }
}

package kz.suhbat.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a key file someone chose: a key file is a few hundred bytes, so anything over
 * {@value #LIMIT} bytes is refused as not a key file before it is read into memory.
 */
public final class KeyFiles {

    static final int LIMIT = 64 * 1024;

    private KeyFiles() {
    }

    /** The office key file at {@code file}, checked. */
    public static OfficeKeyFile office(Path file) throws IOException {
        String name = file.getFileName().toString();
        return OfficeKeyFile.parse(read(file, ExchangeRefusal.Reason.KEY_FILE_INVALID), name);
    }

    /** The central office key file at {@code file}, checked. */
    public static CentralKeyFile central(Path file) throws IOException {
        String name = file.getFileName().toString();
        return CentralKeyFile.parse(read(file, ExchangeRefusal.Reason.CENTRAL_KEY_FILE_INVALID), name);
    }

    private static byte[] read(Path file, ExchangeRefusal.Reason invalid) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(LIMIT + 1);
            if (bytes.length > LIMIT) {
                throw new ExchangeRefusal(invalid, file.getFileName());
            }
            return bytes;
        }
    }
}

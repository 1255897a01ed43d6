package kz.suhbat.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A package file as the system gives it, before its content is looked at: one that is not there, or
 * that the system does not let Suhbat read (no permission, a failing stick), is said to be so, not taken
 * for a package cut short.
 */
final class PackageFiles {

    private PackageFiles() {
    }

    static void requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.NOT_FOUND, file);
        }
        if (Files.isDirectory(file)) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.NOT_A_FILE, file);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.read(ByteBuffer.allocate(1));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.NO_PERMISSION, file);
        } catch (NoSuchFileException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.NOT_FOUND, file);
        } catch (IOException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.UNREADABLE, file,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}

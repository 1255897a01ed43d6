package kz.suhbat.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import kz.suhbat.common.io.AtomicFiles;

/**
 * The keyring file beside a laptop's database: read once, written atomically on every change and readable
 * by its owner alone. Only this process writes it (one Suhbat opens a data folder at a time).
 */
final class KeyringFile implements KeyringStore {

    private final Path file;
    private byte[] document;

    private KeyringFile(Path file, byte[] document) {
        this.file = file;
        this.document = document;
    }

    static KeyringFile open(Path file) {
        if (!Files.exists(file)) {
            return new KeyringFile(file, null);
        }
        try {
            return new KeyringFile(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new KeyringException(KeyringException.Reason.DAMAGED, "The keyring " + file + " cannot be read", e);
        }
    }

    @Override
    public synchronized byte[] read() {
        return document;
    }

    @Override
    public synchronized void update(UnaryOperator<byte[]> change) {
        byte[] changed = change.apply(document);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.writeOwnerOnly(file, stream -> stream.write(changed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document = changed;
    }

    @Override
    public String toString() {
        return file.toString();
    }
}

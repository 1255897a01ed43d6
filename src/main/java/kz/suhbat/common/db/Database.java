package kz.suhbat.common.db;

import java.nio.file.Path;
import kz.suhbat.common.Progress;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Where the office's data lives: the embedded H2 file of a laptop ({@link H2Database}) or a central
 * office's PostgreSQL server ({@link ServerDatabase}). Both are built by the same migrations and read
 * and written by the same repositories; what differs between the engines is here and in its two
 * subclasses.
 */
public abstract class Database implements AutoCloseable {

    /** The steps {@link #rekey} reports. */
    public static final int REKEY_STEPS = 5;

    /** The migrations both engines run, and the folder of each engine's own spelling of the rest. */
    static final String COMMON_MIGRATIONS = "classpath:db/migration/common";

    public abstract Jdbi jdbi();

    /** The key the office's credentials unwrap: the file's key on H2, the office's secret on a server. */
    public abstract DatabaseKey key();

    /** The schema version the database had before this open brought it up to date (-1 when new). */
    public abstract int versionAtOpen();

    /**
     * Forces what is committed onto the disk itself, past the operating system's buffers. A server's
     * commit is already durable when it returns.
     */
    public abstract void syncToDisk();

    /**
     * Renews the key; {@code swapped} runs once the data is under the new key (it makes the new key the
     * current one in the keyring).
     */
    public abstract void rekey(DatabaseKey to, Runnable swapped, Progress progress);

    /**
     * Whether Suhbat keeps this database's backups itself (the laptop's file), rather than the server's
     * own base backups and WAL archive.
     */
    public abstract boolean keepsOwnBackups();

    /** Writes a consistent copy of the database into a new one in {@code folder} (own backups only). */
    public abstract void copyTo(Path folder, DatabaseKey key, Path script);

    /**
     * Called first in every transaction that writes, on its handle: writers take turns, on one laptop and
     * across every workstation of a server alike, since each write appends to the one audit chain.
     */
    public abstract void takeWritersTurn(Handle handle);

    /**
     * Whether a transaction that failed with {@code failure} may be run again from the start: the
     * connection was lost, and another host of the server may already have taken over.
     */
    public abstract boolean mayRetry(Throwable failure);

    @Override
    public abstract void close();
}

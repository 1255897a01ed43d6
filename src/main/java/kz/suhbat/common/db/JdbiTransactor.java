package kz.suhbat.common.db;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import kz.suhbat.common.Transactor;
import org.jdbi.v3.core.Jdbi;

/**
 * Jdbi keeps the transaction's handle for the thread, so repositories called inside share it. Once the
 * outermost transaction has committed, what it wrote is forced onto the disk ({@code CHECKPOINT SYNC}),
 * so that a commit the screen reports as saved survives a killed process and a power cut alike, and then
 * {@code committed} is told (the audit trail's anchor follows the commit). Transactions that write run
 * one at a time: the screens and the members' devices write from different threads, and every write
 * appends to the one audit chain, whose next link depends on the last. On a server the turn is taken in
 * the database as well ({@link Database#takeWritersTurn}), so writers on every workstation take turns, and
 * a transaction cut off by a lost connection (a server that failed over to its standby) is run again from
 * the start on a new connection, for up to {@link #RETRY_FOR}.
 */
public final class JdbiTransactor implements Transactor {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbiTransactor.class);

    /** How long a transaction is retried after a lost connection before its failure is shown. */
    static final java.time.Duration RETRY_FOR = java.time.Duration.ofSeconds(60);
    private static final long RETRY_PAUSE_MS = 500;

    private final Database database;
    private final Jdbi jdbi;
    private final Runnable toDisk;
    private final Runnable committed;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final ReentrantLock writing = new ReentrantLock(true);

    public JdbiTransactor(Database database) {
        this(database, () -> { });
    }

    public JdbiTransactor(Database database, Runnable committed) {
        this.database = database;
        this.jdbi = database.jdbi();
        this.toDisk = database::syncToDisk;
        this.committed = committed;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        int outer = depth.get();
        writing.lock();
        try {
            depth.set(outer + 1);
            T result;
            try {
                result = outer == 0 ? outermost(work) : jdbi.inTransaction(handle -> work.get());
            } finally {
                depth.set(outer);
            }
            if (outer == 0) {
                toDisk.run();
                committed.run();
            }
            return result;
        } finally {
            writing.unlock();
        }
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return retrying(work);
    }

    private <T> T outermost(Supplier<T> work) {
        return retrying(() -> jdbi.inTransaction(handle -> {
            database.takeWritersTurn(handle);
            return work.get();
        }));
    }

    /** The SQLSTATE of the failure's cause, or the failure's class: what it was, without its message. */
    private static String kindOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return "SQLSTATE " + sql.getSQLState();
            }
        }
        return failure.getClass().getName();
    }

    /** Runs {@code attempt} again after a lost connection, for up to {@link #RETRY_FOR}. */
    private <T> T retrying(Supplier<T> attempt) {
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!database.mayRetry(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                // The failure's message may quote a statement's values: only its kind is logged.
                LOG.warn("The connection to the database was lost ({}); the work runs again", kindOf(e));
                try {
                    Thread.sleep(RETRY_PAUSE_MS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}

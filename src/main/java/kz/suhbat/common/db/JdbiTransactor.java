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
 * appends to the one audit chain, whose next link depends on the last.
 */
public final class JdbiTransactor implements Transactor {

    private final Jdbi jdbi;
    private final Runnable toDisk;
    private final Runnable committed;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final ReentrantLock writing = new ReentrantLock(true);

    public JdbiTransactor(Database database) {
        this(database, () -> { });
    }

    public JdbiTransactor(Database database, Runnable committed) {
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
                result = jdbi.inTransaction(handle -> work.get());
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
}

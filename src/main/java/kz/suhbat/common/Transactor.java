package kz.suhbat.common;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: a change and the audit entry recording it are written
 * together or not at all. Nested calls on the same thread join the outer transaction.
 */
@FunctionalInterface
public interface Transactor {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work}, which only reads, outside a transaction; where the database can lose its
     * connection (a server failing over to its standby), it is run again on a new one.
     */
    default <T> T read(Supplier<T> work) {
        return work.get();
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

package kz.suhbat.common;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: a change and the audit entry recording it are written
 * together or not at all. Nested calls on the same thread join the outer transaction.
 */
@FunctionalInterface
public interface Transactor {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

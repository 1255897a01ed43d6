package kz.suhbat.common.db;

import java.util.function.Supplier;
import kz.suhbat.common.Transactor;
import org.jdbi.v3.core.Jdbi;

/** Jdbi keeps the transaction's handle for the thread, so repositories called inside share it. */
public final class JdbiTransactor implements Transactor {

    private final Jdbi jdbi;

    public JdbiTransactor(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }
}

package kz.suhbat.security.db;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import kz.suhbat.security.KeyringStore;
import org.jdbi.v3.core.Jdbi;

/**
 * The keyring document in a central office's server database, where every workstation finds the
 * accounts that may sign in. A change locks the row ({@code FOR UPDATE}) for its transaction, so two
 * workstations changing credentials at once take turns instead of undoing each other.
 */
public final class JdbiKeyringStore implements KeyringStore {

    private final Jdbi jdbi;

    public JdbiKeyringStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public byte[] read() {
        return jdbi.withHandle(h -> h.createQuery("SELECT document FROM keyring_document WHERE id = 1")
                .mapTo(String.class).findOne().map(d -> d.getBytes(StandardCharsets.UTF_8)).orElse(null));
    }

    @Override
    public void update(UnaryOperator<byte[]> change) {
        jdbi.useTransaction(h -> {
            byte[] current = h.createQuery("SELECT document FROM keyring_document WHERE id = 1 FOR UPDATE")
                    .mapTo(String.class).findOne().map(d -> d.getBytes(StandardCharsets.UTF_8)).orElse(null);
            String changed = new String(change.apply(current), StandardCharsets.UTF_8);
            if (current == null) {
                h.createUpdate("INSERT INTO keyring_document (id, document) VALUES (1, :d)").bind("d", changed)
                        .execute();
            } else {
                h.createUpdate("UPDATE keyring_document SET document = :d WHERE id = 1").bind("d", changed).execute();
            }
        });
    }

    @Override
    public String toString() {
        return "the server's keyring";
    }
}

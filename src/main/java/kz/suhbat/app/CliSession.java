package kz.suhbat.app;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.security.KeyDerivation;

/**
 * The command line's hold on a data folder: the same single-instance lock as the window (so the two
 * never open the database together), and the way in, signed in as an account like the window is.
 * Closing releases the database, then the lock.
 */
final class CliSession implements AutoCloseable {

    private final SingleInstance lock;
    private final Entrance entrance;
    private Services services;

    private CliSession(SingleInstance lock, Entrance entrance) {
        this.lock = lock;
        this.entrance = entrance;
    }

    /** Takes the folder, or returns empty when Suhbat (window or command) already has it open. */
    static Optional<CliSession> open(DataFolder folder) throws IOException {
        Optional<SingleInstance> lock = SingleInstance.acquire(folder.path(), () -> { });
        return lock.map(held -> new CliSession(held, new Entrance(folder, KeyDerivation.OWASP,
                Clock.systemUTC(), new SecureRandom())));
    }

    boolean needsServerPassword() {
        return entrance.needsServerPassword();
    }

    boolean isSetUp() {
        return entrance.isSetUp();
    }

    Entrance.Outcome signIn(String login, char[] password) {
        Entrance.Outcome outcome = entrance.signIn(login, password);
        if (outcome instanceof Entrance.Outcome.SignedIn signedIn) {
            services = signedIn.services();
        }
        return outcome;
    }

    Services services() {
        if (services == null) {
            throw new IllegalStateException("Not signed in");
        }
        return services;
    }

    @Override
    public void close() throws IOException {
        try {
            entrance.close();
        } finally {
            lock.close();
        }
    }
}

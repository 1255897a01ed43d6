package kz.suhbat.exchange;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Transactor;
import kz.suhbat.security.Account;
import kz.suhbat.security.OfficeRepository;

/**
 * This office's signing key pair: made once, when the office is set up (or at the first start of a
 * version that signs, for an office set up before), and kept in the encrypted database. Only its
 * public half is ever shown or saved to a file. Used by the services and at set-up, before anyone
 * could be asked for a role; it checks none itself.
 */
public final class OfficeKeys {

    private final ExportRepository repository;
    private final OfficeRepository offices;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;
    private final SecureRandom random;

    public OfficeKeys(ExportRepository repository, OfficeRepository offices, AuditTrail audit,
                      Transactor transactor, Clock clock, SecureRandom random) {
        this.repository = repository;
        this.offices = offices;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
        this.random = random;
    }

    /** Makes the key pair if the office exists and has none; {@code actor} is null for the system. */
    public void ensure(Account actor) {
        if (offices.load().isEmpty() || repository.signingKey().isPresent()) {
            return;
        }
        transactor.run(() -> {
            if (repository.signingKey().isEmpty()) {
                SigningKey key = SigningKey.generate(random, clock.instant());
                repository.saveSigningKey(key);
                audit.record(actor, AuditAction.SIGNING_KEY_CREATE, "office", offices.load().orElseThrow().code(),
                        null, Map.of("fingerprint", key.fingerprint()));
            }
        });
    }

    SigningKey current() {
        return repository.signingKey().orElseThrow(() -> new IllegalStateException("The office has no signing key"));
    }
}

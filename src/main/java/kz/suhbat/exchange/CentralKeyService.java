package kz.suhbat.exchange;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Transactor;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.OfficeService;
import kz.suhbat.security.Operation;

/**
 * The keys that keep packages unreadable on the way: the central office makes its key pair and hands out
 * the public half as a file; every office registers that file once, after comparing its fingerprint with
 * the central office by telephone, and from then on its packages are encrypted for it.
 */
public final class CentralKeyService {

    private final Access access;
    private final OfficeService offices;
    private final CentralKeyRepository repository;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;

    public CentralKeyService(Access access, OfficeService offices, CentralKeyRepository repository, AuditTrail audit,
                             Transactor transactor, Clock clock) {
        this.access = access;
        this.offices = offices;
        this.repository = repository;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
    }

    /** The file of this office's key as a central office, for the offices to register; empty before one is made. */
    public Optional<CentralKeyFile> ownKeyFile() {
        access.require(Operation.IMPORTED_READ);
        return repository.centralKeys().stream().findFirst().map(key -> CentralKeyFile.of(offices.office(), key));
    }

    /** Makes this office's key pair as a central office; an office has one, kept for good. */
    public CentralKeyFile makeOwnKey() {
        Account account = access.require(Operation.KEY_MANAGE);
        return transactor.inTransaction(() -> {
            Optional<CentralKey> existing = repository.centralKeys().stream().findFirst();
            if (existing.isPresent()) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.CENTRAL_KEY_EXISTS, existing.get().shortFingerprint());
            }
            CentralKey key = CentralKey.generate(clock.instant());
            repository.saveCentralKey(key);
            audit.record(account, AuditAction.CENTRAL_KEY_CREATE, "office", offices.office().code(), null,
                    Map.of("fingerprint", key.fingerprint()));
            return CentralKeyFile.of(offices.office(), key);
        });
    }

    /** The central office's key this office's packages are encrypted for, if one is registered. */
    public Optional<CentralRecipient> recipient() {
        access.require(Operation.OFFICE_READ);
        return repository.recipient();
    }

    /** Registers the central office's key file; it replaces the one registered before. */
    public CentralRecipient register(CentralKeyFile file) {
        Account account = access.require(Operation.KEY_MANAGE);
        CentralRecipient recipient = file.recipient(clock.instant());
        return transactor.inTransaction(() -> {
            Optional<CentralRecipient> before = repository.recipient();
            if (before.isPresent() && before.get().fingerprint().equals(recipient.fingerprint())) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.KEY_ALREADY_REGISTERED, recipient.officeCode(),
                        recipient.shortFingerprint());
            }
            repository.registerRecipient(recipient, account.id());
            audit.record(account, AuditAction.CENTRAL_KEY_REGISTER, "office", recipient.officeCode(),
                    before.map(b -> Map.<String, Object>of("fingerprint", b.fingerprint())).orElse(null),
                    Map.of("office", recipient.officeName(), "fingerprint", recipient.fingerprint()));
            return recipient;
        });
    }
}

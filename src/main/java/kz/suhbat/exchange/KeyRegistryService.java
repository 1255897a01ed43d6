package kz.suhbat.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Transactor;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Operation;

/**
 * The central office's register of the offices' public keys. A key is registered from the office's key
 * file once its fingerprint has been compared with the office; a revoked key stays revoked, and a
 * package it signed is refused from then on.
 */
public final class KeyRegistryService {

    private final Access access;
    private final CentralRepository repository;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;

    public KeyRegistryService(Access access, CentralRepository repository, AuditTrail audit, Transactor transactor,
                       Clock clock) {
        this.access = access;
        this.repository = repository;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
    }

    public List<RegisteredKey> keys() {
        access.require(Operation.IMPORTED_READ);
        return repository.keys();
    }

    public RegisteredKey register(OfficeKeyFile file) {
        Account account = access.require(Operation.KEY_MANAGE);
        RegisteredKey key = new RegisteredKey(file.fingerprint(), file.officeCode(), file.officeName(), file.region(),
                file.key(), clock.instant(), Optional.empty());
        return transactor.inTransaction(() -> {
            if (repository.key(key.fingerprint()).isPresent()) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.KEY_ALREADY_REGISTERED, key.officeCode(),
                        key.shortFingerprint());
            }
            repository.register(key, account.id());
            audit.record(account, AuditAction.KEY_REGISTER, "office", key.officeCode(), null,
                    Map.of("office", key.officeName(), "fingerprint", key.fingerprint()));
            return key;
        });
    }

    public void revoke(String fingerprint) {
        Account account = access.require(Operation.KEY_MANAGE);
        transactor.run(() -> {
            RegisteredKey key = repository.key(fingerprint).filter(k -> !k.revoked()).orElseThrow(() ->
                    new ExchangeRefusal(ExchangeRefusal.Reason.KEY_NOT_FOUND, Ed25519.shortFingerprint(fingerprint)));
            repository.revoke(fingerprint, clock.instant(), account.id());
            audit.record(account, AuditAction.KEY_REVOKE, "office", key.officeCode(),
                    Map.of("fingerprint", fingerprint), Map.of("fingerprint", fingerprint, "revoked", true));
        });
    }
}

package kz.suhbat.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The encryption keys of the exchange: at the central office, its own key pairs; at an office, the
 * central office's public keys it registered.
 */
public interface CentralKeyRepository {

    /** Every key pair this office made as a central office, the newest first. */
    List<CentralKey> centralKeys();

    Optional<CentralKey> centralKey(String fingerprint);

    void saveCentralKey(CentralKey key);

    /** The central office's key packages are encrypted for: the newest registered one not replaced. */
    Optional<CentralRecipient> recipient();

    /** Registers {@code recipient}, replacing the one registered before (if any). */
    void registerRecipient(CentralRecipient recipient, long registeredBy);
}

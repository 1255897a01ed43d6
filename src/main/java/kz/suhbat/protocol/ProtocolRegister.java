package kz.suhbat.protocol;

import java.time.Instant;
import java.util.Optional;

/** The register of protocol numbers in storage. */
public interface ProtocolRegister {

    Optional<ProtocolNumber> numberOf(long sittingId);

    /** The highest number given in {@code year}, 0 when none has been. */
    int highest(int year);

    /**
     * Records {@code number} as the protocol number of the sitting; false, and nothing stored, when that
     * number has been taken meanwhile (by a save running at the same moment).
     */
    boolean claim(long sittingId, ProtocolNumber number, Instant at);
}

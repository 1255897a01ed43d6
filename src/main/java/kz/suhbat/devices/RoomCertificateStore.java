package kz.suhbat.devices;

import java.time.Instant;
import java.util.Optional;

/** Where the office's room certificate is kept: in the encrypted database. */
public interface RoomCertificateStore {

    Optional<RoomCertificate> load();

    void save(RoomCertificate certificate, Instant madeAt);
}

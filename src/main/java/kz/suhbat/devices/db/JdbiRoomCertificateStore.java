package kz.suhbat.devices.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import kz.suhbat.devices.RoomCertificate;
import kz.suhbat.devices.RoomCertificateStore;
import org.jdbi.v3.core.Jdbi;

/** The single row of the room's certificate. */
public final class JdbiRoomCertificateStore implements RoomCertificateStore {

    private final Jdbi jdbi;

    public JdbiRoomCertificateStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<RoomCertificate> load() {
        return jdbi.withHandle(h -> h.createQuery("SELECT private_key, certificate FROM room_certificate WHERE id = 1")
                .map((rs, ctx) -> RoomCertificate.read(rs.getBytes("private_key"), rs.getBytes("certificate")))
                .findOne());
    }

    @Override
    public void save(RoomCertificate certificate, Instant madeAt) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO room_certificate (id, private_key, certificate, made_at) "
                        + "VALUES (1, :key, :certificate, :madeAt)")
                .bind("key", certificate.encodedKey())
                .bind("certificate", certificate.encodedCertificate())
                .bind("madeAt", OffsetDateTime.ofInstant(madeAt, ZoneOffset.UTC))
                .execute());
    }
}

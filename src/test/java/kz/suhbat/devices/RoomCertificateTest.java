package kz.suhbat.devices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The office's room certificate: made for an office of any name, stored and read back unchanged. */
class RoomCertificateTest {

    @Test
    void anOfficeWithALongNameGetsACertificateItsFingerprintStaysTheSameWhenReadBack() throws Exception {
        String name = "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің Астана қаласы бойынша "
                + "департаменті";
        RoomCertificate made = RoomCertificate.make("AST-01", name, Instant.parse("2026-12-06T09:00:00Z"),
                new SecureRandom());
        String subject = made.certificate().getSubjectX500Principal().getName();
        assertTrue(subject.contains("CN=Suhbat AST-01"), subject);
        made.certificate().verify(made.certificate().getPublicKey());
        assertTrue(made.certificate().getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"), "for a TLS server");

        RoomCertificate read = RoomCertificate.read(made.encodedKey(), made.encodedCertificate());
        assertEquals(made.fingerprint(), read.fingerprint());
        assertArrayEquals(made.encodedKey(), read.encodedKey());
        assertEquals(made.fingerprint().substring(0, 11), made.shortFingerprint());
        assertTrue(read.keyStore().isKeyEntry("room"));
    }
}

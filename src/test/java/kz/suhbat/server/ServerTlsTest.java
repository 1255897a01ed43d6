package kz.suhbat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import kz.suhbat.common.db.DatabaseOpenException;
import kz.suhbat.common.db.PostgresDatabase;
import kz.suhbat.common.db.ServerSetting;
import kz.suhbat.devices.RoomCertificate;
import kz.suhbat.testsupport.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tls = verify-full}: the connection is encrypted, and only to a server whose certificate the
 * office's root certificate signed, for the very name the workstation uses. The test server's TLS is set
 * up by {@code installer/postgresql/setup-server.sh --tls DIR} (its root certificate in
 * {@code -Dsuhbat.test.pg.rootCertificate}, default {@code /tmp/suhbat-test-tls/root.crt}).
 */
class ServerTlsTest {

    private static final Path ROOT = Path.of(System.getProperty("suhbat.test.pg.rootCertificate",
            "/tmp/suhbat-test-tls/root.crt"));

    @TempDir
    Path folder;

    private String database;
    private Path password;

    @BeforeEach
    void server() throws Exception {
        assumeTrue(TestServer.active(), "needs the test server");
        assertTrue(Files.isReadable(ROOT), "the test server has no TLS: run installer/postgresql/setup-server.sh"
                + " with --tls " + ROOT.getParent() + " (see the README)");
        database = TestServer.newDatabase();
        password = TestServer.pointAt(folder, database).passwordFile().orElseThrow();
    }

    private ServerSetting verified(String host, Path root) {
        return new ServerSetting(List.of(host), database, System.getProperty("suhbat.test.pg.user", "suhbat_test"),
                Optional.of(password), true, Optional.of(root));
    }

    @Test
    void aServerWhoseCertificateTheRootSignedForItsNameIsReachedEncrypted() {
        try (PostgresDatabase server = PostgresDatabase.connect(verified("localhost:5432", ROOT))) {
            assertEquals(Boolean.TRUE, server.jdbi().withHandle(h -> h.createQuery(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").mapTo(Boolean.class).one()),
                    "the connection is encrypted");
        }
    }

    @Test
    void aNameTheCertificateDoesNotCarryIsRefused() {
        assertEquals(DatabaseOpenException.Reason.SERVER_UNREACHABLE, assertThrows(DatabaseOpenException.class,
                () -> PostgresDatabase.connect(verified("127.0.0.1:5432", ROOT))).reason());
    }

    @Test
    void aCertificateAnotherAuthoritySignedIsRefused() throws Exception {
        RoomCertificate other = RoomCertificate.make("OTHER", "Another authority", Instant.now(), new SecureRandom());
        Path otherRoot = folder.resolve("other-root.crt");
        Files.writeString(otherRoot, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(other.encodedCertificate())
                + "\n-----END CERTIFICATE-----\n");
        assertEquals(DatabaseOpenException.Reason.SERVER_UNREACHABLE, assertThrows(DatabaseOpenException.class,
                () -> PostgresDatabase.connect(verified("localhost:5432", otherRoot))).reason());
    }
}

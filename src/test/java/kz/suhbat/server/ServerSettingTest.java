package kz.suhbat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import kz.suhbat.common.db.DatabaseOpenException;
import kz.suhbat.common.db.PostgresDatabase;
import kz.suhbat.common.db.ServerSetting;
import kz.suhbat.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder's server setting, and each way a server can refuse a workstation, named as such. */
class ServerSettingTest {

    @TempDir
    Path folder;

    @Test
    void aFolderWithoutASettingKeepsTheEmbeddedDatabase() {
        assertTrue(ServerSetting.in(folder).isEmpty());
    }

    @Test
    void theSettingNamesEveryHostAndAsksForThePrimaryWithVerifiedTls() throws Exception {
        Files.writeString(folder.resolve(ServerSetting.FILE_NAME), """
                hosts = db1.central.gov.kz, db2.central.gov.kz:5433
                database = suhbat
                user = suhbat_central
                root-certificate = root.crt
                """);
        ServerSetting setting = ServerSetting.in(folder).orElseThrow();
        assertEquals(java.util.List.of("db1.central.gov.kz:5432", "db2.central.gov.kz:5433"), setting.hosts());
        assertTrue(setting.asksForPassword(), "without a password file the password is asked for at the start");
        String url = setting.jdbcUrl();
        assertTrue(url.startsWith("jdbc:postgresql://db1.central.gov.kz:5432,db2.central.gov.kz:5433/suhbat?"), url);
        assertTrue(url.contains("targetServerType=primary"), url);
        assertTrue(url.contains("sslmode=verify-full"), "TLS is verified unless the setting says off: " + url);
        assertTrue(url.contains("sslrootcert=" + java.net.URLEncoder.encode(folder.resolve("root.crt").toString(),
                java.nio.charset.StandardCharsets.UTF_8)), url);
    }

    @Test
    void anIncompleteSettingIsRefusedAsSuch() throws Exception {
        Files.writeString(folder.resolve(ServerSetting.FILE_NAME), "hosts = db1\n");
        assertEquals(DatabaseOpenException.Reason.SERVER_SETTING,
                assertThrows(DatabaseOpenException.class, () -> ServerSetting.in(folder)).reason());
        Files.writeString(folder.resolve(ServerSetting.FILE_NAME), "hosts = db1\ndatabase = s\nuser = u\ntls = maybe\n");
        assertEquals(DatabaseOpenException.Reason.SERVER_SETTING,
                assertThrows(DatabaseOpenException.class, () -> ServerSetting.in(folder)).reason());
    }

    @Test
    void aPasswordFileOthersMayReadIsRefused() throws Exception {
        ServerSetting setting = TestServer.pointAt(folder, "suhbat");
        Files.setPosixFilePermissions(setting.passwordFile().orElseThrow(), PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(DatabaseOpenException.Reason.SERVER_PASSWORD_FILE,
                assertThrows(DatabaseOpenException.class, setting::password).reason());
        Files.delete(setting.passwordFile().orElseThrow());
        assertEquals(DatabaseOpenException.Reason.SERVER_PASSWORD_FILE,
                assertThrows(DatabaseOpenException.class, setting::password).reason());
    }

    @Test
    void aServerThatDoesNotAnswerIsUnreachable() {
        ServerSetting setting = TestServer.pointAt(folder, "suhbat", "127.0.0.1:9");
        assertEquals(DatabaseOpenException.Reason.SERVER_UNREACHABLE,
                assertThrows(DatabaseOpenException.class, () -> PostgresDatabase.connect(setting)).reason());
    }

    @Test
    void aWrongPasswordOrAMissingDatabaseIsRefused() throws Exception {
        assumeTrue(TestServer.active(), "needs the test server");
        ServerSetting setting = TestServer.pointAt(folder, "no_such_database");
        assertEquals(DatabaseOpenException.Reason.SERVER_REFUSED,
                assertThrows(DatabaseOpenException.class, () -> PostgresDatabase.connect(setting)).reason());
        ServerSetting wrong = TestServer.pointAt(folder, TestServer.newDatabase());
        Files.writeString(wrong.passwordFile().orElseThrow(), "not the password\n");
        assertEquals(DatabaseOpenException.Reason.SERVER_REFUSED,
                assertThrows(DatabaseOpenException.class, () -> PostgresDatabase.connect(wrong)).reason());
    }
}

package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.suhbat.common.db.ServerSetting;
import kz.suhbat.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command lines on a workstation whose server is down, or whose server password is typed in the
 * window: each says so in the chosen language and stops, with no stack trace and nothing written.
 */
class ServerCliTest {

    @TempDir
    Path folder;

    @Test
    void aServerThatDoesNotAnswerIsNamedInWords() throws Exception {
        TestServer.pointAt(folder, "suhbat", "127.0.0.1:9");
        Files.writeString(folder.resolve("settings.properties"), "language=ru\n");
        String err = refused();
        assertTrue(err.contains("сервер базы данных офиса не отвечает"), err);
        assertFalse(err.contains("Exception") || err.contains("jdbc:"), err);
    }

    @Test
    void aServerWhosePasswordIsTypedInTheWindowIsRefusedForScripts() throws Exception {
        new ServerSetting(List.of("127.0.0.1:9"), "suhbat", "suhbat", Optional.empty(), false, Optional.empty())
                .writeTo(folder);
        Files.writeString(folder.resolve("settings.properties"), "language=en\n");
        String err = refused();
        assertTrue(err.contains("Add password-file to its server.properties"), err);
    }

    private String refused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = ReportCli.run(List.of("outcomes", "--user", "analyst", "--out",
                    folder.resolve("report.xlsx").toString(), "--data-dir", folder.toString()), o, e,
                    prompt -> Optional.of("a password".toCharArray()));
        }
        assertEquals(CliAccess.REFUSED, status);
        assertFalse(Files.exists(folder.resolve("report.xlsx")));
        return err.toString(StandardCharsets.UTF_8);
    }
}

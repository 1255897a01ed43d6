package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start on a data folder in use never touches its database and hands over to the first. */
class SecondInstanceTest {

    @TempDir
    Path folder;

    @Test
    void aSecondStartBringsTheFirstForwardAndExits() throws Exception {
        Files.writeString(folder.resolve("settings.properties"), "language=ru\n", StandardCharsets.UTF_8);
        AtomicInteger activations = new AtomicInteger();
        Optional<SingleInstance> first = SingleInstance.acquire(folder, activations::incrementAndGet);
        assertTrue(first.isPresent());
        try (SingleInstance running = first.get()) {
            Process second = ChildJvm.start(Launcher.class, "--data-dir", folder.toString());
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second start did not exit by itself");
            String stderr = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(Launcher.ALREADY_RUNNING, second.exitValue());
            assertTrue(stderr.contains("Сұхбат уже открыт на этом компьютере"), stderr);
            assertEquals(1, activations.get(), "the running window was asked to come forward");
            assertFalse(Files.exists(new DataFolder(folder, DataFolder.Kind.EXPLICIT).database()),
                    "the second start must not open the database");
        }
    }

    @Test
    void theFolderIsFreeAgainOnceTheFirstIsGone() throws Exception {
        SingleInstance.acquire(folder, () -> { }).orElseThrow().close();
        Optional<SingleInstance> again = SingleInstance.acquire(folder, () -> { });
        assertTrue(again.isPresent());
        again.get().close();
    }

    @Test
    void aKilledProcessLeavesNoLockBehind() throws Exception {
        Process holder = ChildJvm.start(LockHolder.class, folder.toString());
        try {
            assertEquals("locked", new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8));
            assertTrue(SingleInstance.acquire(folder, () -> { }).isEmpty(), "the folder is held");
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        Optional<SingleInstance> after = SingleInstance.acquire(folder, () -> { });
        assertTrue(after.isPresent(), "the lock of a killed process is released by the OS");
        after.get().close();
    }

    /** Child process: holds the folder until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            SingleInstance.acquire(Path.of(args[0]), () -> { }).orElseThrow();
            System.out.print("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}

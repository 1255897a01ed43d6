package kz.suhbat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.suhbat.analytics.ReportFilter;
import kz.suhbat.app.Entrance;
import kz.suhbat.app.NationalAttestation;
import kz.suhbat.app.Services;
import kz.suhbat.common.Progress;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.exchange.ImportOutcome;
import kz.suhbat.exchange.ImportedPackage;
import kz.suhbat.exchange.OfficeKeyFile;
import kz.suhbat.bench.PackageSet;
import kz.suhbat.exchange.SigningKey;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two analysts import the same sticks from two workstations at once, into one central office on the
 * server, while a third runs reports: every package is stored once and whole, none is lost, each office's
 * packages go in in their sequence (a package older than one stored is refused, never stored after it),
 * the audit trail is one intact chain, and the reports keep answering while the imports write.
 */
class ConcurrentImportTest {

    private static final int OFFICES = 12;
    static final kz.suhbat.security.KeyDerivation FAST = new kz.suhbat.security.KeyDerivation(10_000);

    @TempDir
    Path temp;

    @Test
    void twoWorkstationsImportingAtOnceStoreEveryPackageOnce() throws Exception {
        assumeTrue(TestServer.active(), "workstations share a server only on PostgreSQL");
        Path stick = Files.createDirectories(temp.resolve("stick"));
        NationalAttestation national = new NationalAttestation(kz.suhbat.rubric.DemoFramework.read(),
                new NationalAttestation.Shape(OFFICES, 2, OFFICES * 2 * 60, PackageSet.YEAR, "OBL", ""),
                PackageSet.SEED);
        Map<String, SigningKey> keys = new HashMap<>();
        Map<Path, NationalAttestation.Sending> sendings = new HashMap<>();
        Map<Path, Integer> scores = new HashMap<>();
        for (NationalAttestation.Sending sending : national.sendings()) {
            SigningKey key = keys.computeIfAbsent(sending.office().code(),
                    code -> SigningKey.generate(new SecureRandom(), Instant.now()));
            var data = national.data(sending);
            Path file = NationalAttestation.writeSigned(stick, sending.office(), key, sending.sequence(), data);
            sendings.put(file, sending);
            scores.put(file, (int) data.scoreCount());
        }
        Path first = temp.resolve("workstation-1");
        try (TestOffice central = TestOffice.create(first, FAST,
                Office.withDefaults("Орталық аппарат", "CENTRAL", Region.ASTANA))) {
            central.addAccount("analyst1", "Ғалым Сәрсенов", Role.ANALYST);
            central.addAccount("analyst2", "Дина Омарова", Role.ANALYST);
            central.addAccount("analyst3", "Ерлан Жүнісов", Role.ANALYST);
            for (NationalAttestation.Sending sending : national.sendings()) {
                if (sending.sequence() == 1) {
                    central.services().keyRegistry().register(OfficeKeyFile.of(sending.office(),
                            keys.get(sending.office().code())));
                }
            }
        }
        Path second = workstationBeside(first, "workstation-2");
        Path third = workstationBeside(first, "workstation-3");

        List<Path> files = new ArrayList<>(sendings.keySet());
        List<Path> reversed = new ArrayList<>(files);
        Collections.shuffle(files, new Random(1));
        Collections.shuffle(reversed, new Random(2));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(3);
        AtomicBoolean importing = new AtomicBoolean(true);
        try (Entrance one = entrance(first); Entrance two = entrance(second); Entrance reader = entrance(third)) {
            Services a = signIn(one, "analyst1");
            Services b = signIn(two, "analyst2");
            Services r = signIn(reader, "analyst3");
            Future<List<ImportOutcome>> byA = pool.submit(() -> {
                start.countDown();
                start.await();
                return importEach(a, files);
            });
            Future<List<ImportOutcome>> byB = pool.submit(() -> {
                start.countDown();
                start.await();
                return importEach(b, reversed);
            });
            Future<Long> slowestReport = pool.submit(() -> {
                start.countDown();
                start.await();
                long slowest = 0;
                int runs = 0;
                while (importing.get() || runs == 0) {
                    long began = System.nanoTime();
                    r.reports().outcomes(ReportFilter.ALL, kz.suhbat.analytics.Dimension.OFFICE);
                    slowest = Math.max(slowest, System.nanoTime() - began);
                    runs++;
                }
                return slowest;
            });
            List<ImportOutcome> outcomes = new ArrayList<>(byA.get(5, TimeUnit.MINUTES));
            outcomes.addAll(byB.get(5, TimeUnit.MINUTES));
            importing.set(false);
            long slowest = slowestReport.get(1, TimeUnit.MINUTES);

            Map<String, Long> imported = new HashMap<>();
            for (ImportOutcome outcome : outcomes) {
                imported.merge(outcome.file().getFileName().toString(),
                        outcome.kind() == ImportOutcome.Kind.IMPORTED ? 1L : 0L, Long::sum);
            }
            List<ImportedPackage> stored = a.imports().packages();
            assertEquals(stored.size(), imported.values().stream().mapToLong(Long::longValue).sum(),
                    "each package stored was reported stored by exactly one workstation");
            assertTrue(imported.values().stream().allMatch(n -> n <= 1), "no package was stored twice: " + imported);
            assertEquals(stored.size(), stored.stream().map(ImportedPackage::packageId).distinct().count(),
                    "one row per package");
            for (ImportOutcome outcome : outcomes) {
                assertTrue(outcome.kind() == ImportOutcome.Kind.IMPORTED
                                || outcome.kind() == ImportOutcome.Kind.ALREADY_IMPORTED
                                || outcome.kind() == ImportOutcome.Kind.REFUSED
                                && outcome.refusal().orElseThrow().reason().name().equals("OLDER_SEQUENCE"),
                        "only the sequence rule refuses a package: " + outcome);
            }
            Map<String, List<ImportedPackage>> byOffice = new HashMap<>();
            stored.stream().sorted(java.util.Comparator.comparing(ImportedPackage::importedAt))
                    .forEach(p -> byOffice.computeIfAbsent(p.officeCode(), o -> new ArrayList<>()).add(p));
            for (List<ImportedPackage> office : byOffice.values()) {
                for (int i = 1; i < office.size(); i++) {
                    assertTrue(office.get(i).sequence() > office.get(i - 1).sequence(),
                            "an office's packages were stored in their sequence: " + office);
                }
            }
            assertEquals(OFFICES, byOffice.size(), "every office's newest package is in");
            assertTrue(byOffice.values().stream().allMatch(p -> p.get(p.size() - 1).sequence() == 2),
                    "each office's second package is stored");
            for (var campaign : a.imports().campaigns()) {
                Path file = sendings.entrySet().stream().filter(e -> e.getValue().office().code()
                        .equals(campaign.officeCode()) && e.getValue().sequence() == campaign.sequence())
                        .map(Map.Entry::getKey).findFirst().orElseThrow();
                assertEquals(scores.get(file), campaign.scores(), campaign.officeCode() + ": the package is whole");
            }

            a.access().signOut();
            a.access().signIn(a.accountRepository().findByLogin(TestOffice.ADMIN).orElseThrow());
            assertTrue(a.audit().verify().intact(), "one intact audit chain");
            assertTrue(slowest < TimeUnit.SECONDS.toNanos(2), "a report waited "
                    + TimeUnit.NANOSECONDS.toMillis(slowest) + " ms for the imports");
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ImportOutcome> importEach(Services services, List<Path> files) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            outcomes.addAll(services.imports().importPackages(List.of(file), Progress.NONE));
        }
        return outcomes;
    }

    /** A second workstation's own data folder, naming the same server and database as {@code first}. */
    static Path workstationBeside(Path first, String name) throws java.io.IOException {
        Path folder = Files.createDirectories(first.resolveSibling(name));
        var setting = kz.suhbat.common.db.ServerSetting.in(first).orElseThrow();
        TestServer.pointAt(folder, setting.database());
        return folder;
    }

    static Entrance entrance(Path folder) {
        return new Entrance(new DataFolder(folder, DataFolder.Kind.EXPLICIT), FAST,
                Clock.systemUTC(), new SecureRandom());
    }

    static Services signIn(Entrance entrance, String login) {
        return assertInstanceOf(Entrance.Outcome.SignedIn.class,
                entrance.signIn(login, TestOffice.PASSWORD.toCharArray())).services();
    }
}

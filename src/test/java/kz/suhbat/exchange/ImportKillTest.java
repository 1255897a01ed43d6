package kz.suhbat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.suhbat.app.Entrance;
import kz.suhbat.app.Services;
import kz.suhbat.bench.PackageSet;
import kz.suhbat.common.Progress;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.ChildJvm;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL at a random moment leaves every package either wholly stored or not at
 * all: each package reported as imported is there with all its rows, the one in flight is there whole
 * or absent, the audit chain holds, and importing the stick again completes it.
 */
class ImportKillTest {

    private static final int OFFICES = 24;

    @TempDir
    Path temp;

    @Test
    void aKilledImportLeavesWholePackagesOnly() throws Exception {
        Path central = temp.resolve("central");
        Path stick = Files.createDirectories(temp.resolve("stick"));
        List<PackageSet.OfficePackage> set = PackageSet.write(stick, OFFICES, OFFICES * 150, Progress.NONE);
        try (TestOffice office = TestOffice.create(central, ExchangeFixture.FAST,
                Office.withDefaults("Орталық аппарат", "CENTRAL", Region.ASTANA))) {
            office.addAccount("analyst", "Ғалым Сәрсенов", Role.ANALYST);
            for (PackageSet.OfficePackage p : set) {
                office.services().keyRegistry().register(p.keyFile());
            }
        }
        List<String> args = new ArrayList<>(List.of(central.toString()));
        set.forEach(p -> args.add(p.file().toString()));
        int killAfter = 2 + ThreadLocalRandom.current().nextInt(OFFICES - 6);
        Path errors = temp.resolve("child.err");
        Process child = ChildJvm.builder(ImportChild.class, args.toArray(String[]::new))
                .redirectError(errors.toFile()).start();
        ProcessHandle handle = child.toHandle();
        CompletableFuture.delayedExecutor(120, TimeUnit.SECONDS).execute(handle::destroyForcibly);
        Set<String> reported = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.US_ASCII))) {
            String line;
            while (reported.size() < killAfter && (line = out.readLine()) != null) {
                if (line.startsWith("IMPORTED ") && line.endsWith(" .")) {
                    reported.add(line.split(" ")[1]);
                }
            }
            handle.destroyForcibly();
            assertEquals(killAfter, reported.size(), "the child stopped before it was killed: "
                    + Files.readString(errors));
            while ((line = out.readLine()) != null) {
                if (line.startsWith("IMPORTED ") && line.endsWith(" .")) {
                    reported.add(line.split(" ")[1]);
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        assertEquals(137, child.exitValue(), "the child was killed with SIGKILL");

        try (Entrance entrance = new Entrance(new DataFolder(central, DataFolder.Kind.EXPLICIT),
                ExchangeFixture.FAST, Clock.systemUTC(), new SecureRandom())) {
            Services services = assertInstanceOf(Entrance.Outcome.SignedIn.class,
                    entrance.signIn("analyst", TestOffice.PASSWORD.toCharArray())).services();
            Map<String, PackageSet.OfficePackage> byCode = set.stream()
                    .collect(Collectors.toMap(p -> p.office().code(), Function.identity()));
            Set<String> stored = new HashSet<>();
            for (ImportedCampaign campaign : services.imports().campaigns()) {
                PackageSet.OfficePackage sent = byCode.get(campaign.officeCode());
                stored.add(sent.file().getFileName().toString());
                assertEquals(sent.candidates(), campaign.candidates(), campaign.officeCode() + ": every candidate");
                assertEquals(sent.scores(), campaign.scores(), campaign.officeCode() + ": every score");
            }
            assertEquals(stored.size(), services.imports().packages().size(), "a package row for each campaign");
            assertTrue(stored.containsAll(reported), "every package reported as imported is stored");
            assertTrue(stored.size() <= reported.size() + 1, "at most the one in flight besides");
            services.access().signOut();
            services.access().signIn(services.accountRepository().findByLogin(TestOffice.ADMIN).orElseThrow());
            assertTrue(services.audit().verify().intact(), "the audit chain holds");

            services.access().signIn(services.accountRepository().findByLogin("analyst").orElseThrow());
            List<ImportOutcome> again = services.imports().importPackages(
                    set.stream().map(PackageSet.OfficePackage::file).toList(), Progress.NONE);
            assertEquals(stored.size(), again.stream().filter(o -> o.kind() == ImportOutcome.Kind.ALREADY_IMPORTED)
                    .count(), "the stored ones are recognised");
            assertEquals(OFFICES - stored.size(), again.stream().filter(o -> o.kind() == ImportOutcome.Kind.IMPORTED)
                    .count(), "the rest go in");
        }
    }
}

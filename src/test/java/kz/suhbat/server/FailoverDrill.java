package kz.suhbat.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.app.Entrance;
import kz.suhbat.app.Services;
import kz.suhbat.bench.PackageSet;
import kz.suhbat.common.Progress;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.db.ServerSetting;
import kz.suhbat.exchange.ImportOutcome;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;

/**
 * The failover drill's Suhbat side ({@code bench/failover-drill.sh} runs it): a central office on a primary
 * and its streaming standby, given both hosts; an analyst imports a stick of packages one by one, printing
 * {@code IMPORTED k/n} after each, while the script stops the primary and promotes the standby. A package
 * whose import could not reach any server is imported again, as the analyst would press Import again.
 * At the end it checks that every package is stored once and whole and that the audit chain holds.
 *
 * <p>Arguments: data folder, password file, hosts (comma-separated), database, role, offices.
 */
public final class FailoverDrill {

    private FailoverDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int offices = Integer.parseInt(args[5]);
        new ServerSetting(List.of(args[2].split(",")), args[3], args[4], Optional.of(Path.of(args[1])), false,
                Optional.empty())
                .writeTo(folder);
        Path stick = Files.createDirectories(folder.resolve("stick"));
        List<PackageSet.OfficePackage> set = PackageSet.write(stick, offices, offices * 300, Progress.NONE);
        try (TestOffice central = TestOffice.create(folder, ConcurrentImportTest.FAST,
                Office.withDefaults("Орталық аппарат", "CENTRAL", Region.ASTANA))) {
            central.addAccount("analyst", "Ғалым Сәрсенов", Role.ANALYST);
            for (PackageSet.OfficePackage p : set) {
                central.services().keyRegistry().register(p.keyFile());
            }
        }
        long began = System.nanoTime();
        int retried = 0;
        Set<String> imported = new HashSet<>();
        try (Entrance entrance = new Entrance(new DataFolder(folder, DataFolder.Kind.EXPLICIT),
                ConcurrentImportTest.FAST, Clock.systemUTC(), new SecureRandom())) {
            Services services = ConcurrentImportTest.signIn(entrance, "analyst");
            for (int i = 0; i < set.size(); i++) {
                Path file = set.get(i).file();
                ImportOutcome outcome = null;
                while (outcome == null) {
                    try {
                        outcome = services.imports().importPackages(List.of(file), Progress.NONE).get(0);
                    } catch (RuntimeException e) {
                        retried++;
                        System.out.println("-- no server answered (" + e.getClass().getSimpleName()
                                + "); importing " + file.getFileName() + " again");
                        Thread.sleep(1000);
                    }
                }
                if (outcome.kind() == ImportOutcome.Kind.IMPORTED) {
                    imported.add(file.getFileName().toString());
                }
                System.out.println("IMPORTED " + (i + 1) + "/" + set.size() + " " + file.getFileName() + " "
                        + outcome.kind());
                System.out.flush();
            }
            var packages = services.imports().packages();
            var campaigns = services.imports().campaigns();
            long whole = campaigns.stream().filter(c -> set.stream().anyMatch(p -> p.office().code()
                    .equals(c.officeCode()) && p.scores() == c.scores() && p.candidates() == c.candidates())).count();
            services.access().signOut();
            services.access().signIn(services.accountRepository().findByLogin(TestOffice.ADMIN).orElseThrow());
            boolean intact = services.audit().verify().intact();
            System.out.printf("packages on the stick: %d; stored: %d (distinct ids %d); whole: %d;"
                            + " imported again by hand: %d; audit chain intact: %s; %.1f s%n", set.size(),
                    packages.size(), packages.stream().map(p -> p.packageId()).distinct().count(), whole, retried,
                    intact, (System.nanoTime() - began) / 1e9);
            boolean passed = packages.size() == set.size() && whole == set.size() && intact
                    && packages.stream().map(p -> p.packageId()).distinct().count() == set.size();
            System.out.println(passed ? "DRILL PASSED" : "DRILL FAILED");
            System.exit(passed ? 0 : 1);
        }
    }
}

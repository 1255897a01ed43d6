package kz.suhbat.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kz.suhbat.common.Progress;
import kz.suhbat.exchange.CentralKeyFile;
import kz.suhbat.exchange.CentralRecipient;
import kz.suhbat.exchange.OfficeKeyFile;
import kz.suhbat.exchange.SigningKey;
import kz.suhbat.rubric.Framework;
import kz.suhbat.security.Account;
import kz.suhbat.security.Office;

/**
 * What the demo office holds as a central office: a national attestation in miniature ({@link #SHAPE}),
 * one office in every region sending the signed packages of its two campaigns, for the central bodies'
 * territorial departments and for the akimats. Their keys are registered and their packages imported
 * through the services, as the administrator would, so the Exchange page and the reports show
 * something true on first open. The demo office is its own central office: it makes the central key,
 * registers it, and the packages (and its own exports) are encrypted for it.
 */
final class DemoPackages {

    static final long SEED = 2017;

    /** Twenty offices, forty campaigns, 2,000 candidates decided in the shares of 2017, a year ago. */
    static NationalAttestation.Shape shape(int year) {
        return new NationalAttestation.Shape(20, 2, 2_000, year, "DEMO", " (демо)");
    }

    private DemoPackages() {
    }

    /** Receives the offices' packages as {@code admin}; the packages pass through a temporary folder. */
    static void receive(Services services, Account admin, int year) {
        services.access().signIn(admin);
        Framework framework = services.rubric().load(services.rubric().list().get(0).id()).orElseThrow();
        NationalAttestation national = new NationalAttestation(framework, shape(year), SEED);
        SecureRandom keys = new SecureRandom();
        Path stick;
        try {
            stick = Files.createTempDirectory("suhbat-demo-stick");
        } catch (IOException e) {
            throw new IllegalStateException("No temporary folder for the demo packages", e);
        }
        try {
            CentralKeyFile centralKey = services.centralKeys().makeOwnKey();
            services.centralKeys().register(centralKey);
            Optional<CentralRecipient> recipient = services.centralKeys().recipient();
            Map<String, SigningKey> signing = new HashMap<>();
            for (Office office : national.offices()) {
                SigningKey key = SigningKey.generate(keys, Instant.now());
                services.keyRegistry().register(OfficeKeyFile.of(office, key));
                signing.put(office.code(), key);
            }
            List<Path> packages = new ArrayList<>();
            for (NationalAttestation.Sending sending : national.sendings()) {
                packages.add(NationalAttestation.writeSigned(stick, sending.office(),
                        signing.get(sending.office().code()), sending.sequence(), national.data(sending), recipient));
            }
            services.imports().importPackages(packages, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo packages could not be written", e);
        } finally {
            try (Stream<Path> files = Files.walk(stick)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A temporary folder left behind holds only the demo's synthetic packages.
            }
        }
    }
}

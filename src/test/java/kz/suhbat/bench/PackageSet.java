package kz.suhbat.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.suhbat.app.NationalAttestation;
import kz.suhbat.common.Progress;
import kz.suhbat.exchange.CentralRecipient;
import kz.suhbat.exchange.OfficeKeyFile;
import kz.suhbat.exchange.PackageData;
import kz.suhbat.exchange.SigningKey;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.security.Office;

/**
 * A national attestation's worth of signed packages, as {@link NationalAttestation} makes it (the demo's
 * shape at full size): {@code offices} offices, each with its own key and one campaign, sharing
 * {@code candidates} decided candidates (in the 2017 shares) between them, plus one or two per campaign
 * who did not appear; each candidate scored by five members (now and then four, one recused) on the six
 * competencies of an executive post or the seven of a managerial one.
 */
public final class PackageSet {

    public static final long SEED = 2017;
    public static final int YEAR = 2017;

    /** One office of the set: its details, its key, and its package file. */
    public record OfficePackage(Office office, SigningKey key, Path file, int candidates, long scores) {
        public OfficeKeyFile keyFile() {
            return OfficeKeyFile.of(office, key);
        }
    }

    private PackageSet() {
    }

    /** The attestation of {@code offices} offices sharing {@code candidates} decided candidates. */
    public static NationalAttestation attestation(int offices, int candidates) {
        return new NationalAttestation(DemoFramework.read(),
                new NationalAttestation.Shape(offices, 1, candidates, YEAR, "OBL", ""), SEED);
    }

    public static List<OfficePackage> write(Path folder, int offices, int candidates, Progress progress) throws IOException {
        return write(folder, offices, candidates, Optional.empty(), progress);
    }

    /** The packages, encrypted for {@code recipient} when there is one. */
    public static List<OfficePackage> write(Path folder, int offices, int candidates,
                                            Optional<CentralRecipient> recipient, Progress progress) throws IOException {
        SecureRandom secure = new SecureRandom();
        NationalAttestation national = attestation(offices, candidates);
        List<OfficePackage> written = new ArrayList<>();
        for (NationalAttestation.Sending sending : national.sendings()) {
            SigningKey key = SigningKey.generate(secure, Instant.now());
            PackageData data = national.data(sending);
            Path file = NationalAttestation.writeSigned(folder, sending.office(), key, sending.sequence(), data,
                    recipient);
            written.add(new OfficePackage(sending.office(), key, file, data.candidates().size(), data.scoreCount()));
            progress.report(written.size(), offices);
        }
        return written;
    }
}

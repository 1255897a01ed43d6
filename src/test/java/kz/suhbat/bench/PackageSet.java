package kz.suhbat.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kz.suhbat.common.Progress;
import kz.suhbat.exchange.Manifest;
import kz.suhbat.exchange.OfficeKeyFile;
import kz.suhbat.exchange.PackageData;
import kz.suhbat.exchange.PackageFormat;
import kz.suhbat.exchange.PackageRecount;
import kz.suhbat.exchange.PackageWriter;
import kz.suhbat.exchange.SigningKey;
import kz.suhbat.scoring.Results;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;

/**
 * A national attestation's worth of signed packages: {@code offices} offices, each with its own key and
 * one campaign, sharing {@code candidates} candidates between them; each candidate scored by five
 * members on six competencies (30 scores), with six competency results and five votes.
 */
public final class PackageSet {

    public static final int MEMBERS = 5;
    public static final String[] COMPETENCIES = {"DECISION", "SERVICE", "INFORMING", "STRESS", "COOPERATION", "GROWTH"};
    private static final BigDecimal[] WEIGHTS = {BigDecimal.valueOf(20), BigDecimal.valueOf(20),
            BigDecimal.valueOf(15), BigDecimal.valueOf(15), BigDecimal.valueOf(15), BigDecimal.valueOf(15)};
    private static final String[] SURNAMES = {"Сейтқали", "Оспанов", "Ахметова", "Жұмабаева", "Нұрланұлы",
            "Әбілқасымова", "Байжанов", "Қасымова", "Тоқтаров", "Мұхамеджанова"};
    private static final String[] NAMES = {"Ерлан", "Бауыржан", "Динара", "Айгерім", "Ғалым", "Әсем", "Нұржан",
            "Гүлнар", "Марат", "Жанар"};

    /** One office of the set: its details, its key, and its package file. */
    public record OfficePackage(Office office, SigningKey key, Path file, int candidates) {
        public OfficeKeyFile keyFile() {
            return OfficeKeyFile.of(office, key);
        }
    }

    private PackageSet() {
    }

    public static List<OfficePackage> write(Path folder, int offices, int candidates, Progress progress) throws IOException {
        SecureRandom secure = new SecureRandom();
        Random random = new Random(2017);
        List<OfficePackage> written = new ArrayList<>();
        Region[] regions = Region.values();
        for (int o = 0; o < offices; o++) {
            int share = candidates / offices + (o < candidates % offices ? 1 : 0);
            Office office = Office.withDefaults("Аумақтық бөлімше " + (o + 1), String.format("OBL-%03d", o + 1),
                    regions[o % regions.length]);
            SigningKey key = SigningKey.generate(secure, Instant.now());
            PackageData data = campaign(office, share, random);
            byte[] json = data.toJson();
            Instant now = Instant.now();
            Manifest metadata = new Manifest(PackageFormat.VERSION, UUID.randomUUID().toString(), office.code(),
                    office.primaryName(), office.region().name(), 1, now.toString(), "0".repeat(64), 0L, key.fingerprint(),
                    data.campaign().id(), data.campaign().title(), List.of());
            PackageWriter.SignedPackage signed = PackageWriter.sign(metadata,
                    List.of(new PackageWriter.Entry(PackageFormat.DATA, json)), key.privateKey());
            Path file = folder.resolve(office.code() + PackageFormat.EXTENSION);
            Files.write(file, signed.toBytes(now, key.privateKey()));
            written.add(new OfficePackage(office, key, file, share));
            progress.report(o + 1, offices);
        }
        return written;
    }

    static PackageData campaign(Office office, int candidates, Random random) {
        List<PackageData.CompetencyPart> competencies = new ArrayList<>();
        for (int c = 0; c < COMPETENCIES.length; c++) {
            String name = COMPETENCIES[c].toLowerCase(java.util.Locale.ROOT);
            competencies.add(new PackageData.CompetencyPart(COMPETENCIES[c], "құзыреттілік " + name,
                    "компетенция " + name, "competency " + name, WEIGHTS[c]));
        }
        List<PackageData.MemberPart> members = new ArrayList<>();
        for (int m = 1; m <= MEMBERS; m++) {
            members.add(new PackageData.MemberPart(m, SURNAMES[m] + " " + NAMES[m], m == 1 ? "CHAIR" : "MEMBER",
                    m == 5 ? "PUBLIC_COUNCIL" : "STATE_BODY", "Агенттік"));
        }
        List<PackageData.CandidatePart> rows = new ArrayList<>(candidates);
        for (int i = 1; i <= candidates; i++) {
            rows.add(candidate(i, random));
        }
        return new PackageData(new PackageData.CampaignPart(1, "Аттестаттау 2017 — " + office.primaryName(), "ATTESTATION",
                List.of("Бас маман", "Жетекші маман"), "2017-03-01", "2017-12-01", office.region().name(), "B-4",
                new BigDecimal("3.5"), "LOCAL"), competencies, members, rows);
    }

    private static PackageData.CandidatePart candidate(long id, Random random) {
        List<PackageData.ScorePart> scores = new ArrayList<>(MEMBERS * COMPETENCIES.length);
        for (int c = 0; c < COMPETENCIES.length; c++) {
            for (int m = 1; m <= MEMBERS; m++) {
                int level = 2 + random.nextInt(4);
                scores.add(new PackageData.ScorePart(m, COMPETENCIES[c], level, random.nextInt(20) == 0));
            }
        }
        List<ProfileCompetency> weights = new ArrayList<>(COMPETENCIES.length);
        for (int c = 0; c < COMPETENCIES.length; c++) {
            weights.add(new ProfileCompetency(COMPETENCIES[c], WEIGHTS[c]));
        }
        Results computed = PackageRecount.computed(weights, new BigDecimal("3.5"), scores, List.of());
        List<PackageData.ResultPart> results = computed.competencies().stream()
                .map(r -> new PackageData.ResultPart(r.competencyCode(), r.mean(), null, "", r.result())).toList();
        BigDecimal total = computed.total();
        boolean reached = computed.reachesThreshold();
        String decision = reached ? "FITS_POST" : "DEMOTION";
        List<PackageData.VotePart> votes = new ArrayList<>(MEMBERS);
        for (int m = 1; m <= MEMBERS; m++) {
            votes.add(new PackageData.VotePart(m, decision, ""));
        }
        String iin = String.format("%012d", 800101000000L + id);
        return new PackageData.CandidatePart(id, SURNAMES[(int) (id % SURNAMES.length)],
                NAMES[(int) (id / SURNAMES.length % NAMES.length)], "", iin, "Бас маман", "2017-06-15", "FINALISED",
                total, reached, decision, scores, results, votes, "B-4", new BigDecimal("3.5"));
    }
}

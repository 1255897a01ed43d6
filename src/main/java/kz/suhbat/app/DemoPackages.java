package kz.suhbat.app;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Post;
import kz.suhbat.common.Progress;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.exchange.Manifest;
import kz.suhbat.exchange.OfficeKeyFile;
import kz.suhbat.exchange.PackageData;
import kz.suhbat.exchange.PackageFormat;
import kz.suhbat.exchange.PackageRecount;
import kz.suhbat.exchange.PackageWriter;
import kz.suhbat.exchange.SigningKey;
import kz.suhbat.scoring.Results;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.security.Account;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;

/**
 * What the demo office holds as a central office: three neighbouring offices have sent their
 * attestation on a stick. Their keys are registered and their signed packages imported through the
 * services, as the administrator would, so the Exchange page and its imported campaigns are not empty.
 */
final class DemoPackages {

    private record Neighbour(String name, String code, Region region, int candidates) {
    }

    private static final List<Neighbour> NEIGHBOURS = List.of(
            new Neighbour("Алматы облысы бойынша өңірлік кеңсе (демо)", "DEMO-ALM", Region.ALMATY, 16),
            new Neighbour("Қарағанды облысы бойынша өңірлік кеңсе (демо)", "DEMO-KAR", Region.KARAGANDA, 12),
            new Neighbour("Шымкент қаласы бойынша өңірлік кеңсе (демо)", "DEMO-SHY", Region.SHYMKENT, 9));
    private static final String[] MEMBERS = {"Жақсылықов Талғат Ерланұлы", "Бекова Сәуле Маратқызы",
        "Николаев Андрей Петрович", "Төлеуова Айнұр Қайратқызы", "Смағұлов Дархан Серікұлы"};
    private static final int UNDER_WAY = 2;

    private DemoPackages() {
    }

    /** Receives the neighbours' packages as {@code admin}; the packages pass through a temporary folder. */
    static void receive(Services services, Account admin) {
        services.access().signIn(admin);
        Framework framework = services.rubric().load(services.rubric().list().get(0).id()).orElseThrow();
        PositionProfile profile = framework.profiles().stream().filter(p -> p.code().equals("MGR-B")).findFirst()
                .orElse(framework.profiles().get(0));
        Random random = new Random(2017);
        SecureRandom keys = new SecureRandom();
        Path stick;
        try {
            stick = Files.createTempDirectory("suhbat-demo-stick");
        } catch (IOException e) {
            throw new IllegalStateException("No temporary folder for the demo packages", e);
        }
        try {
            List<Path> packages = new ArrayList<>();
            for (Neighbour neighbour : NEIGHBOURS) {
                Office office = Office.withDefaults(neighbour.name(), neighbour.code(), neighbour.region());
                SigningKey key = SigningKey.generate(keys, Instant.now());
                services.keyRegistry().register(OfficeKeyFile.of(office, key));
                PackageData data = attestation(framework, profile, neighbour, random);
                packages.add(write(stick, office, key, data));
            }
            services.imports().importPackages(packages, Progress.NONE);
        } finally {
            try (Stream<Path> files = Files.walk(stick)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A temporary folder left behind holds only the demo's synthetic packages.
            }
        }
    }

    private static Path write(Path stick, Office office, SigningKey key, PackageData data) {
        Instant now = Instant.now();
        Manifest metadata = new Manifest(PackageFormat.VERSION, UUID.randomUUID().toString(), office.code(),
                office.primaryName(), office.region().name(), 1, now.toString(), "0".repeat(64), 0L, key.fingerprint(),
                data.campaign().id(), data.campaign().title(), List.of());
        PackageWriter.SignedPackage signed = PackageWriter.sign(metadata,
                List.of(new PackageWriter.Entry(PackageFormat.DATA, data.toJson())), key.privateKey());
        Path file = stick.resolve(office.code() + PackageFormat.EXTENSION);
        try {
            Files.write(file, signed.toBytes(now, key.privateKey()));
        } catch (IOException e) {
            throw new IllegalStateException("The demo package could not be written", e);
        }
        return file;
    }

    private static PackageData attestation(Framework framework, PositionProfile profile, Neighbour neighbour,
                                           Random random) {
        List<PackageData.CompetencyPart> competencies = new ArrayList<>();
        for (ProfileCompetency c : profile.competencies()) {
            var competency = framework.competencies().stream().filter(k -> k.code().equals(c.competencyCode()))
                    .findFirst().orElseThrow();
            competencies.add(new PackageData.CompetencyPart(c.competencyCode(), competency.name().kk(),
                    competency.name().ru(), competency.name().en(), c.weight()));
        }
        List<PackageData.MemberPart> members = new ArrayList<>();
        for (int m = 0; m < MEMBERS.length; m++) {
            members.add(new PackageData.MemberPart(m + 1, MEMBERS[m], m == 0 ? "CHAIR" : "MEMBER",
                    m == MEMBERS.length - 1 ? "PUBLIC_COUNCIL" : "STATE_BODY", m == MEMBERS.length - 1
                    ? "Қоғамдық кеңес" : "Агенттіктің өңірлік кеңсесі"));
        }
        LocalDate sat = LocalDate.now().minusWeeks(2);
        List<PackageData.CandidatePart> candidates = new ArrayList<>();
        for (int i = 1; i <= neighbour.candidates(); i++) {
            Candidate person = DemoCampaigns.candidate(0, new Post(0, LocalizedText.kk("Бас маман"), profile.code()), random);
            candidates.add(i > neighbour.candidates() - UNDER_WAY
                    ? new PackageData.CandidatePart(i, person.lastName(), person.firstName(), person.middleName(),
                    person.iin(), person.post().name().primary(), null, "NOT_INTERVIEWED", null, null, null, List.of(), List.of(),
                    List.of(), profile.code(), profile.passThreshold(), i == neighbour.candidates())
                    : scored(i, person, competencies, profile.passThreshold(), sat, random));
        }
        return new PackageData(new PackageData.CampaignPart(1, "Мемлекеттік қызметшілерді аттестаттау, 2027",
                "ATTESTATION", List.of("Бас маман", "Жетекші маман"), sat.minusWeeks(4).toString(),
                sat.plusWeeks(8).toString(), neighbour.region().name(), profile.code(), profile.passThreshold(), "LOCAL"),
                competencies, members, candidates);
    }

    private static PackageData.CandidatePart scored(long id, Candidate person,
                                                    List<PackageData.CompetencyPart> competencies,
                                                    BigDecimal threshold, LocalDate sat, Random random) {
        int strength = random.nextInt(3);
        List<PackageData.ScorePart> scores = new ArrayList<>();
        for (PackageData.CompetencyPart c : competencies) {
            for (int m = 1; m <= MEMBERS.length; m++) {
                int level = Math.max(1, Math.min(5, 2 + strength + random.nextInt(3) - 1));
                scores.add(new PackageData.ScorePart(m, c.code(), level, false));
            }
        }
        Results computed = PackageRecount.computed(competencies.stream()
                .map(c -> new ProfileCompetency(c.code(), c.weight())).toList(), threshold, scores, List.of());
        List<PackageData.ResultPart> results = computed.competencies().stream()
                .map(r -> new PackageData.ResultPart(r.competencyCode(), r.mean(), null, "", r.result())).toList();
        BigDecimal weighted = computed.total();
        boolean reached = computed.reachesThreshold();
        String decision = reached ? (strength == 2 ? "PROMOTION" : "FITS_POST") : "DEMOTION";
        List<PackageData.VotePart> votes = new ArrayList<>();
        for (int m = 1; m <= MEMBERS.length; m++) {
            votes.add(new PackageData.VotePart(m, decision, ""));
        }
        return new PackageData.CandidatePart(id, person.lastName(), person.firstName(), person.middleName(),
                person.iin(), person.post().name().primary(), sat.toString(), "FINALISED", weighted, reached, decision, scores,
                results, votes, person.post().profileCode(), threshold);
    }
}

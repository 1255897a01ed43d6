package kz.suhbat.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.suhbat.app.NationalAttestation;
import kz.suhbat.campaign.Iin;
import kz.suhbat.common.Progress;
import kz.suhbat.exchange.ExchangeRefusal;
import kz.suhbat.exchange.ImportOutcome;
import kz.suhbat.exchange.OfficeKeyFile;
import kz.suhbat.exchange.PackageData;
import kz.suhbat.exchange.PackageRecount;
import kz.suhbat.exchange.SigningKey;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Results;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports over what a central office imported (a real H2 file): a small national attestation with
 * its built-in differences, and two offices' competitions of known numbers, identical to each other.
 */
class ReportServiceTest {

    private static final KeyDerivation FAST = new KeyDerivation(1_000);
    private static final ReportFilter ATTESTATION = ReportFilter.ALL.with(Dimension.TYPE, "ATTESTATION");
    private static final ReportFilter COMPETITION = ReportFilter.ALL.with(Dimension.TYPE, "COMPETITION");

    @TempDir
    static Path temp;

    /** A package the central office imported, with the office it came from. */
    private record Sent(Office office, PackageData data) {
    }

    private static TestOffice central;
    private static Account analyst;
    private static final List<Sent> SENT = new ArrayList<>();
    private static final Office FIRST_HAND = Office.withDefaults("Ұлытау облысы бойынша департамент", "HAND-01",
            Region.ULYTAU);
    /** The first office under a new name, sending a reserve selection of two of the same candidates later. */
    private static final Office RENAMED = Office.withDefaults("Агенттіктің Ұлытау облысы бойынша департаменті",
            "HAND-01", Region.ULYTAU);
    private static final Office SECOND_HAND = Office.withDefaults("Абай облысы бойынша департамент", "HAND-02",
            Region.ABAI);

    @BeforeAll
    static void importTheAttestationAndTwoCompetitions() throws Exception {
        central = TestOffice.create(temp.resolve("central"), FAST,
                Office.withDefaults("Агенттіктің орталық аппараты", "CENTRAL", Region.ASTANA));
        analyst = central.addAccount("analyst", "Ғалым Сәрсенов", Role.ANALYST);
        Path stick = Files.createDirectories(temp.resolve("stick"));
        NationalAttestation national = new NationalAttestation(DemoFramework.read(),
                new NationalAttestation.Shape(20, 2, 1_200, 2017, "NAT", ""), 4);
        List<Path> files = new ArrayList<>();
        Map<String, SigningKey> keys = new TreeMap<>();
        for (Office office : national.offices()) {
            keys.put(office.code(), register(office));
        }
        for (NationalAttestation.Sending sending : national.sendings()) {
            PackageData data = national.data(sending);
            SENT.add(new Sent(sending.office(), data));
            files.add(NationalAttestation.writeSigned(stick, sending.office(), keys.get(sending.office().code()),
                    sending.sequence(), data));
        }
        Map<Office, SigningKey> handKeys = new java.util.LinkedHashMap<>();
        for (Office office : List.of(FIRST_HAND, SECOND_HAND)) {
            PackageData data = competition();
            SENT.add(new Sent(office, data));
            handKeys.put(office, register(office));
            files.add(NationalAttestation.writeSigned(stick, office, handKeys.get(office), 1, data));
        }
        PackageData reserve = reserve();
        SENT.add(new Sent(RENAMED, reserve));
        files.add(NationalAttestation.writeSigned(stick, RENAMED, handKeys.get(FIRST_HAND), 2, reserve));
        central.actAs(analyst);
        List<ImportOutcome> outcomes = central.services().imports().importPackages(files, Progress.NONE);
        assertTrue(outcomes.stream().allMatch(o -> o.kind() == ImportOutcome.Kind.IMPORTED), outcomes.toString());
    }

    @AfterAll
    static void close() {
        central.close();
    }

    private static SigningKey register(Office office) {
        SigningKey key = SigningKey.generate(new SecureRandom(), Instant.now());
        central.actAsAdmin();
        central.services().keyRegistry().register(OfficeKeyFile.of(office, key));
        return key;
    }

    private static ReportService reports() {
        central.actAs(analyst);
        return central.services().reports();
    }

    @Test
    void theDecisionsOfTheNationalSetSplitAsIn2017() {
        OutcomeRow overall = reports().outcomes(ATTESTATION, Dimension.REGION).overall();
        Map<Outcome, Integer> expected = NationalAttestation.outcomeCounts(1_200);
        assertEquals(Map.of(Outcome.FITS_POST, 1097, Outcome.PROMOTION, 87, Outcome.DEMOTION, 13,
                Outcome.DISMISSAL, 3), expected, "61,115 / 4,851 / 747 / 140 scaled to 1,200 by largest remainder");
        expected.forEach((outcome, n) -> assertEquals((long) n, overall.count(outcome), outcome.name()));
    }

    @Test
    void outcomesAreCountedExactlyPerRegionAndPerBody() {
        for (Dimension dimension : List.of(Dimension.REGION, Dimension.BODY, Dimension.OFFICE, Dimension.YEAR,
                Dimension.POST_GROUP, Dimension.TYPE)) {
            OutcomeReport report = reports().outcomes(ReportFilter.ALL, dimension);
            Map<String, Map<Outcome, Long>> expected = expectedOutcomes(dimension, c -> true);
            assertEquals(expected, counts(report), dimension.name());
            for (OutcomeRow row : report.rows()) {
                long total = expected.get(row.group().value()).values().stream().mapToLong(Long::longValue).sum();
                for (Outcome outcome : Outcome.values()) {
                    assertEquals((double) expected.get(row.group().value()).getOrDefault(outcome, 0L) / total,
                            row.share(outcome), 1e-12, dimension + " " + row.group().value() + " " + outcome);
                }
            }
        }
        OutcomeReport hand = reports().outcomes(COMPETITION, Dimension.OFFICE);
        assertEquals(Map.of("HAND-01", Map.of(Outcome.RECOMMENDED, 3L, Outcome.NOT_RECOMMENDED, 1L),
                "HAND-02", Map.of(Outcome.RECOMMENDED, 3L, Outcome.NOT_RECOMMENDED, 1L)), counts(hand));
        assertEquals(0.75, hand.rows().get(0).share(Outcome.RECOMMENDED), 1e-12);
        assertEquals(List.of(Outcome.RECOMMENDED, Outcome.NOT_RECOMMENDED), hand.outcomes());
        assertEquals("Ұлытау облысы бойынша департамент", hand.rows().get(0).group().name(), "an office is named");
    }

    @Test
    void anOfficeWhoseCampaignsCarryDifferentNamesIsOneGroup() {
        OutcomeReport outcomes = reports().outcomes(ReportFilter.ALL.with(Dimension.REGION, "ULYTAU"), Dimension.OFFICE);
        List<OutcomeRow> hand = outcomes.rows().stream().filter(r -> r.group().value().equals("HAND-01")).toList();
        assertEquals(1, hand.size(), outcomes.rows().toString());
        assertEquals(Map.of(Outcome.RECOMMENDED, 5L, Outcome.NOT_RECOMMENDED, 1L), hand.get(0).counts());
        ProfileReport profiles = reports().profiles(ReportFilter.ALL.with(Dimension.OFFICE, "HAND-01"), Dimension.OFFICE);
        assertEquals(1, profiles.groups().size(), profiles.groups().toString());
        assertEquals(6, profiles.cell(profiles.groups().get(0), "COO").orElseThrow().moments().count());
        assertEquals(profiles.groups().get(0), hand.get(0).group(), "the same name in every report");
    }

    @Test
    void centralBodiesAreMarkedWeakerOnCooperationAndLocalOnesOnSelfDevelopment() {
        ProfileReport byBody = reports().profiles(ATTESTATION, Dimension.BODY);
        ProfileCell centralCooperation = byBody.cell(new Group("CENTRAL", ""), "COO").orElseThrow();
        ProfileCell localDevelopment = byBody.cell(new Group("LOCAL", ""), "DEV").orElseThrow();
        assertTrue(centralCooperation.marked() && centralCooperation.high() < centralCooperation.overallMean(),
                centralCooperation.toString());
        assertTrue(localDevelopment.marked() && localDevelopment.high() < localDevelopment.overallMean(),
                localDevelopment.toString());
        Map<String, String> weakest = byBody.weakest().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), e -> e.getValue().competency()));
        assertEquals(Map.of("CENTRAL", "COO", "LOCAL", "DEV"), weakest);

        Map<Group, ProfileCell> byRegion = reports().profiles(ATTESTATION, Dimension.REGION).weakest();
        NationalAttestation.REGION_WEAK.forEach((region, competency) -> assertEquals(competency,
                byRegion.get(new Group(region.name(), "")).competency(), region.name()));
    }

    @Test
    void groupsWithEqualResultsAreNotMarked() {
        for (Dimension dimension : List.of(Dimension.OFFICE, Dimension.REGION)) {
            ProfileReport report = reports().profiles(COMPETITION, dimension);
            assertEquals(2, report.groups().size());
            assertEquals(4, report.cells().size(), "two groups by two competencies");
            for (ProfileCell cell : report.cells()) {
                assertEquals(0, cell.difference(), 1e-12, cell.toString());
                assertFalse(cell.marked(), cell.toString());
            }
            assertTrue(report.weakest().isEmpty());
        }
        ProfileCell cooperation = reports().profiles(COMPETITION, Dimension.OFFICE)
                .cell(new Group("HAND-01", "Ұлытау облысы бойынша департамент"), "COO").orElseThrow();
        assertEquals(4, cooperation.moments().count());
        assertEquals((3 + 4 + 2 + 4) / 4.0, cooperation.mean(), 1e-12, "the agreed level counts, not the mean");
    }

    @Test
    void deliberationCountsDivergentAndAgreedResultsAndDecisionsAgainstTheThreshold() {
        DeliberationReport report = reports().deliberation(COMPETITION, Dimension.OFFICE);
        Map<String, DeliberationRow> rows = report.rows().stream()
                .collect(Collectors.toMap(DeliberationRow::competency, Function.identity()));
        assertEquals(new DeliberationRow("COO", 8, 2, 2), rows.get("COO"));
        assertEquals(new DeliberationRow("DEV", 8, 2, 0), rows.get("DEV"));
        assertEquals(List.of("COO", "DEV"), report.competencies().stream().map(Competency::code).toList());
        assertEquals(List.of(new ThresholdRow(new Group("HAND-01", "Ұлытау облысы бойынша департамент"), 4, 2),
                new ThresholdRow(new Group("HAND-02", "Абай облысы бойынша департамент"), 4, 2)), report.thresholds());

        DeliberationReport national = reports().deliberation(ATTESTATION, Dimension.REGION);
        long results = SENT.stream().filter(s -> s.data().campaign().type().equals("ATTESTATION"))
                .flatMap(s -> s.data().candidates().stream()).mapToLong(c -> c.results().size()).sum();
        long agreed = SENT.stream().filter(s -> s.data().campaign().type().equals("ATTESTATION"))
                .flatMap(s -> s.data().candidates().stream()).flatMap(c -> c.results().stream())
                .filter(r -> r.agreedLevel() != null).count();
        assertEquals(results, national.rows().stream().mapToLong(DeliberationRow::results).sum());
        assertEquals(agreed, national.rows().stream().mapToLong(DeliberationRow::agreed).sum());
        assertTrue(agreed > 0, "the national set has agreed levels");
        long against = national.thresholds().stream().mapToLong(ThresholdRow::against).sum();
        long expectedAgainst = SENT.stream().filter(s -> s.data().campaign().type().equals("ATTESTATION"))
                .flatMap(s -> s.data().candidates().stream()).filter(c -> c.decision() != null
                        && Outcome.valueOf(c.decision()).favourable() != c.reached()).count();
        assertEquals(expectedAgainst, against);
        assertTrue(against > 0 && against < 40, "a few decisions against the threshold: " + against);
    }

    @Test
    void aDrillDownListsExactlyTheCandidatesOfItsCellWithTheirIinMasked() {
        List<CandidateLine> kyzylorda = reports().candidates(ReportFilter.ALL,
                Drill.result(Dimension.REGION, "KYZYLORDA", "STR"));
        List<PackageData.CandidatePart> expected = SENT.stream()
                .filter(s -> s.office().region() == Region.KYZYLORDA)
                .flatMap(s -> s.data().candidates().stream()).filter(c -> !c.results().isEmpty()).toList();
        assertEquals(names(expected), kyzylorda.stream().map(CandidateLine::fullName).sorted().toList());
        assertEquals(expected.stream().map(c -> Iin.mask(c.iin())).sorted().toList(),
                kyzylorda.stream().map(CandidateLine::maskedIin).sorted().toList());
        Set<String> iins = expected.stream().map(PackageData.CandidatePart::iin).collect(Collectors.toSet());
        assertTrue(kyzylorda.stream().noneMatch(line -> iins.contains(line.maskedIin())
                || line.maskedIin().matches(".*\\d{5}.*")), "no IIN shown in full");

        assertEquals(List.of("Алиев Арман", "Бекова Сәуле", "Ким Виктор"), reports().candidates(COMPETITION,
                Drill.decided(Dimension.OFFICE, "HAND-01", Outcome.RECOMMENDED)).stream()
                .map(CandidateLine::fullName).sorted().toList());
        assertEquals(List.of("Ким Виктор", "Нұров Ерлан"), reports().candidates(COMPETITION,
                Drill.againstThreshold(Dimension.OFFICE, "HAND-02")).stream().map(CandidateLine::fullName).sorted()
                .toList());
        List<CandidateLine> divergent = reports().candidates(COMPETITION, Drill.divergent("COO"));
        assertEquals(List.of("Алиев Арман", "Алиев Арман"), divergent.stream().map(CandidateLine::fullName).toList());
        assertEquals(new BigDecimal("4.00"), divergent.get(0).result(), "the agreed level is the result");
        assertEquals(List.of("Алиев Арман", "Алиев Арман"), reports().candidates(COMPETITION, Drill.agreed("COO"))
                .stream().map(CandidateLine::fullName).toList());
        assertEquals(List.of("Нұров Ерлан", "Нұров Ерлан"), reports().candidates(COMPETITION, Drill.divergent("DEV"))
                .stream().map(CandidateLine::fullName).toList());
    }

    @Test
    void everyFilterNarrowsEveryReport() {
        List<ReportFilter> filters = List.of(ReportFilter.ALL.with(Dimension.REGION, "KYZYLORDA"),
                ReportFilter.ALL.with(Dimension.YEAR, "2020"), ReportFilter.ALL.with(Dimension.BODY, "LOCAL"),
                ReportFilter.ALL.with(Dimension.POST_GROUP, "B-MANAGERIAL"), COMPETITION,
                ReportFilter.ALL.with(Dimension.OFFICE, "HAND-02"));
        long all = reports().outcomes(ReportFilter.ALL, Dimension.TYPE).overall().total();
        long allResults = reports().deliberation(ReportFilter.ALL, Dimension.TYPE).rows().stream()
                .mapToLong(DeliberationRow::results).sum();
        for (ReportFilter filter : filters) {
            Map.Entry<Dimension, String> only = filter.values().entrySet().iterator().next();
            Map<String, Map<Outcome, Long>> expected = expectedOutcomes(Dimension.TYPE,
                    c -> only.getValue().equals(c.value(only.getKey())));
            OutcomeReport outcomes = reports().outcomes(filter, Dimension.TYPE);
            assertEquals(expected, counts(outcomes), filter.toString());
            assertTrue(outcomes.overall().total() < all, filter.toString());
            long results = expectedResults(c -> only.getValue().equals(c.value(only.getKey())));
            assertEquals(results, reports().deliberation(filter, Dimension.TYPE).rows().stream()
                    .mapToLong(DeliberationRow::results).sum(), filter.toString());
            assertTrue(results < allResults);
            assertEquals(results, reports().profiles(filter, Dimension.REGION).cells().stream()
                    .mapToLong(cell -> cell.moments().count()).sum(), filter.toString());
            assertEquals(outcomes.overall().total(), reports().deliberation(filter, Dimension.OFFICE).thresholds()
                    .stream().mapToLong(ThresholdRow::decided).sum(), filter.toString());
            assertEquals(Math.min(outcomes.overall().total(), ReportService.DRILL_LIMIT + 1),
                    reports().candidates(filter, Drill.decided(Dimension.TYPE, null, null)).size(), filter.toString());
        }
        assertEquals(Set.of("2017", "2020"), reports().values(Dimension.YEAR).stream().map(Group::value)
                .collect(Collectors.toSet()));
    }

    @Test
    void aTrainingCourseNeverAppears() throws Exception {
        ReportService reports = reports();
        List<Object> before = everything(reports);
        Office trainer = Office.withDefaults("Оқу орталығы", "HAND-03", Region.ASTANA);
        SigningKey key = register(trainer);
        PackageData competition = competition();
        PackageData.CampaignPart c = competition.campaign();
        PackageData training = new PackageData(new PackageData.CampaignPart(c.id(), "Оқу курсы", "TRAINING", c.posts(),
                c.opens(), c.closes(), c.region(), c.profileCode(), c.threshold(), c.body()),
                competition.competencies(), competition.members(), competition.candidates(), competition.profiles());
        Path file = NationalAttestation.writeSigned(Files.createDirectories(temp.resolve("training")), trainer, key, 1,
                training);
        central.actAs(analyst);
        ImportOutcome outcome = central.services().imports().importPackages(List.of(file), Progress.NONE).get(0);
        assertEquals(ImportOutcome.Kind.REFUSED, outcome.kind());
        assertEquals(ExchangeRefusal.Reason.TRAINING_STAYS, outcome.refusal().orElseThrow().reason());
        assertEquals(before, everything(reports()));
        assertFalse(reports().values(Dimension.TYPE).stream().anyMatch(g -> g.value().equals("TRAINING")));
    }

    @Test
    void onlyTheAnalystAndTheAdministratorReadReports() {
        for (Role role : List.of(Role.SECRETARY, Role.MEMBER)) {
            Account account = central.services().accountRepository().findByLogin(role.name().toLowerCase())
                    .orElseGet(() -> central.addAccount(role.name().toLowerCase(), "Тест " + role, role));
            central.actAs(account);
            ReportService reports = central.services().reports();
            assertThrows(AccessDeniedException.class, () -> reports.values(Dimension.REGION));
            assertThrows(AccessDeniedException.class, () -> reports.outcomes(ReportFilter.ALL, Dimension.REGION));
            assertThrows(AccessDeniedException.class, () -> reports.profiles(ReportFilter.ALL, Dimension.REGION));
            assertThrows(AccessDeniedException.class, () -> reports.deliberation(ReportFilter.ALL, Dimension.REGION));
            assertThrows(AccessDeniedException.class, () -> reports.candidates(ReportFilter.ALL,
                    Drill.decided(Dimension.REGION, null, null)));
        }
        central.actAsAdmin();
        assertFalse(central.services().reports().outcomes(ReportFilter.ALL, Dimension.REGION).rows().isEmpty());
        assertFalse(central.services().reports().candidates(COMPETITION, Drill.agreed("COO")).isEmpty());
        assertFalse(reports().profiles(ReportFilter.ALL, Dimension.BODY).cells().isEmpty());
    }

    // The two competitions: profile T-1 (cooperation and self-development, half each, threshold 3.00), a
    // chair and two members. Бекова: 3.00, recommended. Алиев: divergent on cooperation (2, 4, 5), agreed 4,
    // recommended. Ким: 2.17, below the threshold, yet recommended. Нұров: divergent on self-development
    // (1, 3, 3), 3.17, not recommended. Омарова did not appear.

    private static PackageData competition() {
        List<PackageData.CompetencyPart> competencies = List.of(
                new PackageData.CompetencyPart("COO", "Ынтымақтастық", "Сотрудничество", "Cooperation", BigDecimal.valueOf(50)),
                new PackageData.CompetencyPart("DEV", "Өзін-өзі дамыту", "Саморазвитие", "Self-development",
                        BigDecimal.valueOf(50)));
        List<PackageData.MemberPart> members = List.of(
                new PackageData.MemberPart(1, "Төраға Бірінші", "CHAIR", "STATE_BODY", "Агенттік"),
                new PackageData.MemberPart(2, "Мүше Екінші", "MEMBER", "STATE_BODY", "Агенттік"),
                new PackageData.MemberPart(3, "Мүше Үшінші", "MEMBER", "PUBLIC_COUNCIL", "Қоғамдық кеңес"));
        List<PackageData.CandidatePart> candidates = List.of(
                candidate(1, "Бекова", "Сәуле", "910101400005", new int[] {3, 3, 3}, new int[] {3, 3, 3}, null,
                        Outcome.RECOMMENDED),
                candidate(2, "Алиев", "Арман", "900202300006", new int[] {2, 4, 5}, new int[] {4, 4, 4}, 4,
                        Outcome.RECOMMENDED),
                candidate(3, "Ким", "Виктор", "890303300000", new int[] {2, 2, 2}, new int[] {2, 3, 2}, null,
                        Outcome.RECOMMENDED),
                candidate(4, "Нұров", "Ерлан", "880404300008", new int[] {4, 4, 4}, new int[] {1, 3, 3}, null,
                        Outcome.NOT_RECOMMENDED),
                new PackageData.CandidatePart(5, "Омарова", "Дана", "", "870505400001", "Маман", null, "NOT_INTERVIEWED",
                        null, null, null, List.of(), List.of(), List.of(), "T-1", new BigDecimal("3.00"), true));
        return new PackageData(new PackageData.CampaignPart(1, "Конкурс 2020", "COMPETITION", List.of("Маман"),
                "2020-02-01", "2020-06-30", "ULYTAU", "T-1", new BigDecimal("3.00"), "LOCAL"), competencies, members,
                candidates, List.of(new PackageData.ProfilePart("T-1", new BigDecimal("3.00"), List.of(
                        new PackageData.WeightPart("COO", BigDecimal.valueOf(50)),
                        new PackageData.WeightPart("DEV", BigDecimal.valueOf(50))), "EXECUTIVE", "B")));
    }

    private static PackageData reserve() {
        PackageData competition = competition();
        PackageData.CampaignPart c = competition.campaign();
        return new PackageData(new PackageData.CampaignPart(2, "Кадр резерві 2020", "RESERVE", c.posts(), c.opens(),
                c.closes(), c.region(), c.profileCode(), c.threshold(), c.body()), competition.competencies(),
                competition.members(), competition.candidates().subList(0, 2), competition.profiles());
    }

    private static PackageData.CandidatePart candidate(long id, String last, String first, String iin, int[] cooperation,
                                                       int[] development, Integer agreedCooperation, Outcome decision) {
        List<PackageData.ScorePart> scores = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            scores.add(new PackageData.ScorePart(m + 1, "COO", cooperation[m], false));
            scores.add(new PackageData.ScorePart(m + 1, "DEV", development[m], false));
        }
        List<PackageData.ResultPart> agreed = agreedCooperation == null ? List.of()
                : List.of(new PackageData.ResultPart("COO", BigDecimal.ZERO, agreedCooperation, "Келісілді", BigDecimal.ZERO));
        Results results = PackageRecount.computed(List.of(new ProfileCompetency("COO", BigDecimal.valueOf(50)),
                new ProfileCompetency("DEV", BigDecimal.valueOf(50))), new BigDecimal("3.00"), scores, agreed);
        List<PackageData.ResultPart> carried = results.competencies().stream()
                .map(r -> new PackageData.ResultPart(r.competencyCode(), r.mean(), r.agreed() ? r.outcome().agreedLevel()
                        : null, r.agreed() ? "Келісілді" : "", r.result())).toList();
        List<PackageData.VotePart> votes = List.of(new PackageData.VotePart(1, decision.name(), ""),
                new PackageData.VotePart(2, decision.name(), ""), new PackageData.VotePart(3, decision.name(), ""));
        return new PackageData.CandidatePart(id, last, first, "", iin, "Маман", "2020-03-0" + id, "FINALISED",
                results.total(), results.reachesThreshold(), decision.name(), scores, carried, votes, "T-1",
                new BigDecimal("3.00"));
    }

    /** A candidate as the reports see them: the values of their groups. */
    private record Seen(Sent sent, PackageData.CandidatePart candidate) {
        String value(Dimension dimension) {
            PackageData.CampaignPart campaign = sent.data().campaign();
            return switch (dimension) {
                case TYPE -> campaign.type();
                case REGION -> sent.office().region().name();
                case OFFICE -> sent.office().code();
                case BODY -> campaign.body();
                case YEAR -> Integer.toString(LocalDate.parse(candidate.sittingDate() == null ? campaign.opens()
                        : candidate.sittingDate()).getYear());
                case POST_GROUP -> sent.data().profiles().stream().filter(p -> p.code().equals(candidate.profileCode()))
                        .map(p -> Dimension.postGroup(p.corps(), p.postGroup())).findFirst().orElseThrow();
            };
        }
    }

    private static List<Seen> seen(java.util.function.Predicate<Seen> kept) {
        return SENT.stream().flatMap(s -> s.data().candidates().stream().map(c -> new Seen(s, c))).filter(kept)
                .toList();
    }

    private static Map<String, Map<Outcome, Long>> expectedOutcomes(Dimension dimension,
                                                                    java.util.function.Predicate<Seen> kept) {
        Map<String, Map<Outcome, Long>> expected = new TreeMap<>();
        for (Seen c : seen(kept)) {
            if (c.candidate().decision() != null) {
                expected.computeIfAbsent(c.value(dimension), v -> new EnumMap<>(Outcome.class))
                        .merge(Outcome.valueOf(c.candidate().decision()), 1L, Long::sum);
            }
        }
        return expected;
    }

    private static long expectedResults(java.util.function.Predicate<Seen> kept) {
        return seen(kept).stream().mapToLong(c -> c.candidate().results().size()).sum();
    }

    private static Map<String, Map<Outcome, Long>> counts(OutcomeReport report) {
        Map<String, Map<Outcome, Long>> counts = new TreeMap<>();
        report.rows().forEach(row -> counts.put(row.group().value(), new EnumMap<>(row.counts())));
        return counts;
    }

    private static List<String> names(List<PackageData.CandidatePart> candidates) {
        return candidates.stream().map(c -> (c.lastName() + " " + c.firstName() + " " + c.middleName()).strip())
                .sorted().toList();
    }

    private static List<Object> everything(ReportService reports) {
        List<Object> all = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            all.add(reports.values(dimension));
            all.add(reports.outcomes(ReportFilter.ALL, dimension));
            all.add(reports.profiles(ReportFilter.ALL, dimension));
            all.add(reports.deliberation(ReportFilter.ALL, dimension));
        }
        all.add(reports.candidates(ReportFilter.ALL, Drill.decided(Dimension.TYPE, null, null)));
        return all;
    }
}

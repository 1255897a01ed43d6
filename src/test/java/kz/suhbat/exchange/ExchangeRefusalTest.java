package kz.suhbat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a package can be wrong is refused with its reason, and the central office is exactly as
 * it was: what it shows of its imports and its audit trail.
 */
class ExchangeRefusalTest {

    private static final Set<ExchangeRefusal.Reason> DAMAGE = EnumSet.of(ExchangeRefusal.Reason.DAMAGED,
            ExchangeRefusal.Reason.NO_MANIFEST, ExchangeRefusal.Reason.NO_SIGNATURE,
            ExchangeRefusal.Reason.WRONG_FORMAT, ExchangeRefusal.Reason.UNKNOWN_KEY,
            ExchangeRefusal.Reason.BAD_SIGNATURE, ExchangeRefusal.Reason.FILE_CHANGED,
            ExchangeRefusal.Reason.FILE_TRUNCATED, ExchangeRefusal.Reason.FILE_MISSING,
            ExchangeRefusal.Reason.FILE_ADDED, ExchangeRefusal.Reason.SEAL_BROKEN,
            // a byte of the ZIP's directory changed: its counts, sizes or names read as a hostile archive
            ExchangeRefusal.Reason.TOO_MANY_FILES, ExchangeRefusal.Reason.ENTRY_NAME,
            ExchangeRefusal.Reason.ENTRY_TOO_LARGE, ExchangeRefusal.Reason.OLD_FORMAT);

    @TempDir
    Path temp;

    private ExchangeFixture fixture;
    private Path valid;
    private byte[] bytes;

    @BeforeEach
    void aValidPackageWithItsKeyRegistered() throws IOException {
        fixture = new ExchangeFixture(temp);
        valid = fixture.export().file();
        bytes = Files.readAllBytes(valid);
        fixture.registerOfficeKey();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFlippedByteAnywhereIsRefused() throws IOException {
        List<Object> before = fixture.centralState();
        List<Integer> offsets = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; offset += Math.max(1, bytes.length / 150)) {
            offsets.add(offset);
        }
        offsets.add(bytes.length - 1);
        offsets.add(bytes.length - PackageFormat.SEAL_LENGTH - 1);
        for (int offset : offsets) {
            byte[] changed = bytes.clone();
            changed[offset] ^= 0x01;
            ImportOutcome outcome = fixture.importOne(write("flipped-" + offset, changed));
            assertRefused(outcome, DAMAGE, "byte " + offset);
        }
        assertEquals(before, fixture.centralState());
        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(valid).kind(), "the original still imports");
    }

    @Test
    void aPackageCutShortAtAnyPointIsRefused() throws IOException {
        List<Object> before = fixture.centralState();
        for (int length = 0; length < bytes.length; length += Math.max(1, bytes.length / 120)) {
            assertRefused(fixture.importOne(write("cut-" + length, java.util.Arrays.copyOf(bytes, length))), DAMAGE,
                    "cut at " + length);
        }
        assertRefused(fixture.importOne(write("cut-last", java.util.Arrays.copyOf(bytes, bytes.length - 1))),
                DAMAGE, "last byte cut");
        assertEquals(before, fixture.centralState());
    }

    @Test
    void anAddedMissingOrChangedFileIsNamed() throws IOException {
        List<Object> before = fixture.centralState();
        Map<String, byte[]> entries = ExchangeFixture.entries(valid);

        Map<String, byte[]> added = new LinkedHashMap<>(entries);
        added.put("extra.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        assertReason(ExchangeRefusal.Reason.FILE_ADDED, "added", added);

        Map<String, byte[]> missing = new LinkedHashMap<>(entries);
        missing.remove(PackageFormat.RESULTS_CSV);
        assertReason(ExchangeRefusal.Reason.FILE_MISSING, "missing", missing);

        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        byte[] data = entries.get(PackageFormat.DATA).clone();
        data[data.length / 2] ^= 0x01;
        changed.put(PackageFormat.DATA, data);
        assertReason(ExchangeRefusal.Reason.FILE_CHANGED, "changed", changed);

        Map<String, byte[]> truncated = new LinkedHashMap<>(entries);
        byte[] xlsx = entries.get(PackageFormat.RESULTS_XLSX);
        truncated.put(PackageFormat.RESULTS_XLSX, java.util.Arrays.copyOf(xlsx, xlsx.length / 2));
        assertReason(ExchangeRefusal.Reason.FILE_TRUNCATED, "truncated", truncated);

        Map<String, byte[]> unsigned = new LinkedHashMap<>(entries);
        unsigned.remove(PackageFormat.SIGNATURE);
        assertReason(ExchangeRefusal.Reason.NO_SIGNATURE, "unsigned", unsigned);

        Map<String, byte[]> resigned = new LinkedHashMap<>(entries);
        resigned.put(PackageFormat.MANIFEST, new String(entries.get(PackageFormat.MANIFEST), StandardCharsets.UTF_8)
                .replace("\"sequence\" : 1", "\"sequence\" : 9").getBytes(StandardCharsets.UTF_8));
        assertReason(ExchangeRefusal.Reason.BAD_SIGNATURE, "manifest changed", resigned);

        Map<String, byte[]> future = new LinkedHashMap<>(entries);
        future.put(PackageFormat.MANIFEST, new String(entries.get(PackageFormat.MANIFEST), StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : 2", "\"formatVersion\" : 3").getBytes(StandardCharsets.UTF_8));
        assertReason(ExchangeRefusal.Reason.WRONG_FORMAT, "format 3", future);

        Map<String, byte[]> noManifest = new LinkedHashMap<>(entries);
        noManifest.remove(PackageFormat.MANIFEST);
        assertReason(ExchangeRefusal.Reason.NO_MANIFEST, "no manifest", noManifest);

        assertRefused(fixture.importOne(write("not-a-zip", "hello".getBytes(StandardCharsets.US_ASCII))),
                EnumSet.of(ExchangeRefusal.Reason.DAMAGED), "not a ZIP");
        assertRefused(fixture.importOne(temp.resolve("no-such.suhbat")), EnumSet.of(ExchangeRefusal.Reason.NOT_FOUND),
                "no file");
        assertEquals(before, fixture.centralState());
    }

    @Test
    void repackingWithTheSameFilesBreaksTheSeal() throws IOException {
        Path repacked = ExchangeFixture.repack(temp.resolve("repacked.suhbat"), ExchangeFixture.entries(valid));
        assertRefused(fixture.importOne(repacked), EnumSet.of(ExchangeRefusal.Reason.SEAL_BROKEN), "repacked");
    }

    @Test
    void unknownRevokedAndForgedKeysAreRefused() throws IOException {
        List<Object> before = fixture.centralState();
        try (TestOffice impostor = TestOffice.create(temp.resolve("impostor"), ExchangeFixture.FAST,
                Office.withDefaults("Test office", "TST-01", Region.ASTANA))) {
            TestPanel other = TestPanel.seat(impostor);
            impostor.actAs(other.secretary);
            Path forged = impostor.services().exports().exportUnencrypted(other.campaign.id(), temp, kz.suhbat.common.i18n
                    .Language.EN, impostor.signingKey(), kz.suhbat.common.Progress.NONE).file();
            assertRefused(fixture.importOne(forged), EnumSet.of(ExchangeRefusal.Reason.UNKNOWN_KEY),
                    "the same office code, another key");
        }
        fixture.central.actAsAdmin();
        RegisteredKey key = fixture.central.services().keyRegistry().keys().get(0);
        fixture.central.services().keyRegistry().revoke(key.fingerprint());
        assertRefused(fixture.importOne(valid), EnumSet.of(ExchangeRefusal.Reason.REVOKED_KEY), "revoked");
        assertEquals(before.subList(0, before.size() - 1), fixture.centralState().subList(0, before.size() - 1),
                "nothing imported (the audit trail holds the revocation)");
    }

    @Test
    void replayedAndReorderedPackagesAreRefusedOrPutInOrder() {
        Path first = fixture.export().file();
        Path second = fixture.export().file();
        Path third = fixture.export().file();
        Path fourth = fixture.export().file();

        List<ImportOutcome> batch = fixture.importAll(third, second);
        assertEquals(List.of(second, third), batch.stream().map(ImportOutcome::file).toList(), "taken in sequence");
        assertTrue(batch.stream().allMatch(o -> o.kind() == ImportOutcome.Kind.IMPORTED));

        List<Object> before = fixture.centralState();
        assertRefused(fixture.importOne(first), EnumSet.of(ExchangeRefusal.Reason.OLDER_SEQUENCE), "older");
        assertRefused(fixture.importOne(valid), EnumSet.of(ExchangeRefusal.Reason.OLDER_SEQUENCE), "oldest");
        ImportOutcome replay = fixture.importOne(third);
        assertEquals(ImportOutcome.Kind.ALREADY_IMPORTED, replay.kind());
        assertEquals(ExchangeRefusal.Reason.ALREADY_IMPORTED, replay.refusal().orElseThrow().reason());
        assertEquals(before, fixture.centralState());

        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(fourth).kind());
        fixture.central.actAs(fixture.analyst);
        assertEquals(1, fixture.central.services().imports().campaigns().size(), "a newer package replaces");
        assertEquals(5, fixture.central.services().imports().campaigns().get(0).sequence());
    }

    @Test
    void signedDataThatDoesNotHoldTogetherIsRefusedAndTheOthersStillGoIn() throws IOException {
        OtherOffice other = registeredOtherOffice();
        PackageData good = fixture.packedAtOffice();
        PackageData.CampaignPart campaign = good.campaign();
        PackageData longTitle = withCampaign(good, "Т".repeat(3000), campaign.type());
        PackageData strangerScores = new PackageData(campaign, good.competencies(), good.members().subList(1,
                good.members().size()), good.candidates());
        Path tooLong = signed(other, 1, longTitle);
        Path stranger = signed(other, 2, strangerScores);
        List<Object> before = fixture.centralState();

        List<ImportOutcome> outcomes = fixture.importAll(tooLong, stranger);

        for (ImportOutcome outcome : outcomes) {
            assertRefused(outcome, EnumSet.of(ExchangeRefusal.Reason.INVALID_DATA), outcome.file().toString());
        }
        assertEquals(before, fixture.centralState());
        List<ImportOutcome> mixed = fixture.importAll(stranger, valid);
        assertEquals(ImportOutcome.Kind.REFUSED, kindOf(mixed, stranger));
        assertEquals(ImportOutcome.Kind.IMPORTED, kindOf(mixed, valid), "a refusal does not stop the others");
    }

    @Test
    void signedTotalsOrDecisionsThatTheScoresAndVotesDoNotGiveAreRefused() throws IOException {
        OtherOffice other = registeredOtherOffice();
        PackageData good = fixture.packedAtOffice();
        PackageData.CandidatePart decided = good.candidates().stream().filter(c -> c.decision() != null)
                .findFirst().orElseThrow();
        PackageData raisedTotal = withCandidate(good, decided, decided.total().add(new java.math.BigDecimal("0.01")),
                decided.decision(), decided.votes());
        PackageData otherDecision = withCandidate(good, decided, decided.total(), "NOT_RECOMMENDED".equals(
                decided.decision()) ? "RECOMMENDED" : "NOT_RECOMMENDED", decided.votes());
        List<Object> before = fixture.centralState();

        for (PackageData doctored : List.of(raisedTotal, otherDecision)) {
            ImportOutcome outcome = fixture.importOne(signed(other, 1, doctored));
            assertRefused(outcome, EnumSet.of(ExchangeRefusal.Reason.RESULTS_DISAGREE), "recomputed");
            assertEquals((decided.lastName() + " " + decided.firstName() + " " + decided.middleName()).strip(),
                    outcome.refusal().orElseThrow().args()[0]);
        }
        assertEquals(before, fixture.centralState());
        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(signed(other, 1, good)).kind(),
                "the office's own figures are those the central office computes");
    }

    @Test
    void theDeputyChairPaperVotesAndConfirmedTranscriptionsArriveAsTheOfficeSentThem() throws IOException {
        OtherOffice other = registeredOtherOffice();
        PackageData good = fixture.packedAtOffice();
        PackageData.MemberPart firstMember = good.members().get(1);
        List<PackageData.MemberPart> members = good.members().stream().map(m -> m != firstMember ? m
                : new PackageData.MemberPart(m.id(), m.fullName(), m.role(), m.affiliation(), m.organisation(),
                        true)).toList();
        PackageData.CandidatePart decided = good.candidates().stream().filter(c -> c.decision() != null)
                .findFirst().orElseThrow();
        long paperMember = decided.votes().get(0).member();
        List<PackageData.CandidatePart> candidates = good.candidates().stream().map(c -> c != decided ? c
                : new PackageData.CandidatePart(c.id(), c.lastName(), c.firstName(), c.middleName(), c.iin(),
                        c.post(), c.sittingDate(), c.status(), c.total(), c.reached(), c.decision(),
                        c.scores().stream().map(sc -> sc.member() != paperMember ? sc
                                : new PackageData.ScorePart(sc.member(), sc.competency(), sc.level(), true, true))
                                .toList(),
                        c.results(), c.votes().stream().map(v -> v.member() != paperMember ? v
                                : new PackageData.VotePart(v.member(), v.outcome(), v.opinion(), true)).toList(),
                        c.profileCode(), c.threshold())).toList();
        PackageData sent = new PackageData(good.campaign(), good.competencies(), members, candidates,
                good.profiles());

        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(signed(other, 1, sent)).kind());

        fixture.central.actAs(fixture.analyst);
        long campaign = fixture.central.services().imports().campaigns().get(0).id();
        PackageData kept = fixture.central.services().imports().campaignData(campaign).orElseThrow();
        for (String part : List.of("members", "candidates")) {
            assertEquals(ExchangeFixture.canonical(sent).get(part), ExchangeFixture.canonical(kept).get(part), part);
        }
        assertTrue(kept.members().stream().anyMatch(PackageData.MemberPart::deputy));
        assertTrue(kept.candidates().stream().flatMap(c -> c.scores().stream()).anyMatch(PackageData.ScorePart::confirmed));
        assertTrue(kept.candidates().stream().flatMap(c -> c.votes().stream()).anyMatch(PackageData.VotePart::transcribed));
    }

    private static PackageData withCandidate(PackageData data, PackageData.CandidatePart changed,
                                             java.math.BigDecimal total, String decision,
                                             List<PackageData.VotePart> votes) {
        List<PackageData.CandidatePart> candidates = data.candidates().stream().map(c -> c.id() != changed.id() ? c
                : new PackageData.CandidatePart(c.id(), c.lastName(), c.firstName(), c.middleName(), c.iin(),
                        c.post(), c.sittingDate(), c.status(), total, c.reached(), decision, c.scores(), c.results(),
                        votes, c.profileCode(), c.threshold())).toList();
        return new PackageData(data.campaign(), data.competencies(), data.members(), candidates, data.profiles());
    }

    @Test
    void anAbsentCandidateWithScoresIsRefused() throws IOException {
        OtherOffice other = registeredOtherOffice();
        PackageData good = fixture.packedAtOffice();
        List<PackageData.CandidatePart> candidates = good.candidates().stream().map(c -> c.scores().isEmpty() ? c
                : new PackageData.CandidatePart(c.id(), c.lastName(), c.firstName(), c.middleName(), c.iin(),
                        c.post(), c.sittingDate(), "NOT_INTERVIEWED", null, null, null, c.scores(), List.of(),
                        List.of(), c.profileCode(), c.threshold(), true)).toList();
        Path scoredAbsent = signed(other, 1, new PackageData(good.campaign(), good.competencies(),
                good.members(), candidates));
        List<Object> before = fixture.centralState();

        ImportOutcome outcome = fixture.importOne(scoredAbsent);

        assertRefused(outcome, EnumSet.of(ExchangeRefusal.Reason.INVALID_DATA), "absent, yet scored");
        assertEquals(List.of("candidate.absent"), List.of(outcome.refusal().orElseThrow().args()).stream()
                .map(String::valueOf).toList());
        assertEquals(before, fixture.centralState());
    }

    @Test
    void aTrainingCourseNeverLeavesTheOfficeNorEntersTheCentralOne() throws IOException {
        OtherOffice other = registeredOtherOffice();
        PackageData good = fixture.packedAtOffice();
        PackageData.CampaignPart campaign = good.campaign();
        PackageData training = withCampaign(good, campaign.title(), "TRAINING");
        List<Object> before = fixture.centralState();

        ImportOutcome outcome = fixture.importOne(signed(other, 1, training));

        assertRefused(outcome, EnumSet.of(ExchangeRefusal.Reason.TRAINING_STAYS), "a training package");
        assertEquals(before, fixture.centralState(), "nothing of it is kept");

        var office = fixture.regional.services();
        fixture.regional.actAs(fixture.panel.secretary);
        Campaign real = office.campaigns().campaign(fixture.panel.campaign.id()).orElseThrow();
        Campaign course = office.campaigns().create(new Campaign(0, real.title(), CampaignType.TRAINING,
                real.posts(), real.opens(), real.closes(), real.officeCode(), real.region(), real.frameworkId(),
                real.status(), real.quorum(), real.divergenceSpread(), real.body()));
        Path stick = java.nio.file.Files.createDirectories(temp.resolve("stick-training"));
        SigningKey signingKey = fixture.regional.signingKey();
        ExchangeRefusal refused = assertThrows(ExchangeRefusal.class, () -> office.exports().export(course.id(),
                stick, kz.suhbat.common.i18n.Language.KK, signingKey, kz.suhbat.common.Progress.NONE));
        assertEquals(ExchangeRefusal.Reason.TRAINING_STAYS, refused.reason(), "the office does not export it");
        try (var left = java.nio.file.Files.list(stick)) {
            assertEquals(0, left.count(), "and writes nothing to the stick");
        }
    }

    private static ImportOutcome.Kind kindOf(List<ImportOutcome> outcomes, Path file) {
        return outcomes.stream().filter(o -> o.file().equals(file)).findFirst().orElseThrow().kind();
    }

    /** A second office whose key the central office has registered: its packages verify. */
    private OtherOffice registeredOtherOffice() {
        Office office = Office.withDefaults("Екінші кеңсе", "TST-02", Region.ALMATY);
        SigningKey key = SigningKey.generate(new java.security.SecureRandom(), java.time.Instant.now());
        fixture.central.actAsAdmin();
        fixture.central.services().keyRegistry().register(OfficeKeyFile.of(office, key));
        return new OtherOffice(office, key);
    }

    private record OtherOffice(Office office, SigningKey key) {
    }

    /** {@code data} with its campaign's title and type replaced (signed as it is, so the seal holds). */
    private static PackageData withCampaign(PackageData data, String title, String type) {
        PackageData.CampaignPart c = data.campaign();
        return new PackageData(new PackageData.CampaignPart(c.id(), title, type, c.posts(), c.opens(), c.closes(),
                c.region(), c.profileCode(), c.threshold(), c.body()), data.competencies(), data.members(), data.candidates());
    }

    private Path signed(OtherOffice other, long sequence, PackageData data) throws IOException {
        java.time.Instant now = java.time.Instant.now();
        Manifest metadata = new Manifest(PackageFormat.VERSION, java.util.UUID.randomUUID().toString(),
                other.office().code(), sequence, now.toString(), "0".repeat(64), 0L, other.key().fingerprint(),
                data.campaign().id(), "x", null, List.of());
        PackageWriter.SignedPackage signed = PackageWriter.sign(metadata,
                List.of(new PackageWriter.Entry(PackageFormat.DATA, data.toJson())), java.util.Optional.empty(),
                other.key().privateKey());
        return write("signed-" + sequence, signed.toBytes(now, other.key().privateKey()));
    }

    private void assertReason(ExchangeRefusal.Reason reason, String name, Map<String, byte[]> entries)
            throws IOException {
        Path file = ExchangeFixture.repack(temp.resolve(name + ".suhbat"), entries);
        assertRefused(fixture.importOne(file), EnumSet.of(reason), name);
    }

    private static void assertRefused(ImportOutcome outcome, Set<ExchangeRefusal.Reason> expected, String what) {
        assertEquals(ImportOutcome.Kind.REFUSED, outcome.kind(), what);
        ExchangeRefusal.Reason reason = outcome.refusal().orElseThrow().reason();
        assertTrue(expected.contains(reason), what + ": " + reason);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(temp.resolve(name + ".suhbat"), content);
    }
}

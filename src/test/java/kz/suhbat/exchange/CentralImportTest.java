package kz.suhbat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.exchange.ui.ExchangeErrors;
import kz.suhbat.panel.ConflictDeclaration;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a registered office, rogue or careless, could do to the central office with packages it signs
 * itself: take another office's package id, claim another office's name, or sign data the central
 * tables cannot keep. Each is refused (or harmless), {@code verify} says the same as {@code import}, and
 * the central office is exactly as it was.
 */
class CentralImportTest {

    @TempDir
    Path temp;

    private ExchangeFixture fixture;
    private Signer rogue;

    /** An office whose key the central office registered, and which signs whatever it likes. */
    private record Signer(Office office, SigningKey key) {
    }

    @BeforeEach
    void officesWithTheirKeysRegistered() throws IOException {
        fixture = new ExchangeFixture(temp);
        fixture.registerOfficeKey();
        Office office = Office.withDefaults("Екінші кеңсе", "TST-02", Region.ALMATY);
        SigningKey key = SigningKey.generate(new java.security.SecureRandom(), Instant.now());
        fixture.central.actAsAdmin();
        fixture.central.services().keyRegistry().register(OfficeKeyFile.of(office, key));
        rogue = new Signer(office, key);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anotherOfficeReusingAPackageIdDoesNotHideTheRealPackage() throws IOException {
        Path real = fixture.export().file();
        String realId = PackageReader.peek(real).packageId();
        Path squatter = signed(manifest(fixture.packedAtOffice(), 1, m -> withId(m, realId)),
                fixture.packedAtOffice());

        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(squatter).kind(), "its own package, its own id");
        ImportOutcome outcome = fixture.importOne(real);

        assertEquals(ImportOutcome.Kind.IMPORTED, outcome.kind(), String.valueOf(outcome.refusal()));
        fixture.central.actAs(fixture.analyst);
        assertEquals(List.of("TST-01", "TST-02"), fixture.central.services().imports().packages().stream()
                .map(ImportedPackage::officeCode).sorted().toList(), "both offices' packages are there");
    }

    @Test
    void theSameIdWithAnotherManifestIsAConflictAndTheSamePackageIsAlreadyThere() throws IOException {
        PackageData data = fixture.packedAtOffice();
        String id = UUID.randomUUID().toString();
        Path first = signed(manifest(data, 1, m -> withId(m, id)), data);
        Path again = signed(manifest(data, 2, m -> withId(m, id)), data);
        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(first).kind());
        List<Object> before = fixture.centralState();

        ImportOutcome replay = fixture.importOne(first);
        ImportOutcome conflict = fixture.importOne(again);

        assertEquals(ImportOutcome.Kind.ALREADY_IMPORTED, replay.kind());
        assertEquals(ImportOutcome.Kind.REFUSED, conflict.kind());
        assertEquals(ExchangeRefusal.Reason.PACKAGE_ID_CONFLICT, conflict.refusal().orElseThrow().reason());
        String text = ExchangeErrors.text(conflict.refusal().orElseThrow(), new I18n(Language.EN));
        assertTrue(text.contains("TST-02") && text.contains(id) && text.contains("different package"), text);
        assertEquals(before, fixture.centralState(), "nothing replaced");
    }

    @Test
    void anOfficeIsListedUnderItsRegisteredNameWhateverItsPackageClaims() throws IOException {
        PackageData data = fixture.packedAtOffice();
        Path spoofed = signed(manifest(data, 1, m -> m), data);

        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(spoofed).kind());

        fixture.central.actAs(fixture.analyst);
        ImportedCampaign campaign = fixture.central.services().imports().campaigns().get(0);
        assertEquals("TST-02", campaign.officeCode());
        assertEquals("Екінші кеңсе", campaign.officeName(), "the name of the key it was signed with");
        assertEquals(Region.ALMATY.name(), campaign.region());
    }

    @Test
    void aTitleLongerThanTheCentralOfficeKeepsIsRefusedByVerifyAndImportAlike() throws IOException {
        PackageData good = fixture.packedAtOffice();
        String title = "Сарапшы Әлімжанов ".repeat(30).substring(0, 400);
        PackageData.CampaignPart c = good.campaign();
        PackageData longTitle = new PackageData(new PackageData.CampaignPart(c.id(), title, c.type(), c.posts(),
                c.opens(), c.closes(), c.region(), c.profileCode(), c.threshold(), c.body()), good.competencies(),
                good.members(), good.candidates(), good.profiles());

        ExchangeRefusal refusal = refusedAlike(signed(manifest(longTitle, 1, m -> m), longTitle), "campaign.title");

        String text = ExchangeErrors.text(refusal, new I18n(Language.EN));
        assertFalse(text.contains("Әлімжанов"), "no personal data in the message: " + text);
        assertFalse(text.toUpperCase().contains("SQL") || text.contains("INSERT"), text);
    }

    @Test
    void aManifestWithABadDateOrWithoutItsAuditHeadIsRefusedByVerifyAndImportAlike() throws IOException {
        PackageData data = fixture.packedAtOffice();
        refusedAlike(signed(manifest(data, 1, m -> new Manifest(m.formatVersion(), m.packageId(), m.officeCode(), m.sequence(),
                "yesterday", m.auditHead(), m.auditLength(), m.keyFingerprint(), m.campaignId(), m.campaignTitle(),
                m.encryption(), m.files())), data), "createdAt");
        refusedAlike(signed(manifest(data, 1, m -> new Manifest(m.formatVersion(), m.packageId(), m.officeCode(), m.sequence(),
                "+99999-01-01T00:00:00Z", m.auditHead(), m.auditLength(), m.keyFingerprint(), m.campaignId(), m.campaignTitle(),
                m.encryption(), m.files())), data), "createdAt");
        refusedAlike(signed(manifest(data, 1, m -> new Manifest(m.formatVersion(), m.packageId(), m.officeCode(), m.sequence(),
                m.createdAt(), null, m.auditLength(), m.keyFingerprint(), m.campaignId(), m.campaignTitle(),
                m.encryption(), m.files())), data), "auditHead");
    }

    @Test
    void aManifestWithoutTheCampaignTitleVerifiesAndImportsAlikeUnderTheDataTitle() throws IOException {
        PackageData data = fixture.packedAtOffice();
        Path untitled = signed(manifest(data, 1, m -> new Manifest(m.formatVersion(), m.packageId(), m.officeCode(), m.sequence(),
                m.createdAt(), m.auditHead(), m.auditLength(), m.keyFingerprint(), m.campaignId(), null,
                m.encryption(), m.files())), data);
        fixture.central.actAs(fixture.analyst);
        fixture.central.services().imports().verify(untitled);

        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(untitled).kind());
        fixture.central.actAs(fixture.analyst);
        assertEquals(data.campaign().title(),
                fixture.central.services().imports().packages().get(0).campaignTitle());
    }

    @Test
    void aMemberScoringOneCompetencyTwiceIsRefusedByVerifyAndImportAlike() throws IOException {
        PackageData good = fixture.packedAtOffice();
        PackageData twice = withCandidate(good, c -> !c.scores().isEmpty(), c -> {
            List<PackageData.ScorePart> scores = new ArrayList<>(c.scores());
            scores.add(c.scores().get(0));
            return candidate(c, scores, c.iin());
        });
        refusedAlike(signed(manifest(twice, 1, m -> m), twice), "score.twice");
    }

    @Test
    void aThresholdTheCentralColumnCannotHoldOrOffTheScaleIsRefusedByVerifyAndImportAlike() throws IOException {
        PackageData good = fixture.packedAtOffice();
        for (BigDecimal threshold : List.of(new BigDecimal("10000.00"), new BigDecimal("2.755"),
                BigDecimal.valueOf(good.scale().highest() + 1))) {
            PackageData.CampaignPart c = good.campaign();
            PackageData overflow = new PackageData(new PackageData.CampaignPart(c.id(), c.title(), c.type(),
                    c.posts(), c.opens(), c.closes(), c.region(), c.profileCode(), threshold, c.body()),
                    good.competencies(), good.members(), good.candidates(), good.profiles(), good.scale());
            refusedAlike(signed(manifest(overflow, 1, m -> m), overflow), "campaign.threshold");
        }
    }

    @Test
    void anIinWithAWrongCheckDigitIsRefusedByVerifyAndImportAlike() throws IOException {
        PackageData good = fixture.packedAtOffice();
        PackageData wrong = withCandidate(good, c -> true, c -> {
            String iin = c.iin();
            char last = iin.charAt(11);
            return candidate(c, c.scores(), iin.substring(0, 11) + (last == '9' ? '0' : (char) (last + 1)));
        });
        refusedAlike(signed(manifest(wrong, 1, m -> m), wrong), "candidate.iin");
    }

    @Test
    void aLevelOutsideTheFrameworksScaleIsRefusedByVerifyAndImportAlike() throws IOException {
        PackageData good = fixture.packedAtOffice();
        PackageData.ScalePart scale = good.scale();
        assertTrue(scale != null, "the package carries its framework's scale");
        PackageData above = withCandidate(good, c -> !c.scores().isEmpty(), c -> {
            List<PackageData.ScorePart> scores = new ArrayList<>(c.scores());
            PackageData.ScorePart s = scores.get(0);
            scores.set(0, new PackageData.ScorePart(s.member(), s.competency(), scale.highest() + 1, s.transcribed()));
            return candidate(c, scores, c.iin());
        });
        refusedAlike(signed(manifest(above, 1, m -> m), above), "score.level");
    }

    @Test
    void aCandidateCannotEscapeTheRecountByNamingAProfileThePackageLacksOrDroppingTheTotal() throws IOException {
        PackageData good = fixture.packedAtOffice();
        PackageData unknownProfile = withCandidate(good, c -> c.total() != null, c ->
                new PackageData.CandidatePart(c.id(), c.lastName(), c.firstName(), c.middleName(), c.iin(), c.post(),
                        c.sittingDate(), c.status(), c.total().add(BigDecimal.ONE), c.reached(), c.decision(),
                        c.scores(), c.results(), c.votes(), "NO-SUCH-PROFILE", c.threshold(), c.absent()));
        refusedAlike(signed(manifest(unknownProfile, 1, m -> m), unknownProfile), "candidate.profileCode");
        PackageData noTotal = withCandidate(good, c -> c.decision() != null, c ->
                new PackageData.CandidatePart(c.id(), c.lastName(), c.firstName(), c.middleName(), c.iin(), c.post(),
                        c.sittingDate(), c.status(), null, c.reached(), c.decision(), c.scores(), c.results(),
                        c.votes(), c.profileCode(), c.threshold(), c.absent()));
        refusedAlike(signed(manifest(noTotal, 1, m -> m), noTotal), "candidate.total");
    }

    @Test
    void aTotalWithoutAScoreToComputeItFromIsRefusedAndTheOthersStillGoIn() throws IOException {
        PackageData good = fixture.packedAtOffice();
        PackageData unscored = withCandidate(good, c -> c.total() != null, c ->
                new PackageData.CandidatePart(c.id(), c.lastName(), c.firstName(), c.middleName(), c.iin(), c.post(),
                        c.sittingDate(), c.status(), BigDecimal.ZERO, false, null, List.of(), List.of(), List.of(),
                        c.profileCode(), c.threshold(), c.absent()));
        Path file = signed(manifest(unscored, 1, m -> m), unscored);
        assertEquals(ExchangeRefusal.Reason.RESULTS_DISAGREE, refusedAlike(file).reason());

        Path real = fixture.export().file();
        List<ImportOutcome> batch = fixture.importAll(file, real);
        assertEquals(List.of(ImportOutcome.Kind.IMPORTED, ImportOutcome.Kind.REFUSED),
                batch.stream().map(ImportOutcome::kind).toList(), "the batch goes on past it");
    }

    @Test
    void aMemberRecusedFromACandidateWhoScoredThemAnywayIsRefusedByVerifyAndImportAlike() throws IOException {
        PanelMember conflicted = fixture.panel.voting.get(1);
        long waiting = fixture.panel.candidates.get(2).id();
        fixture.regional.actAs(fixture.panel.secretary);
        fixture.regional.services().panels().declare(new ConflictDeclaration(conflicted.id(), waiting, true,
                "Туысы"));
        PackageData data = fixture.packedAtOffice();
        assertEquals(List.of(conflicted.id()), data.candidates().stream().filter(c -> c.id() == waiting)
                .findFirst().orElseThrow().recused(), "the package says who was recused");

        List<PackageData.CandidatePart> candidates = new ArrayList<>();
        for (PackageData.CandidatePart c : data.candidates()) {
            boolean scoredByThem = c.scores().stream().anyMatch(sc -> sc.member() == conflicted.id());
            candidates.add(!scoredByThem ? c : new PackageData.CandidatePart(c.id(), c.lastName(), c.firstName(),
                    c.middleName(), c.iin(), c.post(), c.sittingDate(), c.status(), c.total(), c.reached(),
                    c.decision(), c.scores(), c.results(), c.votes(), c.profileCode(), c.threshold(), c.absent(),
                    List.of(conflicted.id())));
        }
        PackageData forged = new PackageData(data.campaign(), data.competencies(), data.members(), candidates,
                data.profiles(), data.scale());
        refusedAlike(signed(manifest(forged, 1, m -> m), forged), "score.recused");
    }

    @Test
    void aFolderOrAMissingFileIsSaidToBeSo() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("not-a-package.suhbat"));
        fixture.central.actAs(fixture.analyst);
        ExchangeRefusal refused = assertThrows(ExchangeRefusal.class,
                () -> fixture.central.services().imports().verify(folder));
        assertEquals(ExchangeRefusal.Reason.NOT_A_FILE, refused.reason());
        assertEquals(ExchangeRefusal.Reason.NOT_FOUND,
                fixture.importOne(temp.resolve("gone.suhbat")).refusal().orElseThrow().reason());
    }

    /**
     * Verifies then imports {@code file}: both refuse it as invalid data naming {@code field}, and the
     * central office is unchanged.
     */
    private ExchangeRefusal refusedAlike(Path file, String field) {
        ExchangeRefusal refusal = refusedAlike(file);
        assertEquals(ExchangeRefusal.Reason.INVALID_DATA, refusal.reason(), field);
        assertEquals(List.of(field), List.of(refusal.args()), "the refusal names the field");
        return refusal;
    }

    /** Verifies then imports {@code file}: both refuse it for the same reason, and nothing changes. */
    private ExchangeRefusal refusedAlike(Path file) {
        String what = file.getFileName().toString();
        List<Object> before = fixture.centralState();
        fixture.central.actAs(fixture.analyst);
        ExchangeRefusal verified = assertThrows(ExchangeRefusal.class,
                () -> fixture.central.services().imports().verify(file), what);
        ImportOutcome imported = fixture.importOne(file);

        assertEquals(ImportOutcome.Kind.REFUSED, imported.kind(), what);
        ExchangeRefusal refusal = imported.refusal().orElseThrow();
        assertEquals(verified.reason(), refusal.reason(), what);
        assertEquals(List.of(verified.args()), List.of(refusal.args()), "import says what verify said");
        assertEquals(before, fixture.centralState(), "the central office is unchanged: " + what);
        return refusal;
    }

    private static PackageData withCandidate(PackageData data, java.util.function.Predicate<PackageData.CandidatePart>
            which, UnaryOperator<PackageData.CandidatePart> change) {
        List<PackageData.CandidatePart> candidates = new ArrayList<>(data.candidates());
        for (int i = 0; i < candidates.size(); i++) {
            if (which.test(candidates.get(i))) {
                candidates.set(i, change.apply(candidates.get(i)));
                break;
            }
        }
        return new PackageData(data.campaign(), data.competencies(), data.members(), candidates, data.profiles(),
                data.scale());
    }

    private static PackageData.CandidatePart candidate(PackageData.CandidatePart c, List<PackageData.ScorePart> scores,
                                                       String iin) {
        return new PackageData.CandidatePart(c.id(), c.lastName(), c.firstName(), c.middleName(), iin, c.post(),
                c.sittingDate(), c.status(), c.total(), c.reached(), c.decision(), scores, c.results(), c.votes(),
                c.profileCode(), c.threshold(), c.absent());
    }

    private static Manifest withId(Manifest m, String id) {
        return new Manifest(m.formatVersion(), id, m.officeCode(), m.sequence(),
                m.createdAt(), m.auditHead(), m.auditLength(), m.keyFingerprint(), m.campaignId(), m.campaignTitle(),
                m.encryption(), m.files());
    }

    /** The manifest the rogue office would write for {@code data}, changed by {@code change}. */
    private Manifest manifest(PackageData data, long sequence, UnaryOperator<Manifest> change) {
        return change.apply(new Manifest(PackageFormat.VERSION, UUID.randomUUID().toString(),
                rogue.office().code(), sequence, Instant.now().toString(), "a".repeat(64), 0L,
                rogue.key().fingerprint(), data.campaign().id(), data.campaign().title(), null, List.of()));
    }

    private int written;

    private Path signed(Manifest metadata, PackageData data) throws IOException {
        PackageWriter.SignedPackage signed = PackageWriter.sign(metadata,
                List.of(new PackageWriter.Entry(PackageFormat.DATA, data.toJson())), java.util.Optional.empty(),
                rogue.key().privateKey());
        return Files.write(temp.resolve("rogue-" + ++written + PackageFormat.EXTENSION),
                signed.toBytes(Instant.now(), rogue.key().privateKey()));
    }
}

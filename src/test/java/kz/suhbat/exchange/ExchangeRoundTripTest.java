package kz.suhbat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.suhbat.common.Progress;
import kz.suhbat.common.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign exported at a regional office and imported at the central office arrives unchanged. */
class ExchangeRoundTripTest {

    @TempDir
    Path temp;

    private ExchangeFixture fixture;

    @BeforeEach
    void offices() throws IOException {
        fixture = new ExchangeFixture(temp);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theCentralOfficeHoldsTheSameDataTheOfficeExported() throws IOException {
        ExportReceipt receipt = fixture.export();
        fixture.registerOfficeKey();

        ImportOutcome outcome = fixture.importOne(receipt.file());

        assertEquals(ImportOutcome.Kind.IMPORTED, outcome.kind(), () -> String.valueOf(outcome.refusal()));
        fixture.central.actAs(fixture.analyst);
        List<ImportedCampaign> campaigns = fixture.central.services().imports().campaigns();
        assertEquals(1, campaigns.size());
        ImportedCampaign campaign = campaigns.get(0);
        assertEquals("TST-01", campaign.officeCode());
        assertEquals(fixture.panel.candidates.size(), campaign.candidates());
        assertEquals(1, campaign.decided(), "the finalised interview's decision");
        PackageData imported = fixture.central.services().imports().campaignData(campaign.id()).orElseThrow();
        PackageData exported = fixture.packedAtOffice();
        assertEquals(ExchangeFixture.canonical(exported), ExchangeFixture.canonical(imported));
        PackageData.CandidatePart first = imported.candidates().stream()
                .filter(c -> c.id() == fixture.panel.candidates.get(0).id()).findFirst().orElseThrow();
        assertEquals(4 * imported.competencies().size(), first.scores().size(), "four raters' levels");
        assertEquals("RECOMMENDED", first.decision());
        assertTrue(first.results().stream().anyMatch(r -> "Келісілген деңгей".equals(r.reason())));
        assertTrue(first.votes().stream().anyMatch(v -> v.opinion().contains("Ерекше пікір")));
        assertEquals(receipt.scores(), first.scores().size());
    }

    @Test
    void aCandidateWhoDidNotAppearArrivesAbsentWithNoScores() throws IOException {
        fixture.regional.actAs(fixture.panel.secretary);
        long absentId = fixture.panel.candidates.get(1).id();
        fixture.regional.services().interviews().markAbsent(fixture.panel.sitting.id(), absentId);
        ExportReceipt receipt = fixture.export();
        fixture.registerOfficeKey();
        String json = fixture.decryptedData(receipt.file());
        assertTrue(json.contains("\"absent\":true"), "campaign.json carries the absence");

        assertEquals(ImportOutcome.Kind.IMPORTED, fixture.importOne(receipt.file()).kind());
        fixture.central.actAs(fixture.analyst);
        ImportedCampaign campaign = fixture.central.services().imports().campaigns().get(0);
        PackageData imported = fixture.central.services().imports().campaignData(campaign.id()).orElseThrow();
        assertEquals(ExchangeFixture.canonical(fixture.packedAtOffice()), ExchangeFixture.canonical(imported));
        PackageData.CandidatePart absent = imported.candidates().stream().filter(c -> c.id() == absentId)
                .findFirst().orElseThrow();
        assertTrue(absent.absent());
        assertEquals("NOT_INTERVIEWED", absent.status(), "the status an earlier release understands");
        assertTrue(absent.scores().isEmpty() && absent.results().isEmpty() && absent.votes().isEmpty());
        assertEquals(null, absent.total());
        assertFalse(imported.candidates().stream().filter(c -> c.id() != absentId)
                .anyMatch(PackageData.CandidatePart::absent), "the others appeared");
    }

    @Test
    void aPackageFromBeforeAbsenceWasCarriedReadsAsEveryoneAppeared() throws IOException {
        String old = "{\"id\":7,\"lastName\":\"Әлиев\",\"firstName\":\"Нұр\",\"middleName\":\"\","
                + "\"iin\":\"870412300416\",\"post\":\"Маман\",\"sittingDate\":null,"
                + "\"status\":\"NOT_INTERVIEWED\",\"total\":null,\"reached\":null,\"decision\":null,"
                + "\"scores\":[],\"results\":[],\"votes\":[]}";
        PackageData.CandidatePart read = PackageFormat.JSON.readValue(old, PackageData.CandidatePart.class);
        assertFalse(read.absent());
        assertEquals("Әлиев", read.lastName());
    }

    @Test
    void eachCandidateTravelsWithTheProfileOfTheirPost() throws IOException {
        try (ExchangeFixture posts = new ExchangeFixture(temp.resolve("posts"), true)) {
            ExportReceipt receipt = posts.export();
            posts.registerOfficeKey();
            assertEquals(ImportOutcome.Kind.IMPORTED, posts.importOne(receipt.file()).kind());
            posts.central.actAs(posts.analyst);
            ImportedCampaign campaign = posts.central.services().imports().campaigns().get(0);
            PackageData imported = posts.central.services().imports().campaignData(campaign.id()).orElseThrow();
            assertEquals(ExchangeFixture.canonical(posts.packedAtOffice()), ExchangeFixture.canonical(imported));
            assertEquals(List.of("Бөлім басшысы", "Жетекші маман"), imported.campaign().posts(),
                    "a package names posts in Kazakh");
            PackageData.CandidatePart manager = candidate(imported, posts.panel.candidates.get(0).id());
            PackageData.CandidatePart specialist = candidate(imported, posts.panel.candidates.get(1).id());
            assertEquals(List.of("Бөлім басшысы", "MGR-B", "3.5"), List.of(manager.post(),
                    manager.profileCode(), manager.threshold().stripTrailingZeros().toPlainString()));
            assertEquals(List.of("Жетекші маман", "EXE-B", "3"), List.of(specialist.post(),
                    specialist.profileCode(), specialist.threshold().stripTrailingZeros().toPlainString()));
            List<String> competencies = imported.competencies().stream().map(PackageData.CompetencyPart::code)
                    .toList();
            assertTrue(competencies.contains("LEA") && competencies.contains("INF"),
                    "the competencies of both profiles: " + competencies);
        }
    }

    private static PackageData.CandidatePart candidate(PackageData data, long id) {
        return data.candidates().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aPackageHoldsTheProtocolsTheSpreadsheetAndTheDataUnderANewName() throws IOException {
        ExportReceipt first = fixture.export();
        ExportReceipt second = fixture.export();

        assertEquals(1, first.sequence());
        assertEquals(2, second.sequence());
        assertFalse(first.file().equals(second.file()));
        assertTrue(first.file().getFileName().toString().startsWith("TST-01-"));
        Map<String, byte[]> entries = ExchangeFixture.entries(first.file());
        assertTrue(entries.containsKey(PackageFormat.MANIFEST));
        assertTrue(entries.containsKey(PackageFormat.SIGNATURE));
        assertTrue(entries.containsKey(PackageFormat.DATA));
        assertTrue(entries.containsKey(PackageFormat.RESULTS_XLSX));
        assertTrue(entries.containsKey(PackageFormat.RESULTS_CSV));
        assertTrue(entries.keySet().stream().anyMatch(n -> n.startsWith(PackageFormat.PROTOCOL_PREFIX) && n.endsWith(".pdf")));
        try (Stream<Path> left = Files.list(fixture.stick)) {
            assertEquals(2, left.count(), "two packages and no temporary file");
        }
        fixture.regional.actAs(fixture.panel.secretary);
        assertEquals(2, fixture.regional.services().exports().exports(fixture.panel.campaign.id()).size());
    }

    @Test
    void aStickThatIsGoneChangesNothingAndTheExportCanBeRepeated() throws IOException {
        fixture.regional.actAs(fixture.panel.secretary);
        SigningKey signingKey = fixture.regional.signingKey();
        fixture.regional.actAsAdmin();
        long auditBefore = fixture.regional.services().audit().verify().entries();
        Path gone = temp.resolve("removed-stick");
        Path notAFolder = Files.writeString(temp.resolve("file-not-folder"), "x");

        fixture.regional.actAs(fixture.panel.secretary);
        for (Path folder : List.of(gone, notAFolder)) {
            ExchangeRefusal refusal = assertThrows(ExchangeRefusal.class, () -> fixture.regional.services().exports()
                    .export(fixture.panel.campaign.id(), folder, Language.RU, signingKey, Progress.NONE));
            assertEquals(ExchangeRefusal.Reason.WRITE_FAILED, refusal.reason());
        }

        assertTrue(fixture.regional.services().exports().exports(fixture.panel.campaign.id()).isEmpty());
        fixture.regional.actAsAdmin();
        assertEquals(auditBefore, fixture.regional.services().audit().verify().entries());
        assertEquals(1, fixture.export().sequence(), "the same export, now to a stick that is there");
    }

    @Test
    void verifyingWritesNothing() {
        ExportReceipt receipt = fixture.export();
        fixture.registerOfficeKey();
        List<Object> before = fixture.centralState();

        fixture.central.actAs(fixture.analyst);
        VerifiedPackage verified = fixture.central.services().imports().verify(receipt.file());

        assertEquals(receipt.packageId(), verified.manifest().packageId());
        assertEquals(before, fixture.centralState());
        fixture.regional.actAsAdmin();
        var trail = fixture.regional.services().audit().newest(2);
        var exported = trail.get(0).action().equals("exchange.export") ? trail.get(1) : trail.get(0);
        assertEquals(exported.hash(), verified.manifest().auditHead(), "the package anchors the office's trail");
        assertEquals(exported.seq(), verified.manifest().auditLength());
    }
}

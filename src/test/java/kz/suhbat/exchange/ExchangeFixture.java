package kz.suhbat.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import kz.suhbat.common.Progress;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.security.Account;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;

/**
 * A regional office whose first candidate's interview is finalised, a USB stick (a folder) and a
 * central office with an analyst; each a real H2 file of its own.
 */
final class ExchangeFixture implements AutoCloseable {

    static final KeyDerivation FAST = new KeyDerivation(1_000);
    /** Compares 3.50 and 3.5 as the same number, as a database column of fixed scale gives them back. */
    private static final ObjectMapper NUMBERS_AS_VALUES = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(false)).build();

    final TestOffice regional;
    final TestPanel panel;
    final TestOffice central;
    final Account analyst;
    final Path stick;

    ExchangeFixture(Path temp) throws IOException {
        this(temp, false);
    }

    /** With {@code twoPosts}, the campaign is for a managerial post and an executive one (see {@link TestPanel}). */
    ExchangeFixture(Path temp, boolean twoPosts) throws IOException {
        this(temp, twoPosts, true);
    }

    /**
     * With {@code centralKey}, the central office makes its key and the office registers it, so packages
     * are encrypted; without, the office has no central key yet.
     */
    ExchangeFixture(Path temp, boolean twoPosts, boolean centralKey) throws IOException {
        regional = TestOffice.create(temp.resolve("office"), FAST);
        panel = twoPosts ? TestPanel.seatForTwoPosts(regional) : TestPanel.seat(regional);
        panel.finaliseFirstInterview(regional, "Келісілген деңгей");
        central = TestOffice.create(temp.resolve("central"), FAST,
                Office.withDefaults("Агенттіктің орталық аппараты", "CENTRAL", Region.ASTANA));
        analyst = central.addAccount("analyst", "Ғалым Сәрсенов", Role.ANALYST);
        stick = Files.createDirectories(temp.resolve("stick"));
        if (centralKey) {
            registerCentralKey();
        }
    }

    /** The central administrator makes the central key; the office's administrator registers its file. */
    CentralRecipient registerCentralKey() {
        central.actAsAdmin();
        byte[] file = central.services().centralKeys().ownKeyFile()
                .orElseGet(() -> central.services().centralKeys().makeOwnKey()).toBytes();
        regional.actAsAdmin();
        return regional.services().centralKeys().register(CentralKeyFile.parse(file, "CENTRAL.suhbat-central-key"));
    }

    /** The campaign's data a package carries, as the central office decrypts it (the office key must be registered). */
    String decryptedData(Path file) {
        central.actAs(analyst);
        return new String(central.services().imports().verify(file).data(), java.nio.charset.StandardCharsets.UTF_8);
    }

    ExportReceipt export() {
        regional.actAs(panel.secretary);
        return regional.services().exports().export(panel.campaign.id(), stick, Language.KK, regional.signingKey(),
                Progress.NONE);
    }

    PackageData packedAtOffice() {
        regional.actAs(panel.secretary);
        return new CampaignPacker(regional.services().campaigns(), regional.services().rubric(),
                regional.services().panels(), regional.services().results()).pack(panel.campaign.id());
    }

    /** The office's administrator saves the key file; the central administrator registers it. */
    RegisteredKey registerOfficeKey() {
        regional.actAsAdmin();
        byte[] file = regional.services().exports().publicKeyFile().toBytes();
        central.actAsAdmin();
        return central.services().keyRegistry().register(OfficeKeyFile.parse(file, "TST-01.suhbat-key"));
    }

    List<ImportOutcome> importAll(Path... files) {
        central.actAs(analyst);
        return central.services().imports().importPackages(List.of(files), Progress.NONE);
    }

    ImportOutcome importOne(Path file) {
        return importAll(file).get(0);
    }

    /** Everything the central office shows of what it imported, and the length of its audit trail. */
    List<Object> centralState() {
        central.actAsAdmin();
        ImportService imports = central.services().imports();
        List<Object> state = new ArrayList<>();
        state.add(imports.packages());
        for (ImportedCampaign campaign : imports.campaigns()) {
            state.add(campaign);
            state.add(canonical(imports.campaignData(campaign.id()).orElseThrow()));
        }
        state.add(central.services().audit().verify().entries());
        return state;
    }

    /** The data with every list in one order and every number without trailing zeros. */
    static JsonNode canonical(PackageData data) {
        List<PackageData.CandidatePart> candidates = data.candidates().stream()
                .sorted(Comparator.comparingLong(PackageData.CandidatePart::id))
                .map(c -> new PackageData.CandidatePart(c.id(), c.lastName(), c.firstName(), c.middleName(), c.iin(),
                        c.post(), c.sittingDate(), c.status(), c.total(), c.reached(), c.decision(),
                        c.scores().stream().sorted(Comparator.comparingLong(PackageData.ScorePart::member)
                                .thenComparing(PackageData.ScorePart::competency)).toList(),
                        c.results().stream().sorted(Comparator.comparing(PackageData.ResultPart::competency)).toList(),
                        c.votes().stream().sorted(Comparator.comparingLong(PackageData.VotePart::member)).toList(),
                        c.profileCode(), c.threshold(), c.absent()))
                .toList();
        List<PackageData.MemberPart> members = data.members().stream()
                .sorted(Comparator.comparingLong(PackageData.MemberPart::id)).toList();
        PackageData sorted = new PackageData(data.campaign(), data.competencies(), members, candidates);
        return NUMBERS_AS_VALUES.valueToTree(sorted);
    }

    /** The files of a package, in order, with their bytes. */
    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** Writes {@code entries} as a new ZIP, as someone repacking a package with an ordinary tool would. */
    static Path repack(Path target, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return target;
    }

    @Override
    public void close() {
        regional.close();
        central.close();
    }
}

package kz.suhbat.exchange.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.NameCollator;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.exchange.ExchangeRefusal;
import kz.suhbat.exchange.ExportService;
import kz.suhbat.exchange.ImportOutcome;
import kz.suhbat.exchange.ImportService;
import kz.suhbat.exchange.ImportedCampaign;
import kz.suhbat.exchange.KeyFiles;
import kz.suhbat.exchange.KeyRegistryService;
import kz.suhbat.campaign.Iin;
import kz.suhbat.exchange.OfficeKeyFile;
import kz.suhbat.exchange.PackageData;
import kz.suhbat.exchange.PackageFormat;
import kz.suhbat.exchange.RegisteredKey;
import kz.suhbat.results.CampaignResults;

/**
 * The central office's exchange page: import packages from a stick with progress and a line per
 * package saying what became of it, the campaigns imported by office, and the offices' keys.
 */
public final class ExchangeViewModel {

    private final ImportService imports;
    private final ExportService exports;
    private final StringProperty ownKey = new SimpleStringProperty("");
    private final KeyRegistryService keys;
    private final I18n i18n;
    private final boolean managesKeys;
    private final ActionStatus status;
    private final ObservableList<OutcomeLine> outcomes = FXCollections.observableArrayList();
    private final ObservableList<ImportedCampaign> campaigns = FXCollections.observableArrayList();
    private final ObservableList<RegisteredKey> registered = FXCollections.observableArrayList();
    private final ObservableList<CandidateLine> candidates = FXCollections.observableArrayList();

    /** One package of the last import, and the sentence saying what became of it. */
    public record OutcomeLine(String file, String office, String sequence, ImportOutcome.Kind kind, String text) {
    }

    /** One candidate of an imported campaign as the central office reads it (the IIN masked). */
    public record CandidateLine(String name, String iin, String date, String status, String total,
                                String decision) {
    }

    private record Loaded(List<ImportedCampaign> campaigns, List<RegisteredKey> keys, OfficeKeyFile own) {
    }

    public ExchangeViewModel(ImportService imports, ExportService exports, KeyRegistryService keys, TaskExecutor executor, I18n i18n,
                             boolean managesKeys) {
        this.imports = imports;
        this.exports = exports;
        this.keys = keys;
        this.i18n = i18n;
        this.managesKeys = managesKeys;
        this.status = new ActionStatus(executor, failure -> failure instanceof ExchangeRefusal refusal
                ? ExchangeErrors.text(refusal, i18n)
                : failure instanceof IOException ? i18n.format("exchange.cannotRead", failure.getMessage())
                : i18n.format("error.unexpected", String.valueOf(failure.getMessage())));
    }

    public boolean managesKeys() {
        return managesKeys;
    }

    public void refresh() {
        status.run(() -> new Loaded(imports.campaigns(), keys.keys(), exports.publicKeyFile()), loaded -> {
            campaigns.setAll(loaded.campaigns());
            registered.setAll(loaded.keys());
            ownKey.set(i18n.format("exchange.ownKey", loaded.own().officeCode(), loaded.own().shortFingerprint()));
        });
    }

    /** The name this office's key file is offered under. */
    public String ownKeyFileName() {
        return "office" + OfficeKeyFile.EXTENSION;
    }

    /** Saves this office's public key for the central office, which registers it. */
    public void saveOwnKey(Path target) {
        status.run(() -> {
            OfficeKeyFile file = exports.publicKeyFile();
            AtomicFiles.write(target, out -> out.write(file.toBytes()));
            return file;
        }, file -> status.succeeded(i18n.format("exchange.ownKeySaved", target, file.shortFingerprint())));
    }

    /** Shows the candidates of {@code campaign} as its office's package carried them; none for null. */
    public void show(ImportedCampaign campaign) {
        if (campaign == null) {
            candidates.clear();
            return;
        }
        status.run(() -> imports.campaignData(campaign.id()).map(PackageData::candidates).orElse(List.of()),
                rows -> candidates.setAll(rows.stream().map(this::candidateLine)
                        .sorted(NameCollator.of(i18n.language()).by(CandidateLine::name)).toList()));
    }

    private CandidateLine candidateLine(PackageData.CandidatePart c) {
        String name = (c.lastName() + " " + c.firstName() + " " + c.middleName()).strip();
        // as the office showed it: two decimals, or four where two would misstate the threshold's outcome
        String total = c.total() == null ? "" : c.total().setScale(Math.max(2, c.total().stripTrailingZeros().scale()))
                .toPlainString() + (Boolean.TRUE.equals(c.reached()) ? " ✓" : "");
        String date = c.sittingDate() == null ? "" : java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.MEDIUM).withLocale(i18n.language().locale())
                .format(java.time.LocalDate.parse(c.sittingDate()));
        return new CandidateLine(name, Iin.mask(c.iin()), date,
                i18n.get("results.status." + (c.absent() ? CampaignResults.Status.ABSENT.name() : c.status())),
                total,
                c.decision() == null ? "" : i18n.get("outcome." + c.decision()));
    }

    /** Imports every package file directly in {@code folder}. */
    public void importFolder(Path folder) {
        status.runWithProgress(progress -> {
            List<Path> files;
            try (Stream<Path> listed = Files.list(folder)) {
                files = listed.filter(f -> f.getFileName().toString().endsWith(PackageFormat.EXTENSION))
                        .filter(Files::isRegularFile).sorted().toList();
            }
            return imports.importPackages(files, progress);
        }, this::showOutcomes);
    }

    public void importFiles(List<Path> files) {
        if (!files.isEmpty()) {
            status.runWithProgress(progress -> imports.importPackages(files, progress), this::showOutcomes);
        }
    }

    private void showOutcomes(List<ImportOutcome> done) {
        outcomes.setAll(done.stream().map(this::line).toList());
        long imported = done.stream().filter(o -> o.kind() == ImportOutcome.Kind.IMPORTED).count();
        long already = done.stream().filter(o -> o.kind() == ImportOutcome.Kind.ALREADY_IMPORTED).count();
        long refused = done.stream().filter(o -> o.kind() == ImportOutcome.Kind.REFUSED).count();
        String summary = done.isEmpty() ? i18n.get("exchange.noPackages")
                : i18n.format("exchange.importSummary", imported, already, refused);
        if (refused > 0) {
            status.failedWith(summary);
        } else {
            status.succeeded(summary);
        }
        refresh();
    }

    private OutcomeLine line(ImportOutcome outcome) {
        String text = outcome.refusal().map(r -> ExchangeErrors.text(r, i18n))
                .orElse(i18n.format("exchange.imported", outcome.manifest().map(m -> m.campaignTitle()).orElse("")));
        return new OutcomeLine(outcome.file().getFileName().toString(),
                outcome.manifest().map(m -> m.officeCode()).orElse(""),
                outcome.manifest().map(m -> Long.toString(m.sequence())).orElse(""), outcome.kind(), text);
    }

    /** Reads an office's key file, then hands it over to be confirmed before it is registered. */
    public void readKeyFile(Path file, Consumer<OfficeKeyFile> confirm) {
        status.run(() -> KeyFiles.office(file), confirm);
    }

    public void register(OfficeKeyFile file) {
        status.run(() -> keys.register(file), key -> {
            status.succeeded(i18n.format("exchange.keyRegistered", key.officeCode(), key.shortFingerprint()));
            refresh();
        });
    }

    public void revoke(RegisteredKey key) {
        status.run(() -> {
            keys.revoke(key.fingerprint());
            return key;
        }, revoked -> {
            status.succeeded(i18n.format("exchange.keyRevoked", revoked.officeCode(), revoked.shortFingerprint()));
            refresh();
        });
    }

    public StringProperty ownKeyProperty() {
        return ownKey;
    }

    public ActionStatus status() {
        return status;
    }

    public ObservableList<OutcomeLine> outcomes() {
        return outcomes;
    }

    public ObservableList<ImportedCampaign> campaigns() {
        return campaigns;
    }

    public ObservableList<CandidateLine> candidates() {
        return candidates;
    }

    public ObservableList<RegisteredKey> keys() {
        return registered;
    }
}

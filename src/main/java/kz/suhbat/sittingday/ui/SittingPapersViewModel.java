package kz.suhbat.sittingday.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.common.sheet.SheetTarget;
import kz.suhbat.common.sheet.SheetType;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.exchange.ExportReceipt;
import kz.suhbat.exchange.ExportService;
import kz.suhbat.exchange.OfficeKeys;
import kz.suhbat.exchange.SigningKey;
import kz.suhbat.exchange.ui.AdministratorUnlockDialog;
import kz.suhbat.interview.CampaignQuestions;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.panel.Sitting;
import kz.suhbat.protocol.ProtocolService;
import kz.suhbat.protocol.SittingProtocol;
import kz.suhbat.protocol.pdf.InterviewPackPdf;
import kz.suhbat.protocol.pdf.ProtocolPdf;
import kz.suhbat.results.CampaignResultsService;
import kz.suhbat.results.ResultsTable;
import kz.suhbat.results.file.ResultsCsv;
import kz.suhbat.results.file.ResultsXlsx;

/**
 * What the sitting day writes out for the campaign and sitting shown: the sitting's protocol, the paper
 * interview pack, the results spreadsheet and the signed package for the central office. Each is
 * gathered on the worker and written beside its target, forced to disk and moved into place; the
 * outcome is reported in the agenda's status line.
 */
public final class SittingPapersViewModel {

    private final ObservableValue<Campaign> campaign;
    private final ObservableValue<Sitting> sitting;
    private final ActionStatus status;
    private final InterviewService interviewService;
    private final ProtocolService protocols;
    private final CampaignResultsService results;
    private final ExportService exports;
    private final OfficeKeys keys;
    private final I18n i18n;

    SittingPapersViewModel(ObservableValue<Campaign> campaign, ObservableValue<Sitting> sitting, ActionStatus status,
                           InterviewService interviewService, ProtocolService protocols,
                           CampaignResultsService results, ExportService exports, OfficeKeys keys, I18n i18n) {
        this.campaign = campaign;
        this.sitting = sitting;
        this.status = status;
        this.interviewService = interviewService;
        this.protocols = protocols;
        this.results = results;
        this.exports = exports;
        this.keys = keys;
        this.i18n = i18n;
    }

    /** Writes the protocol of the shown sitting, in the language of the screens, to {@code target}. */
    public void saveProtocol(Path target) {
        Sitting shown = sitting.getValue();
        if (shown != null) {
            Language language = i18n.language();
            saveFile(target, "sitting.protocolSaved", () -> {
                SittingProtocol protocol = protocols.protocol(shown.id());
                return out -> new ProtocolPdf(language).write(protocol, out);
            });
        }
    }

    /** Writes the campaign's questions and a paper score sheet, for members who score on paper. */
    public void savePack(Path target) {
        Campaign current = campaign.getValue();
        if (current != null) {
            Language language = i18n.language();
            saveFile(target, "sitting.packSaved", () -> {
                CampaignQuestions questions = interviewService.questions(current.id());
                return out -> new InterviewPackPdf(language).write(questions, out);
            });
        }
    }

    /** Writes the campaign's results to the chosen file, as XLSX or as CSV with the chosen separator. */
    public void saveResults(SheetTarget target) {
        Campaign current = campaign.getValue();
        if (current != null) {
            String sheetName = i18n.get("results.sheet");
            saveFile(target.file(), "sitting.resultsSaved", () -> {
                ResultsTable table = ResultsTable.of(results.results(current.id()), i18n);
                return target.type() == SheetType.CSV ? out -> ResultsCsv.write(table, target.separator(), out)
                        : out -> ResultsXlsx.write(table, sheetName, out);
            });
        }
    }

    /**
     * Exports the campaign's signed package into {@code folder} (a USB stick), encrypted for the central
     * office and signed with the office's key as an administrator unlocks it ({@code askAdministrator},
     * asked on this thread), showing progress; says the stick is safe to remove only once the package has
     * been read back from it and verified. While the office has no central key registered,
     * {@code confirmUnencrypted} is asked first whether to write it unencrypted anyway; without a yes, or
     * without an administrator, nothing is written.
     */
    public void exportPackage(Path folder, BooleanSupplier confirmUnencrypted,
                              Supplier<Optional<AdministratorUnlockDialog.Answer>> askAdministrator) {
        Campaign current = campaign.getValue();
        if (current == null) {
            return;
        }
        status.run(exports::recipient, recipient -> {
            if (recipient.isEmpty() && !confirmUnencrypted.getAsBoolean()) {
                return;
            }
            askAdministrator.get().ifPresent(admin -> status.runWithProgress(progress -> {
                SigningKey key;
                try {
                    key = keys.unlock(admin.login(), admin.password());
                } finally {
                    java.util.Arrays.fill(admin.password(), '\0');
                }
                return recipient.isPresent()
                        ? exports.export(current.id(), folder, i18n.language(), key, progress)
                        : exports.exportUnencrypted(current.id(), folder, i18n.language(), key, progress);
            }, this::exported));
        });
    }

    private void exported(ExportReceipt receipt) {
        String written = i18n.format("exchange.exported", receipt.file().getFileName(), receipt.file().getParent(),
                receipt.candidates(), receipt.scores());
        String sealed = receipt.encryptedFor().map(r -> i18n.format("exchange.exportedEncrypted", r.officeName(),
                r.shortFingerprint())).orElse(i18n.get("exchange.exportedUnencrypted"));
        status.succeeded(written + " " + sealed);
    }

    /**
     * Gathers a document on the worker, then writes it beside {@code target}, forced to disk and moved into
     * place; a folder or stick that is gone or full is reported, and nothing in Suhbat changes.
     */
    private void saveFile(Path target, String doneKey, Callable<AtomicFiles.Content> document) {
        status.run(() -> {
            AtomicFiles.write(target, document.call());
            return target;
        }, saved -> status.succeeded(i18n.format(doneKey, saved)));
    }

}

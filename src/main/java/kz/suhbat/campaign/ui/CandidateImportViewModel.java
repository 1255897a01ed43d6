package kz.suhbat.campaign.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Post;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.campaign.file.CandidateField;
import kz.suhbat.campaign.file.CandidateFile;
import kz.suhbat.campaign.file.CandidateImport;
import kz.suhbat.campaign.file.CandidateImportException;
import kz.suhbat.campaign.file.CandidateImportProblem;
import kz.suhbat.campaign.file.CandidateRow;
import kz.suhbat.campaign.file.CandidateSheet;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.TaskExecutor;

/**
 * Importing candidates from a CSV or XLSX file in two steps: the file is read and its columns shown
 * with the field each seems to hold; once the secretary confirms the mapping, every row is checked and
 * all are stored, or none and every problem is listed.
 */
public final class CandidateImportViewModel {

    /** The file read, waiting for its columns to be confirmed. */
    public record Pending(Path file, CandidateSheet sheet, Map<Integer, CandidateField> suggested) {
    }

    private final CampaignService campaigns;
    private final CandidatesViewModel candidates;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ObjectProperty<Pending> pending = new SimpleObjectProperty<>();
    private final ObjectProperty<List<String>> problems = new SimpleObjectProperty<>();

    public CandidateImportViewModel(CampaignService campaigns, CandidatesViewModel candidates, TaskExecutor executor,
                                    I18n i18n) {
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.executor = executor;
        this.i18n = i18n;
    }

    /** Reads {@code file}; then {@link #pendingProperty()} holds it, or {@link #problemsProperty()} why not. */
    public void read(Path file) {
        problems.set(null);
        executor.run(() -> {
            CandidateSheet sheet = CandidateFile.read(file);
            return new Pending(file, sheet, sheet.suggestMapping());
        }, pending::set, this::failed);
    }

    /** Checks and stores every row with the confirmed {@code mapping}. */
    public void importWith(Map<Integer, CandidateField> mapping) {
        Pending read = pending.get();
        Campaign campaign = candidates.campaignProperty().get();
        pending.set(null);
        if (read == null || campaign == null) {
            return;
        }
        executor.run(() -> {
            List<Post> posts = campaigns.campaign(campaign.id()).orElse(campaign).posts();
            List<CandidateRow> rows = CandidateImport.rows(read.sheet(), mapping, campaigns.iins(campaign.id()),
                    posts);
            return campaigns.importCandidates(campaign.id(), rows);
        }, candidates::imported, this::failed);
    }

    public void cancel() {
        pending.set(null);
    }

    private void failed(Throwable failure) {
        if (failure instanceof CandidateImportException refused) {
            problems.set(refused.problems().stream().map((CandidateImportProblem p) -> p.describe(i18n)).toList());
        } else {
            candidates.status().failed(failure);
        }
    }

    public ObjectProperty<Pending> pendingProperty() {
        return pending;
    }

    public ObjectProperty<List<String>> problemsProperty() {
        return problems;
    }
}

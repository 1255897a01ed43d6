package kz.suhbat.campaign.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Post;
import kz.suhbat.campaign.Iin;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.NameCollator;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;

/**
 * The candidates of the chosen campaign, with a form below the list to add or correct one. The IIN is
 * checked as it is typed, and the reason a wrong one is wrong is shown beside it.
 */
public final class CandidatesViewModel {

    /** What the form below the list is doing. */
    public enum Form { NONE, ADD, EDIT }

    private final CampaignService campaigns;
    private final I18n i18n;
    private final boolean editable;
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final ObservableList<Candidate> list = FXCollections.observableArrayList();
    private final ObjectProperty<Candidate> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.NONE);
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty middleName = new SimpleStringProperty("");
    private final StringProperty iin = new SimpleStringProperty("");
    private final ObjectProperty<Post> post = new SimpleObjectProperty<>();
    private final ObservableList<Post> posts = FXCollections.observableArrayList();
    private final StringProperty iinCheck = new SimpleStringProperty("");
    private final ActionStatus status;

    public CandidatesViewModel(CampaignService campaigns, ReadOnlyObjectProperty<Campaign> chosen,
                               TaskExecutor executor, I18n i18n, boolean editable) {
        this.campaigns = campaigns;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> CampaignErrors.text(failure, i18n));
        this.editable = editable;
        campaign.bind(chosen);
        posts.setAll(chosen.get() == null ? java.util.List.of() : chosen.get().posts());
        campaign.addListener((obs, old, now) -> {
            posts.setAll(now == null ? java.util.List.of() : now.posts());
            form.set(Form.NONE);
            status.clear();
            refresh();
        });
        iin.addListener((obs, old, text) -> iinCheck.set(text.isBlank() ? "" : Iin.check(text)
                .map(problem -> i18n.get("iin.problem." + problem.name()))
                .orElse(i18n.get("candidate.iinValid"))));
    }

    public boolean editable() {
        return editable;
    }

    public void refresh() {
        Campaign current = campaign.get();
        if (current == null) {
            list.clear();
            return;
        }
        status.run(() -> campaigns.candidates(current.id()), loaded -> list.setAll(loaded.stream()
                .sorted(Candidate.alphabetical(NameCollator.of(i18n.language()))).toList()));
    }

    public void startAdd() {
        lastName.set("");
        firstName.set("");
        middleName.set("");
        iin.set("");
        post.set(campaign.get() == null || campaign.get().posts().isEmpty() ? null : campaign.get().posts().get(0));
        form.set(Form.ADD);
    }

    public void startEdit() {
        Candidate candidate = selected.get();
        if (candidate == null) {
            return;
        }
        lastName.set(candidate.lastName());
        firstName.set(candidate.firstName());
        middleName.set(candidate.middleName());
        iin.set(candidate.iin());
        post.set(posts.stream().filter(p -> p.id() == candidate.post().id()).findFirst().orElse(candidate.post()));
        form.set(Form.EDIT);
    }

    public void cancel() {
        form.set(Form.NONE);
    }

    public void save() {
        Campaign current = campaign.get();
        Candidate editing = selected.get();
        boolean adding = form.get() == Form.ADD;
        Candidate candidate = new Candidate(adding || editing == null ? 0 : editing.id(), current.id(), lastName.get(),
                firstName.get(), middleName.get(), iin.get(), post.get());
        status.run(() -> adding ? campaigns.addCandidate(candidate) : campaigns.updateCandidate(candidate), saved -> {
            form.set(Form.NONE);
            done(i18n.format("candidate.saved", saved.fullName()));
        });
    }

    public void remove() {
        Candidate candidate = selected.get();
        if (candidate == null) {
            return;
        }
        status.run(() -> {
            campaigns.removeCandidate(candidate.id());
            return candidate;
        }, gone -> done(i18n.format("candidate.removed", gone.fullName())));
    }

    /** Reports a finished import and shows the campaign's candidates again. */
    public void imported(int count) {
        done(i18n.format("candidate.imported", count));
    }

    void done(String text) {
        status.succeeded(text);
        refresh();
    }

    public ReadOnlyObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public ObservableList<Candidate> candidates() {
        return list;
    }

    public ObjectProperty<Candidate> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Form> formProperty() {
        return form;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty middleNameProperty() {
        return middleName;
    }

    public StringProperty iinProperty() {
        return iin;
    }

    /** The posts of the campaign, one of which the candidate is for. */
    public ObservableList<Post> posts() {
        return posts;
    }

    public ObjectProperty<Post> postProperty() {
        return post;
    }

    public StringProperty iinCheckProperty() {
        return iinCheck;
    }

    public ActionStatus status() {
        return status;
    }
}

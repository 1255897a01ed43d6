package kz.suhbat.campaign.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignException;
import kz.suhbat.campaign.CampaignFilter;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.campaign.CampaignStatus;
import kz.suhbat.campaign.CampaignSummary;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Quorum;
import kz.suhbat.campaign.StateBody;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.MissingNames;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.rubric.RubricService;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeService;

/**
 * The campaign list with its filters, and the form of the campaign chosen (or a new one). The
 * candidates, panel and schedule of the chosen campaign have view models of their own, which follow
 * {@link #selectedProperty()}.
 */
public final class CampaignsViewModel {

    private final CampaignService campaigns;
    private final RubricService rubric;
    private final OfficeService officeService;
    private Office office;
    private final I18n i18n;
    private final boolean editable;
    private final List<CampaignType> types;
    private final ObservableList<CampaignSummary> list = FXCollections.observableArrayList();
    private final ObservableList<ProfileChoice> profiles = FXCollections.observableArrayList();
    private final ObservableList<String> offices = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<CampaignStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> officeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Campaign> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalizedText> title = new SimpleObjectProperty<>(LocalizedText.of("", "", ""));
    private final ObjectProperty<CampaignType> type = new SimpleObjectProperty<>();
    private final ObservableList<PostRow> posts = FXCollections.observableArrayList(
            row -> new javafx.beans.Observable[] {row.nameProperty()});
    private final StringProperty missingNames = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> opens = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> closes = new SimpleObjectProperty<>();
    private final ObjectProperty<CampaignStatus> status = new SimpleObjectProperty<>(CampaignStatus.DRAFT);
    private final IntegerProperty quorumNumerator = new SimpleIntegerProperty(2);
    private final IntegerProperty quorumDenominator = new SimpleIntegerProperty(3);
    private final IntegerProperty divergenceSpread = new SimpleIntegerProperty(Campaign.DEFAULT_DIVERGENCE);
    private final ObjectProperty<StateBody> body = new SimpleObjectProperty<>(StateBody.LOCAL);
    private final BooleanProperty creating = new SimpleBooleanProperty();
    private final IntegerProperty shownTab = new SimpleIntegerProperty();
    private final ActionStatus action;

    public CampaignsViewModel(CampaignService campaigns, RubricService rubric, OfficeService offices,
                              TaskExecutor executor, I18n i18n, boolean editable, List<CampaignType> types) {
        this.campaigns = campaigns;
        this.rubric = rubric;
        this.officeService = offices;
        this.i18n = i18n;
        this.action = new ActionStatus(executor, failure -> CampaignErrors.text(failure, i18n));
        this.editable = editable;
        this.types = List.copyOf(types);
        type.set(this.types.get(0));
        typeFilter.addListener((obs, old, value) -> refresh());
        statusFilter.addListener((obs, old, value) -> refresh());
        officeFilter.addListener((obs, old, value) -> refresh());
        selected.addListener((obs, old, campaign) -> show(campaign));
        title.addListener((obs, old, text) -> askForMissingNames());
        posts.addListener((javafx.collections.ListChangeListener<PostRow>) change -> askForMissingNames());
    }

    /** The types of campaign the signed-in account may create: a trainer, training courses only. */
    public List<CampaignType> types() {
        return types;
    }

    /** Whether the signed-in account may change campaigns (the secretary). */
    public boolean editable() {
        return editable;
    }

    public void refresh() {
        CampaignFilter filter = new CampaignFilter(Optional.ofNullable(typeFilter.get()),
                Optional.ofNullable(officeFilter.get()), Optional.ofNullable(statusFilter.get()));
        action.run(() -> new Loaded(campaigns.list(CampaignFilter.ALL), profileChoices(), officeService.office()), loaded -> {
            office = loaded.office();
            keepProfileChoices(loaded.profiles());
            List<String> codes = loaded.campaigns().stream().map(s -> s.campaign().officeCode()).distinct().sorted()
                    .toList();
            if (!offices.equals(codes)) {
                offices.setAll(codes);
            }
            Campaign shown = selected.get();
            list.setAll(loaded.campaigns().stream().filter(s -> filter.accepts(s.campaign())).toList());
            Optional<Campaign> again = shown == null ? Optional.empty() : list.stream().map(CampaignSummary::campaign)
                    .filter(c -> c.id() == shown.id()).findFirst();
            if (again.isPresent()) {
                selected.set(again.get());
            } else if (!creating.get()) {
                selected.set(list.isEmpty() ? null : list.get(0).campaign());
            }
        });
    }

    /** New choices replace the old ones only when they differ, and the form's posts keep their profiles. */
    private void keepProfileChoices(List<ProfileChoice> loaded) {
        if (profiles.equals(loaded)) {
            return;
        }
        profiles.setAll(loaded);
        for (PostRow row : posts) {
            ProfileChoice shown = row.profileProperty().get();
            row.profileProperty().set(shown == null ? null : choice(shown.frameworkId(), shown.profileCode()));
        }
    }

    private ProfileChoice choice(long frameworkId, String profileCode) {
        return profiles.stream().filter(p -> p.frameworkId() == frameworkId && p.profileCode().equals(profileCode))
                .findFirst().orElse(null);
    }

    /** Adds an empty post, on the profile of the last post (or the first profile); returns it. */
    public PostRow addPost() {
        ProfileChoice profile = posts.isEmpty() ? (profiles.isEmpty() ? null : profiles.get(0))
                : posts.get(posts.size() - 1).profileProperty().get();
        PostRow row = new PostRow(0, LocalizedText.of("", "", ""), profile);
        posts.add(row);
        return row;
    }

    public void removePost(PostRow row) {
        posts.remove(row);
    }

    private record Loaded(List<CampaignSummary> campaigns, List<ProfileChoice> profiles, Office office) {
    }

    private List<ProfileChoice> profileChoices() {
        List<ProfileChoice> choices = new ArrayList<>();
        for (FrameworkSummary summary : rubric.list()) {
            if (summary.status() == FrameworkStatus.RETIRED) {
                continue;
            }
            Framework framework = rubric.load(summary.id()).orElseThrow();
            framework.profiles().forEach(p -> choices.add(new ProfileChoice(summary.id(), summary.code(),
                    summary.version(), p.code(), p.name())));
        }
        return choices;
    }

    /** Empties the form for a new campaign of this office. */
    public void startNew() {
        creating.set(true);
        selected.set(null);
        title.set(LocalizedText.of("", "", ""));
        type.set(types.get(0));
        posts.clear();
        addPost();
        opens.set(LocalDate.now());
        closes.set(LocalDate.now().plusWeeks(4));
        status.set(CampaignStatus.DRAFT);
        quorumNumerator.set(Quorum.TWO_THIRDS.numerator());
        quorumDenominator.set(Quorum.TWO_THIRDS.denominator());
        divergenceSpread.set(Campaign.DEFAULT_DIVERGENCE);
        body.set(StateBody.LOCAL);
        action.clear();
    }

    public void save() {
        Campaign draft;
        try {
            Campaign current = selected.get();
            draft = new Campaign(current == null ? 0 : current.id(), title.get(), type.get(),
                    posts.stream().map(PostRow::toPost).toList(),
                    opens.get(), closes.get(), current == null ? office.code() : current.officeCode(),
                    current == null ? office.region() : current.region(), frameworkOfPosts(), status.get(),
                    new Quorum(quorumNumerator.get(), quorumDenominator.get()), divergenceSpread.get(),
                    body.get());
        } catch (RuntimeException e) {
            action.failed(e);
            return;
        }
        boolean isNew = draft.id() == 0;
        action.run(() -> isNew ? campaigns.create(draft) : campaigns.update(draft), saved -> {
            creating.set(false);
            action.succeeded(i18n.format("campaign.saved", i18n.name(saved.title())));
            selected.set(saved);
            refresh();
        });
    }

    /** The framework version of the posts' profiles: one for all of them, else none (-1, refused). */
    private long frameworkOfPosts() {
        List<Long> versions = posts.stream().map(r -> r.profileProperty().get())
                .map(p -> p == null ? -1L : p.frameworkId()).distinct().toList();
        if (versions.size() > 1) {
            throw new CampaignException(CampaignException.Reason.POST_VERSIONS_DIFFER);
        }
        return versions.isEmpty() ? -1 : versions.get(0);
    }

    private void show(Campaign campaign) {
        if (campaign == null) {
            return;
        }
        creating.set(false);
        title.set(campaign.title());
        type.set(campaign.type());
        posts.setAll(campaign.posts().stream().map(p -> new PostRow(p.id(), p.name(),
                choice(campaign.frameworkId(), p.profileCode()))).toList());
        opens.set(campaign.opens());
        closes.set(campaign.closes());
        status.set(campaign.status());
        quorumNumerator.set(campaign.quorum().numerator());
        quorumDenominator.set(campaign.quorum().denominator());
        divergenceSpread.set(campaign.divergenceSpread());
        body.set(campaign.body());
    }

    public ObservableList<CampaignSummary> campaigns() {
        return list;
    }

    /** Which of the campaign's tabs is open, kept when the screen is rebuilt (a language switch). */
    public IntegerProperty shownTabProperty() {
        return shownTab;
    }

    public ObservableList<ProfileChoice> profiles() {
        return profiles;
    }

    public ObservableList<String> offices() {
        return offices;
    }

    public ObjectProperty<CampaignType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<CampaignStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<String> officeFilterProperty() {
        return officeFilter;
    }

    /** The chosen campaign is a training course: its pages say so. */
    public javafx.beans.binding.BooleanBinding training() {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().type() == CampaignType.TRAINING, selected);
    }

    public ObjectProperty<Campaign> selectedProperty() {
        return selected;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    /** What the form's names still lack in Kazakh or in Russian, one line per language; empty when nothing. */
    public ReadOnlyStringProperty missingNamesProperty() {
        return missingNames;
    }

    private void askForMissingNames() {
        MissingNames missing = new MissingNames().add(i18n.get("campaign.missingNames.title"), title.get());
        posts.forEach(row -> missing.add(i18n.format("campaign.missingNames.post", i18n.name(row.nameProperty().get())),
                row.nameProperty().get()));
        missingNames.set(missing.text(i18n));
    }

    public ObjectProperty<LocalizedText> titleProperty() {
        return title;
    }

    public ObjectProperty<CampaignType> typeProperty() {
        return type;
    }

    /** The campaign's posts, each with its name and profile, as the form edits them. */
    public ObservableList<PostRow> posts() {
        return posts;
    }

    public ObjectProperty<LocalDate> opensProperty() {
        return opens;
    }

    public ObjectProperty<LocalDate> closesProperty() {
        return closes;
    }

    public ObjectProperty<CampaignStatus> statusProperty() {
        return status;
    }

    public IntegerProperty quorumNumeratorProperty() {
        return quorumNumerator;
    }

    public ObjectProperty<StateBody> bodyProperty() {
        return body;
    }

    public IntegerProperty divergenceSpreadProperty() {
        return divergenceSpread;
    }

    public IntegerProperty quorumDenominatorProperty() {
        return quorumDenominator;
    }

    /** The state of the last action on this screen (not the campaign's status). */
    public ActionStatus action() {
        return action;
    }
}

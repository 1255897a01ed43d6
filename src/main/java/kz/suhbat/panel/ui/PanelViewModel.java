package kz.suhbat.panel.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.ui.CampaignErrors;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.common.i18n.NameCollator;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.MissingNames;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.panel.Affiliation;
import kz.suhbat.panel.CalibratedRaters;
import kz.suhbat.panel.ConflictDeclaration;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.panel.PanelService;
import kz.suhbat.security.Account;

/**
 * The panel of the chosen campaign: its members (with a form to add or change one), and the
 * conflict-of-interest declarations of the voting members for each candidate.
 */
public final class PanelViewModel {

    /** What the member form is doing. */
    public enum Form { NONE, ADD, EDIT }

    private final PanelService panels;
    private final CampaignService campaigns;
    /** The accounts a member may be linked to: the office's, or for a trainer the ones a course may take. */
    private final Supplier<List<Account>> accounts;
    private final CalibratedRaters calibratedRaters;
    private final Clock clock;
    private final I18n i18n;
    private final boolean editable;
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final ObservableList<PanelMember> members = FXCollections.observableArrayList();
    /** The accounts of the shown members calibrated within the last twelve months, with the latest date. */
    private final Map<Long, LocalDate> calibrated = new HashMap<>();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<ConflictDeclaration> declarations = FXCollections.observableArrayList();
    private final ObservableList<Account> accountChoices = FXCollections.observableArrayList();
    private final ObjectProperty<PanelMember> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.NONE);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<PanelRole> role = new SimpleObjectProperty<>(PanelRole.MEMBER);
    private final ObjectProperty<Affiliation> affiliation = new SimpleObjectProperty<>(Affiliation.STATE_BODY);
    private final ObjectProperty<LocalizedText> organisation = new SimpleObjectProperty<>(LocalizedText.of("", "", ""));
    private final StringProperty missingOrganisation = new SimpleStringProperty("");
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    /** The member is the deputy chair (a member only; one at most). */
    private final BooleanProperty deputy = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> registeredOn = new SimpleObjectProperty<>();
    private final ActionStatus status;

    public PanelViewModel(PanelService panels, CampaignService campaigns, Supplier<List<Account>> accounts,
                          CalibratedRaters calibratedRaters, Clock clock, ReadOnlyObjectProperty<Campaign> chosen,
                          TaskExecutor executor, I18n i18n, boolean editable) {
        this.panels = panels;
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.calibratedRaters = calibratedRaters;
        this.clock = clock;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> CampaignErrors.text(failure, i18n));
        this.editable = editable;
        campaign.bind(chosen);
        organisation.addListener((obs, old, text) -> missingOrganisation.set(new MissingNames()
                .add(i18n.get("panel.missingNames.organisation"), text).text(i18n)));
        campaign.addListener((obs, old, now) -> {
            form.set(Form.NONE);
            status.clear();
            refresh();
        });
    }

    public boolean editable() {
        return editable;
    }

    private record Loaded(List<PanelMember> members, List<Candidate> candidates,
                          List<ConflictDeclaration> declarations, List<Account> accounts,
                          Map<Long, LocalDate> calibrated) {
    }

    private Loaded load(Campaign current) {
        List<PanelMember> shown = panels.members(current.id());
        List<Long> accountIds = shown.stream().map(PanelMember::accountId).filter(java.util.Objects::nonNull)
                .toList();
        return new Loaded(shown, campaigns.candidates(current.id()), panels.declarations(current.id()),
                editable ? accounts.get() : List.of(), accountIds.isEmpty() ? Map.of()
                        : calibratedRaters.calibratedWithin(accountIds, LocalDate.now(clock)));
    }

    /**
     * Whether a voting member's account was calibrated as a rater within the last twelve months (its latest
     * date, "✓ 3 May 2026", or "Not calibrated", also for a member without an account); empty for the
     * secretary and observers, who do not score.
     */
    public String calibration(PanelMember member, java.time.format.DateTimeFormatter dates) {
        if (!member.role().voting()) {
            return "";
        }
        LocalDate on = member.accountId() == null ? null : calibrated.get(member.accountId());
        return on == null ? i18n.get("panel.notCalibrated") : i18n.format("panel.calibratedOn", dates.format(on));
    }

    /** A voting member not calibrated within the last twelve months: the screen marks the row. */
    public boolean uncalibrated(PanelMember member) {
        return member.role().voting() && (member.accountId() == null || !calibrated.containsKey(member.accountId()));
    }

    public void refresh() {
        Campaign current = campaign.get();
        if (current == null) {
            members.clear();
            candidates.clear();
            declarations.clear();
            return;
        }
        status.run(() -> load(current), loaded -> {
            NameCollator names = NameCollator.of(i18n.language());
            calibrated.clear();
            calibrated.putAll(loaded.calibrated());
            members.setAll(loaded.members().stream().sorted(PanelMember.panelOrder(names)).toList());
            candidates.setAll(loaded.candidates().stream().sorted(Candidate.alphabetical(names)).toList());
            declarations.setAll(loaded.declarations());
            accountChoices.setAll(loaded.accounts().stream().filter(Account::active)
                    .sorted(Comparator.comparing(Account::displayName, names)).toList());
            accountChoices.add(0, null);
        });
    }

    public void startAdd() {
        name.set("");
        role.set(PanelRole.MEMBER);
        affiliation.set(Affiliation.STATE_BODY);
        organisation.set(LocalizedText.of("", "", ""));
        account.set(null);
        deputy.set(false);
        registeredOn.set(LocalDate.now(clock));
        form.set(Form.ADD);
    }

    public void startEdit() {
        PanelMember member = selected.get();
        if (member == null) {
            return;
        }
        name.set(member.fullName());
        role.set(member.role());
        affiliation.set(member.affiliation());
        organisation.set(member.organisation());
        // the first choice is "no account" (null)
        account.set(accountChoices.stream()
                .filter(a -> a != null && member.accountId() != null && a.id() == member.accountId())
                .findFirst().orElse(null));
        registeredOn.set(member.registeredOn());
        deputy.set(member.deputy());
        form.set(Form.EDIT);
    }

    public void cancel() {
        form.set(Form.NONE);
    }

    public void save() {
        Campaign current = campaign.get();
        boolean adding = form.get() == Form.ADD;
        PanelMember editing = selected.get();
        PanelMember member = new PanelMember(adding || editing == null ? 0 : editing.id(), current.id(), name.get(),
                role.get(), affiliation.get(), organisation.get(), account.get() == null ? null : account.get().id(),
                role.get() == PanelRole.OBSERVER ? registeredOn.get() : null,
                role.get() == PanelRole.MEMBER && deputy.get());
        status.run(() -> adding ? panels.addMember(member) : panels.updateMember(member), saved -> {
            form.set(Form.NONE);
            done(i18n.format("panel.saved", saved.fullName()));
        });
    }

    public void remove() {
        PanelMember member = selected.get();
        if (member != null) {
            status.run(() -> {
                panels.removeMember(member.id());
                return member;
            }, gone -> done(i18n.format("panel.removed", gone.fullName())));
        }
    }

    /** Records {@code member}'s declaration about {@code candidate}: a conflict needs its reason. */
    public void declare(PanelMember member, Candidate candidate, boolean conflict, String reason) {
        status.run(() -> panels.declare(new ConflictDeclaration(member.id(), candidate.id(), conflict, reason)),
                saved -> done(i18n.format(conflict ? "panel.conflictRecorded" : "panel.noConflictRecorded",
                        member.fullName(), candidate.fullName())));
    }

    /** What {@code member} declared about {@code candidate}, if anything. */
    public java.util.Optional<ConflictDeclaration> declaration(PanelMember member, Candidate candidate) {
        return declarations.stream().filter(d -> d.memberId() == member.id() && d.candidateId() == candidate.id())
                .findFirst();
    }

    private void done(String text) {
        status.succeeded(text);
        refresh();
    }

    public ReadOnlyObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public ObservableList<PanelMember> members() {
        return members;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObservableList<ConflictDeclaration> declarations() {
        return declarations;
    }

    public ObservableList<Account> accountChoices() {
        return accountChoices;
    }

    public ObjectProperty<PanelMember> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Form> formProperty() {
        return form;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<PanelRole> roleProperty() {
        return role;
    }

    public ObjectProperty<Affiliation> affiliationProperty() {
        return affiliation;
    }

    public ObjectProperty<LocalizedText> organisationProperty() {
        return organisation;
    }

    /** What the member's organisation still lacks in Kazakh or in Russian; empty when nothing. */
    public ReadOnlyStringProperty missingOrganisationProperty() {
        return missingOrganisation;
    }

    public ObjectProperty<Account> accountProperty() {
        return account;
    }

    public BooleanProperty deputyProperty() {
        return deputy;
    }

    public ObjectProperty<LocalDate> registeredOnProperty() {
        return registeredOn;
    }

    public ActionStatus status() {
        return status;
    }
}

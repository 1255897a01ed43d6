package kz.suhbat.sittingday.ui;

import java.time.Clock;
import java.util.function.LongConsumer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.ui.CampaignErrors;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.NameCollator;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import javafx.collections.ObservableMap;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.InterviewException;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.interview.ui.InterviewErrors;
import kz.suhbat.exchange.ExchangeRefusal;
import kz.suhbat.exchange.SigningKeyRefusal;
import kz.suhbat.exchange.ExportService;
import kz.suhbat.exchange.OfficeKeys;
import kz.suhbat.exchange.ui.ExchangeErrors;
import kz.suhbat.panel.Agenda;
import kz.suhbat.protocol.ProtocolService;
import kz.suhbat.results.CampaignResultsService;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.Sitting;

/**
 * The campaign's sittings and the secretary's day: plan a sitting, give candidates their time slots,
 * mark who of the panel is present, see the agenda (who is next, who is recused, whether each candidate
 * has a quorum) and open the sitting, which Suhbat refuses without a quorum.
 */
public final class ScheduleViewModel {

    private final PanelService panels;
    private final CampaignService campaigns;
    private final I18n i18n;
    private final boolean editable;
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final ObservableList<Sitting> sittings = FXCollections.observableArrayList();
    private final ObjectProperty<Sitting> sitting = new SimpleObjectProperty<>();
    private final ObjectProperty<Agenda> agenda = new SimpleObjectProperty<>();
    /** Counts the agendas loaded: an agenda equal to the last one still tells the screen its interviews changed. */
    private final javafx.beans.property.IntegerProperty agendaLoads = new javafx.beans.property.SimpleIntegerProperty();
    private final ObservableList<PanelMember> members = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> newDate = new SimpleObjectProperty<>(LocalDate.now().plusDays(7));
    private final StringProperty newRoom = new SimpleStringProperty("");
    private final StringProperty slotTime = new SimpleStringProperty("10:00");
    private final ObjectProperty<Candidate> slotCandidate = new SimpleObjectProperty<>();
    private final ActionStatus status;
    private final InterviewService interviewService;
    private final ObservableMap<Long, Interview> interviews = FXCollections.observableHashMap();
    private final Clock clock;
    private final LongConsumer sittingClosed;

    /**
     * {@code sittingClosed} is told, on the worker, of each sitting closed here (its members' devices
     * stop).
     */
    public ScheduleViewModel(PanelService panels, CampaignService campaigns, InterviewService interviewService,
                             ReadOnlyObjectProperty<Campaign> chosen, TaskExecutor executor, I18n i18n,
                             boolean editable, Clock clock, LongConsumer sittingClosed) {
        this.clock = clock;
        this.sittingClosed = sittingClosed;
        this.panels = panels;
        this.interviewService = interviewService;
        this.campaigns = campaigns;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> failure instanceof ExchangeRefusal refusal
                ? ExchangeErrors.text(refusal, i18n) : failure instanceof SigningKeyRefusal locked
                ? ExchangeErrors.text(locked, i18n) : failure instanceof java.io.IOException
                ? i18n.format("file.writeFailed", String.valueOf(failure.getMessage()))
                : failure instanceof InterviewException ? InterviewErrors.text(failure, i18n)
                : CampaignErrors.text(failure, i18n));
        this.editable = editable;
        campaign.bind(chosen);
        campaign.addListener((obs, old, now) -> {
            sitting.set(null);
            status.clear();
            refresh();
        });
        sitting.addListener((obs, old, now) -> loadAgenda());
    }

    public boolean editable() {
        return editable;
    }

    /** Whether the chosen campaign's package may go to the central office: never a training course's. */
    public BooleanBinding exportable() {
        return Bindings.createBooleanBinding(() -> editable && campaign.get() != null
                && campaign.get().type() != CampaignType.TRAINING, campaign);
    }

    private record Loaded(List<Sitting> sittings, List<PanelMember> members, List<Candidate> candidates) {
    }

    public void refresh() {
        Campaign current = campaign.get();
        if (current == null) {
            sittings.clear();
            return;
        }
        status.run(() -> new Loaded(panels.sittings(current.id()), panels.members(current.id()),
                campaigns.candidates(current.id())), loaded -> {
            Sitting shown = sitting.get();
            sittings.setAll(loaded.sittings());
            NameCollator names = NameCollator.of(i18n.language());
            members.setAll(loaded.members().stream().sorted(PanelMember.panelOrder(names)).toList());
            candidates.setAll(loaded.candidates().stream().sorted(Candidate.alphabetical(names)).toList());
            sitting.set(loaded.sittings().stream().filter(s -> shown != null && s.id() == shown.id()).findFirst()
                    .orElse(loaded.sittings().isEmpty() ? null : loaded.sittings().get(0)));
            loadAgenda();
        });
    }

    private record AgendaWithInterviews(Agenda agenda, List<Interview> interviews) {
    }

    private void loadAgenda() {
        Sitting shown = sitting.get();
        if (shown == null) {
            agenda.set(null);
            agendaLoads.set(agendaLoads.get() + 1);
            return;
        }
        status.run(() -> new AgendaWithInterviews(panels.agenda(shown.id()), interviewService.interviews(shown.id())),
                loaded -> {
                    interviews.clear();
                    loaded.interviews().forEach(i -> interviews.put(i.candidateId(), i));
                    agenda.set(loaded.agenda());
                    agendaLoads.set(agendaLoads.get() + 1);
                });
    }

    /**
     * Records that the candidate of {@code item} did not appear, or withdraws that record (they arrived
     * late), and reloads the agenda.
     */
    public void setAbsent(Agenda.Item item, boolean absent) {
        Sitting shown = sitting.get();
        if (shown == null || item == null) {
            return;
        }
        long candidateId = item.slot().candidateId();
        String name = item.candidate() == null ? "" : item.candidate().fullName();
        status.run(() -> absent ? interviewService.markAbsent(shown.id(), candidateId)
                : interviewService.withdrawAbsence(shown.id(), candidateId), slot -> {
                    status.succeeded(i18n.format(absent ? "sitting.markedAbsent" : "sitting.absenceWithdrawn", name));
                    loadAgenda();
                });
    }

    /** The sitting's papers, results and package, for the campaign and sitting shown, reporting in {@link #status}. */
    public SittingPapersViewModel papers(ProtocolService protocols, CampaignResultsService results,
                                         ExportService exports, OfficeKeys keys) {
        return new SittingPapersViewModel(campaign, sitting, status, interviewService, protocols, results, exports,
                keys, i18n);
    }

    /** Reloads the agenda, after an interview window closed. */
    public void refreshAgenda() {
        loadAgenda();
    }

    /** The interviews started at the shown sitting, by candidate. */
    public ObservableMap<Long, Interview> interviews() {
        return interviews;
    }

    public void planSitting() {
        Campaign current = campaign.get();
        LocalDate date = newDate.get();
        String room = newRoom.get();
        status.run(() -> panels.planSitting(current.id(), date, room), planned -> {
            sitting.set(planned);
            done(i18n.format("sitting.planned", planned.date()));
        });
    }

    public void addSlot() {
        Sitting shown = sitting.get();
        Candidate candidate = slotCandidate.get();
        LocalTime time;
        try {
            time = LocalTime.parse(slotTime.get().strip());
        } catch (DateTimeParseException e) {
            status.failedWith(i18n.get("sitting.badTime"));
            return;
        }
        if (shown == null || candidate == null) {
            return;
        }
        status.run(() -> panels.addSlot(shown.id(), time, candidate.id()), slot -> {
            slotTime.set(time.plusMinutes(45).toString());
            done(i18n.format("sitting.slotAdded", candidate.fullName(), time));
        });
    }

    public void removeSlot(Agenda.Item item) {
        Sitting shown = sitting.get();
        status.run(() -> {
            panels.removeSlot(shown.id(), item.slot().id());
            return item;
        }, gone -> done(""));
    }

    public void markPresent(PanelMember member, boolean isPresent) {
        Sitting shown = sitting.get();
        status.run(() -> {
            panels.markPresent(shown.id(), member.id(), isPresent);
            return member;
        }, marked -> {
            status.clear();
            loadAgenda();
        });
    }

    public void open() {
        Sitting shown = sitting.get();
        status.run(() -> panels.open(shown.id()), opened -> {
            done(i18n.format("sitting.opened", opened.date()));
        });
    }

    /** Closes the shown sitting; its closing time goes into the protocol. */
    public void close() {
        Sitting shown = sitting.get();
        status.run(() -> {
            Sitting closed = panels.close(shown.id());
            sittingClosed.accept(shown.id());
            return closed;
        }, closed -> done(i18n.format("sitting.closed", closed.date())));
    }

    private void done(String text) {
        status.succeeded(text);
        refresh();
    }

    public ObservableList<Sitting> sittings() {
        return sittings;
    }

    public ObjectProperty<Sitting> sittingProperty() {
        return sitting;
    }

    /** Changes each time an agenda has been loaded, with the state of its interviews. */
    public javafx.beans.value.ObservableValue<Number> agendaLoadsProperty() {
        return agendaLoads;
    }

    public ObjectProperty<Agenda> agendaProperty() {
        return agenda;
    }

    public ObservableList<PanelMember> members() {
        return members;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObjectProperty<LocalDate> newDateProperty() {
        return newDate;
    }

    public StringProperty newRoomProperty() {
        return newRoom;
    }

    public StringProperty slotTimeProperty() {
        return slotTime;
    }

    public ObjectProperty<Candidate> slotCandidateProperty() {
        return slotCandidate;
    }

    public ActionStatus status() {
        return status;
    }

    /**
     * The candidate the sitting goes on with, by the clock of this computer, while it is the sitting's
     * day: the first not finalised from the slot under way; empty on any other day.
     */
    public Optional<Agenda.Item> next(Agenda agenda) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
        if (!agenda.sitting().date().equals(now.toLocalDate())) {
            return Optional.empty();
        }
        Set<Long> finalised = interviews.values().stream().filter(Interview::finalised).map(Interview::candidateId)
                .collect(Collectors.toSet());
        return agenda.next(now.toLocalTime(), finalised).filter(item -> item.candidate() != null);
    }
}

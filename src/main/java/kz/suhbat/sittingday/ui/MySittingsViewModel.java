package kz.suhbat.sittingday.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.campaign.ui.CampaignErrors;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.panel.ConflictDeclaration;
import kz.suhbat.panel.MyCandidate;
import kz.suhbat.panel.MyDay;
import kz.suhbat.panel.MySitting;
import kz.suhbat.panel.MySittingsService;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.SheetState;

/**
 * A panel member's start page: their sittings of today, then those to come; the chosen sitting's
 * candidates with where each interview stands for the member; declaring a conflict of interest (or
 * none) for a candidate right there.
 */
public final class MySittingsViewModel {

    /** What opening a candidate's row does. */
    public enum Opening { SHEET, FOLLOW, NOTHING }

    private final MySittingsService mySittings;
    private final PanelService panels;
    private final I18n i18n;
    private final ObservableList<MySitting> sittings = FXCollections.observableArrayList();
    private final Set<Long> today = new HashSet<>();
    private final ObjectProperty<MySitting> sitting = new SimpleObjectProperty<>();
    private final ObservableList<MyCandidate> candidates = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<MyCandidate> conflictFor = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<MyDay> day = new SimpleObjectProperty<>();
    private final ActionStatus status;

    public MySittingsViewModel(MySittingsService mySittings, PanelService panels, TaskExecutor executor, I18n i18n) {
        this.mySittings = mySittings;
        this.panels = panels;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> CampaignErrors.text(failure, i18n));
        sitting.addListener((obs, old, now) -> {
            candidates.setAll(now == null ? List.of() : now.candidates());
            if (old == null || now == null || old.sitting().id() != now.sitting().id()) {
                conflictFor.set(null);
            }
        });
    }

    /** Reads the member's sittings again, keeping the chosen sitting. */
    public void refresh() {
        status.run(mySittings::mySittings, this::show);
    }

    private void show(MyDay loaded) {
        MySitting chosen = sitting.get();
        today.clear();
        loaded.today().forEach(s -> today.add(s.sitting().id()));
        List<MySitting> all = new java.util.ArrayList<>(loaded.today());
        all.addAll(loaded.next());
        sittings.setAll(all);
        summary.set(loaded.today().isEmpty() ? i18n.get("mySittings.noneToday")
                : i18n.format("mySittings.summary", loaded.today().stream().mapToLong(MySitting::toFill).sum(),
                loaded.today().stream().mapToLong(MySitting::declarationsDue).sum()));
        sitting.set(all.stream().filter(s -> chosen != null && s.sitting().id() == chosen.sitting().id()).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0)));
        day.set(loaded);
    }

    /** Whether {@code shown} sits today (else it is one of those to come). */
    public boolean today(MySitting shown) {
        return today.contains(shown.sitting().id());
    }

    /** Where the keyboard starts in the candidates: the first sheet to fill, else the first declaration owed. */
    public int firstToAct() {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).state() == SheetState.TO_FILL) {
                return i;
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).declarationDue()) {
                return i;
            }
        }
        return candidates.isEmpty() ? -1 : 0;
    }

    /** The member's own sheet when it waits for them; following the interview once it is under way. */
    public Opening opening(MyCandidate candidate) {
        if (candidate == null) {
            return Opening.NOTHING;
        }
        return switch (candidate.state()) {
            case TO_FILL -> Opening.SHEET;
            case SUBMITTED, NOT_SCORING, FINALISED -> Opening.FOLLOW;
            case NOT_STARTED, ABSENT -> Opening.NOTHING;
        };
    }

    /** Says why a row that cannot be opened is not opened. */
    public void cannotOpen(MyCandidate candidate) {
        status.failedWith(i18n.get(candidate.state() == SheetState.ABSENT ? "mySittings.absent"
                : "mySittings.notStarted"));
    }

    /** Declares that the member has no conflict of interest with {@code candidate}. */
    public void declareNoConflict(MyCandidate candidate) {
        if (candidate != null && canDeclare(candidate)) {
            declare(candidate, false, "");
        }
    }

    /** Asks the member for the reason of a conflict with {@code candidate}. */
    public void startConflict(MyCandidate candidate) {
        if (candidate != null && canDeclare(candidate)) {
            reason.set(candidate.declaration().map(ConflictDeclaration::reason).orElse(""));
            conflictFor.set(candidate);
        }
    }

    /** Declares the conflict being asked for, with the reason typed. */
    public void declareConflict() {
        MyCandidate candidate = conflictFor.get();
        if (candidate != null) {
            declare(candidate, true, reason.get());
        }
    }

    public void cancelConflict() {
        conflictFor.set(null);
    }

    /** A declaration is made before the interview starts: then the panel's raters are fixed. */
    private boolean canDeclare(MyCandidate candidate) {
        MySitting shown = sitting.get();
        if (shown == null || !shown.member().role().voting()) {
            status.failedWith(i18n.get("mySittings.notVoting"));
            return false;
        }
        if (candidate.state() != SheetState.NOT_STARTED) {
            status.failedWith(i18n.get("mySittings.declareTooLate"));
            return false;
        }
        return true;
    }

    private void declare(MyCandidate candidate, boolean conflict, String why) {
        MySitting shown = sitting.get();
        long memberId = shown.member().id();
        status.run(() -> panels.declare(new ConflictDeclaration(memberId, candidate.candidateId(), conflict, why)),
                saved -> {
                    conflictFor.set(null);
                    status.succeeded(i18n.format(conflict ? "panel.conflictRecorded" : "panel.noConflictRecorded",
                            shown.member().fullName(), candidate.name()));
                    status.run(mySittings::mySittings, this::show);
                });
    }

    public ObservableList<MySitting> sittings() {
        return sittings;
    }

    public ObjectProperty<MySitting> sittingProperty() {
        return sitting;
    }

    public ObservableList<MyCandidate> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** The candidate whose conflict's reason is being typed; null when none is. */
    public ReadOnlyObjectProperty<MyCandidate> conflictForProperty() {
        return conflictFor;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** Each load of the member's sittings, for the view to put the keyboard where there is work. */
    public ReadOnlyObjectProperty<MyDay> dayProperty() {
        return day;
    }

    public ActionStatus status() {
        return status;
    }
}

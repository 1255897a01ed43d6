package kz.suhbat.devices.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.devices.RoomAddress;
import kz.suhbat.devices.RoomDesk;
import kz.suhbat.devices.RoomException;
import kz.suhbat.devices.web.RoomSwitch;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.interview.Rater;
import kz.suhbat.interview.ui.InterviewErrors;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.Sitting;

/**
 * The secretary's window onto the members' devices of one open sitting: the network to offer them on,
 * starting and stopping, the address and certificate fingerprint the devices are given, and, live, whose
 * device is connected and whose sheet of the current candidate is in.
 */
final class RoomViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final RoomSwitch rooms;
    private final InterviewService interviews;
    private final PanelService panels;
    private final Sitting sitting;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final Clock clock;
    private final ActionStatus status;
    private final ObservableList<RoomAddress> addresses = FXCollections.observableArrayList();
    private final ObjectProperty<RoomAddress> address = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final StringProperty shortFingerprint = new SimpleStringProperty("");
    private final StringProperty candidate = new SimpleStringProperty("");
    private final StringProperty qrText = new SimpleStringProperty("");
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private boolean refreshing;

    RoomViewModel(RoomSwitch rooms, InterviewService interviews, PanelService panels, Sitting sitting,
                  TaskExecutor executor, I18n i18n, Clock clock) {
        this.rooms = rooms;
        this.interviews = interviews;
        this.panels = panels;
        this.sitting = sitting;
        this.executor = executor;
        this.i18n = i18n;
        this.clock = clock;
        this.status = new ActionStatus(executor, failure -> failure instanceof RoomException refused
                ? i18n.format("room.error." + refused.reason().name(), refused.args())
                : InterviewErrors.text(failure, i18n));
    }

    /** Lists the laptop's networks and shows the devices as they stand. */
    void load() {
        status.run(RoomAddress::available, found -> {
            addresses.setAll(found);
            Optional<RoomSwitch.Running> current = rooms.running().filter(r -> r.desk().sittingId() == sitting.id());
            address.set(found.get(0));
            current.ifPresent(this::show);
            refresh();
        });
    }

    void start() {
        RoomAddress chosen = address.get();
        if (chosen == null) {
            return;
        }
        status.run(() -> rooms.start(sitting.id(), chosen.host()), started -> {
            show(started);
            status.succeeded(i18n.get("room.window.started"));
            refresh();
        });
    }

    void stop() {
        status.run(() -> {
            rooms.stopFor(sitting.id());
            return Boolean.TRUE;
        }, stopped -> {
            running.set(false);
            link.set("");
            qrText.set("");
            status.succeeded(i18n.get("room.window.stopped"));
            refresh();
        });
    }

    private void show(RoomSwitch.Running started) {
        fingerprint.set(started.certificate().fingerprint());
        shortFingerprint.set(started.certificate().shortFingerprint());
        link.set(started.server().address());
        qrText.set(started.server().address() + "#" + started.certificate().shortFingerprint());
        running.set(true);
    }

    /** Reads again who is connected and whose sheet is in; the window calls it every few seconds. */
    void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        Optional<RoomDesk> desk = rooms.running().map(RoomSwitch.Running::desk)
                .filter(d -> d.sittingId() == sitting.id() && !d.closed());
        executor.run(() -> read(desk), read -> {
            refreshing = false;
            running.set(desk.isPresent());
            candidate.set(read.candidate());
            members.setAll(read.rows());
        }, failure -> {
            refreshing = false;
            status.failed(failure);
        });
    }

    private record Read(String candidate, List<MemberRow> rows) {
    }

    private Read read(Optional<RoomDesk> desk) {
        Optional<Interview> current = interviews.interviews(sitting.id()).stream().filter(i -> !i.finalised())
                .max(Comparator.comparing(Interview::startedAt));
        Map<Long, Rater> raters = current.map(i -> interviews.raters(i.id()).stream()
                .collect(Collectors.toMap(Rater::memberId, Function.identity()))).orElse(Map.of());
        String name = current.map(i -> interviews.guide(i.id()).candidate().fullName()).orElse("");
        Map<Long, Instant> seen = desk.map(RoomDesk::lastSeen).orElse(Map.of());
        Instant now = clock.instant();
        List<MemberRow> rows = panels.members(sitting.campaignId()).stream().filter(m -> m.role().voting())
                .map(m -> row(m, current.isPresent(), raters.get(m.id()), seen, now)).toList();
        return new Read(name, rows);
    }

    private static MemberRow row(PanelMember member, boolean underWay, Rater rater, Map<Long, Instant> seen,
                                 Instant now) {
        MemberRow.DeviceState device;
        String last = "";
        if (member.accountId() == null) {
            device = MemberRow.DeviceState.NO_ACCOUNT;
        } else if (!seen.containsKey(member.accountId())) {
            device = MemberRow.DeviceState.NOT_SIGNED_IN;
        } else {
            Instant at = seen.get(member.accountId());
            device = at.plus(RoomDesk.CONNECTED_WITHIN).isAfter(now) ? MemberRow.DeviceState.CONNECTED
                    : MemberRow.DeviceState.SEEN;
            last = TIME.format(at.atZone(ZoneId.systemDefault()));
        }
        MemberRow.SheetState sheet = !underWay ? MemberRow.SheetState.NO_CANDIDATE
                : rater == null ? MemberRow.SheetState.NOT_SCORING
                : rater.submitted() ? MemberRow.SheetState.IN : MemberRow.SheetState.SCORING;
        return new MemberRow(member.fullName(), device, sheet, last);
    }

    Sitting sitting() {
        return sitting;
    }

    ObservableList<RoomAddress> addresses() {
        return addresses;
    }

    ObjectProperty<RoomAddress> addressProperty() {
        return address;
    }

    BooleanProperty runningProperty() {
        return running;
    }

    StringProperty linkProperty() {
        return link;
    }

    StringProperty fingerprintProperty() {
        return fingerprint;
    }

    StringProperty shortFingerprintProperty() {
        return shortFingerprint;
    }

    /** What the QR code holds: the address, and after {@code #} (never sent) the fingerprint's start. */
    StringProperty qrTextProperty() {
        return qrText;
    }

    StringProperty candidateProperty() {
        return candidate;
    }

    ObservableList<MemberRow> members() {
        return members;
    }

    ActionStatus status() {
        return status;
    }
}

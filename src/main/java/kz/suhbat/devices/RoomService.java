package kz.suhbat.devices;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.campaign.CampaignException;
import kz.suhbat.common.Transactor;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.Sitting;
import kz.suhbat.panel.SittingStatus;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Office;
import kz.suhbat.security.Operation;
import kz.suhbat.security.OfficeRepository;

/**
 * The secretary's side of the members' devices: the office's room certificate (made the first time),
 * and a desk for an open sitting, whose opening and closing the audit trail records, as it records each
 * member's sign-in from a device.
 */
public final class RoomService {

    static final String SITTING = "sitting";

    private final Access access;
    private final PanelService panels;
    private final RoomCertificateStore certificates;
    private final OfficeRepository office;
    private final MemberSignIn signIn;
    private final Function<Account, MemberSeat> seats;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;
    private final SecureRandom random;

    public RoomService(Access access, PanelService panels, RoomCertificateStore certificates, OfficeRepository office,
                       MemberSignIn signIn, Function<Account, MemberSeat> seats, AuditTrail audit,
                       Transactor transactor, Clock clock, SecureRandom random) {
        this.access = access;
        this.panels = panels;
        this.certificates = certificates;
        this.office = office;
        this.signIn = signIn;
        this.seats = seats;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
        this.random = random;
    }

    /** The office's room certificate, made and stored the first time it is asked for. */
    public RoomCertificate certificate() {
        access.require(Operation.INTERVIEW_RUN);
        return transactor.inTransaction(() -> certificates.load().orElseGet(() -> {
            String code = office.load().map(Office::code).orElse("");
            String name = office.load().map(o -> o.name().primary()).orElse("");
            RoomCertificate made = RoomCertificate.make(code, name, clock.instant(), random);
            certificates.save(made, clock.instant());
            return made;
        }));
    }

    /** A desk for the members' devices of an open sitting; refused for a sitting that is not open. */
    public RoomDesk open(long sittingId) {
        Account secretary = access.require(Operation.INTERVIEW_RUN);
        Sitting sitting = panels.agenda(sittingId).sitting();
        if (sitting.status() != SittingStatus.OPEN) {
            throw new CampaignException(CampaignException.Reason.SITTING_NOT_OPEN);
        }
        Set<Long> voting = panels.members(sitting.campaignId()).stream()
                .filter(m -> m.role().voting() && m.accountId() != null).map(PanelMember::accountId)
                .collect(Collectors.toSet());
        transactor.run(() -> audit.record(secretary, AuditAction.ROOM_OPEN, SITTING, sittingId, null, null));
        return new RoomDesk(sittingId, voting, signIn, seats, member -> transactor.run(() -> audit.record(member,
                AuditAction.DEVICE_SIGN_IN, SITTING, sittingId, null, null)), clock, random);
    }

    /** Ends every session of the desk, and records that the sitting's devices were stopped. */
    public void closed(RoomDesk desk) {
        Account secretary = access.require(Operation.INTERVIEW_RUN);
        int members = desk.lastSeen().size();
        desk.close();
        transactor.run(() -> audit.record(secretary, AuditAction.ROOM_CLOSE, SITTING, desk.sittingId(), null,
                Map.of("membersSignedIn", members)));
    }
}

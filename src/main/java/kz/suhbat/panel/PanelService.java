package kz.suhbat.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignException;
import kz.suhbat.campaign.CampaignRepository;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.Transactor;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.CampaignScope;
import kz.suhbat.security.Operation;
import kz.suhbat.security.Role;

/**
 * A campaign's panel and its sittings. The secretary forms the panel (one chair, voting members of whom
 * one may be the deputy chair, one non-voting secretary, observers), records conflicts of interest, plans sittings with time slots and
 * marks who is present. A member with a conflict is recused from that candidate. A sitting opens only
 * with its quorum of present voting members, and says why not otherwise.
 */
public final class PanelService {

    private static final String MEMBER = "panelMember";
    private static final String SITTING = "sitting";

    private final Access access;
    private final CampaignScope scope;
    private final PanelRepository panels;
    private final CampaignRepository campaigns;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;

    /** {@code scope} keeps a member or observer to the panels they sit on. */
    public PanelService(Access access, CampaignScope scope, PanelRepository panels, CampaignRepository campaigns,
                        AuditTrail audit, Transactor transactor, Clock clock) {
        this.clock = clock;
        this.access = access;
        this.scope = scope;
        this.panels = panels;
        this.campaigns = campaigns;
        this.audit = audit;
        this.transactor = transactor;
    }

    public List<PanelMember> members(long campaignId) {
        scope.require(Operation.PANEL_READ, campaignId);
        return panels.members(campaignId);
    }

    public PanelMember addMember(PanelMember member) {
        Account secretary = access.require(Operation.PANEL_EDIT);
        return transactor.inTransaction(() -> {
            check(secretary, member);
            PanelMember stored = member.withId(panels.insertMember(member));
            audit.record(secretary, AuditAction.PANEL_MEMBER_ADD, MEMBER, stored.id(), null, stored);
            return stored;
        });
    }

    public PanelMember updateMember(PanelMember member) {
        Account secretary = access.require(Operation.PANEL_EDIT);
        return transactor.inTransaction(() -> {
            PanelMember before = existingMember(secretary, member.id());
            check(secretary, member);
            panels.updateMember(member);
            audit.record(secretary, AuditAction.PANEL_MEMBER_UPDATE, MEMBER, member.id(), before, member);
            return member;
        });
    }

    public void removeMember(long memberId) {
        Account secretary = access.require(Operation.PANEL_EDIT);
        transactor.run(() -> {
            PanelMember before = existingMember(secretary, memberId);
            panels.deleteMember(memberId);
            audit.record(secretary, AuditAction.PANEL_MEMBER_REMOVE, MEMBER, memberId, before, null);
        });
    }

    public List<ConflictDeclaration> declarations(long campaignId) {
        scope.require(Operation.PANEL_READ, campaignId);
        return panels.declarations(campaignId);
    }

    /**
     * Records a member's declaration about a candidate. A panel member declares for themselves only (the
     * member linked to their account); the secretary records declarations made on paper.
     */
    public ConflictDeclaration declare(ConflictDeclaration declaration) {
        Account account = access.require(Operation.CONFLICT_DECLARE);
        if (declaration.conflict() && declaration.reason().isEmpty()) {
            throw new CampaignException(CampaignException.Reason.REASON_MISSING);
        }
        return transactor.inTransaction(() -> {
            PanelMember member = existingMember(account, declaration.memberId());
            if ((account.role() == Role.MEMBER || account.role() == Role.TRAINEE)
                    && !Objects.equals(member.accountId(), account.id())) {
                throw new kz.suhbat.security.AccessDeniedException(Operation.CONFLICT_DECLARE, account);
            }
            ConflictDeclaration before = panels.declaration(declaration.memberId(), declaration.candidateId())
                    .orElse(null);
            panels.saveDeclaration(declaration);
            audit.record(account, AuditAction.CONFLICT_DECLARE, MEMBER, member.id(), before, declaration);
            return declaration;
        });
    }

    public List<Sitting> sittings(long campaignId) {
        scope.require(Operation.PANEL_READ, campaignId);
        return panels.sittings(campaignId);
    }

    public Sitting planSitting(long campaignId, LocalDate date, String room) {
        Account secretary = access.require(Operation.PANEL_EDIT);
        return transactor.inTransaction(() -> {
            campaign(secretary, campaignId);
            Sitting draft = Sitting.planned(0, campaignId, date, room == null ? "" : room.strip());
            Sitting stored = Sitting.planned(panels.insertSitting(draft), campaignId, draft.date(), draft.room());
            audit.record(secretary, AuditAction.SITTING_CREATE, SITTING, stored.id(), null, stored);
            return stored;
        });
    }

    public Slot addSlot(long sittingId, LocalTime startsAt, long candidateId) {
        Account secretary = access.require(Operation.PANEL_EDIT);
        return transactor.inTransaction(() -> {
            Sitting sitting = existingSitting(secretary, sittingId);
            if (panels.slots(sittingId).stream().anyMatch(s -> s.startsAt().equals(startsAt)
                    || s.candidateId() == candidateId)) {
                throw new CampaignException(CampaignException.Reason.SLOT_TAKEN);
            }
            Slot draft = new Slot(0, sittingId, startsAt, candidateId);
            Slot stored = new Slot(panels.insertSlot(draft), sittingId, startsAt, candidateId);
            audit.record(secretary, AuditAction.SITTING_UPDATE, SITTING, sitting.id(), null, stored);
            return stored;
        });
    }

    public void removeSlot(long sittingId, long slotId) {
        Account secretary = access.require(Operation.PANEL_EDIT);
        transactor.run(() -> {
            existingSitting(secretary, sittingId);
            Slot before = panels.slots(sittingId).stream().filter(s -> s.id() == slotId).findFirst()
                    .orElseThrow(() -> new CampaignException(CampaignException.Reason.NOT_FOUND));
            panels.deleteSlot(slotId);
            audit.record(secretary, AuditAction.SITTING_UPDATE, SITTING, sittingId, before, null);
        });
    }

    public void markPresent(long sittingId, long memberId, boolean present) {
        Account secretary = access.require(Operation.PANEL_EDIT);
        transactor.run(() -> {
            Sitting sitting = existingSitting(secretary, sittingId);
            PanelMember member = existingMember(secretary, memberId);
            if (present && member.role() == PanelRole.OBSERVER
                    && !WorkingDays.admitted(member.registeredOn(), sitting.date())) {
                throw new CampaignException(CampaignException.Reason.OBSERVER_LATE,
                        WorkingDays.registrationDeadline(sitting.date()));
            }
            panels.setPresent(sittingId, memberId, present);
            audit.record(secretary, AuditAction.ATTENDANCE_MARK, SITTING, sittingId, null,
                    Map.of("member", memberId, "present", present));
        });
    }

    /** The day's agenda of a sitting: candidates in time order, recusals, quorum per candidate. */
    public Agenda agenda(long sittingId) {
        Account reader = access.require(Operation.PANEL_READ);
        Sitting sitting = existingSitting(reader, sittingId);
        Campaign campaign = campaign(reader, sitting.campaignId());
        Map<Long, Candidate> candidates = campaigns.candidates(campaign.id()).stream()
                .collect(Collectors.toMap(Candidate::id, Function.identity()));
        return Agenda.of(sitting, panels.slots(sittingId), candidates, panels.members(campaign.id()),
                panels.present(sittingId), panels.declarations(campaign.id()), campaign.quorum());
    }

    /** Opens a planned sitting when its present voting members make the quorum; refuses and says why. */
    public Sitting open(long sittingId) {
        Account secretary = access.require(Operation.PANEL_EDIT);
        return transactor.inTransaction(() -> {
            Sitting sitting = existingSitting(secretary, sittingId);
            if (sitting.status() != SittingStatus.PLANNED) {
                throw new CampaignException(CampaignException.Reason.SITTING_NOT_PLANNED);
            }
            Agenda agenda = agenda(sittingId);
            if (!agenda.quorumMet()) {
                throw new CampaignException(CampaignException.Reason.QUORUM_NOT_MET, agenda.presentVoting(),
                        agenda.votingMembers(), agenda.required());
            }
            Sitting opened = sitting.opened(clock.instant());
            panels.updateSitting(opened);
            audit.record(secretary, AuditAction.SITTING_OPEN, SITTING, sittingId, sitting, opened);
            return opened;
        });
    }

    /**
     * Closes an open sitting, recording when it ended: no further interview starts at it (those under way
     * can still be finished), and its protocol states the time.
     */
    public Sitting close(long sittingId) {
        Account secretary = access.require(Operation.PANEL_EDIT);
        return transactor.inTransaction(() -> {
            Sitting sitting = existingSitting(secretary, sittingId);
            if (sitting.status() != SittingStatus.OPEN) {
                throw new CampaignException(CampaignException.Reason.SITTING_NOT_OPEN);
            }
            Sitting closed = sitting.closed(clock.instant());
            panels.updateSitting(closed);
            audit.record(secretary, AuditAction.SITTING_CLOSE, SITTING, sittingId, sitting, closed);
            return closed;
        });
    }

    private void check(Account account, PanelMember member) {
        if (member.fullName().isEmpty()) {
            throw new CampaignException(CampaignException.Reason.MEMBER_NAME_MISSING);
        }
        if (member.fullName().length() > PanelMember.NAME_LIMIT) {
            throw new CampaignException(CampaignException.Reason.MEMBER_NAME_TOO_LONG, PanelMember.NAME_LIMIT);
        }
        if (member.organisation().longerThan(PanelMember.ORGANISATION_LIMIT)) {
            throw new CampaignException(CampaignException.Reason.ORGANISATION_TOO_LONG,
                    PanelMember.ORGANISATION_LIMIT);
        }
        campaign(account, member.campaignId());
        for (PanelRole single : List.of(PanelRole.CHAIR, PanelRole.SECRETARY)) {
            if (member.role() == single && panels.members(member.campaignId()).stream()
                    .anyMatch(m -> m.role() == single && m.id() != member.id())) {
                throw new CampaignException(single == PanelRole.CHAIR ? CampaignException.Reason.ONE_CHAIR
                        : CampaignException.Reason.ONE_SECRETARY);
            }
        }
        if (member.deputy() && member.role() != PanelRole.MEMBER) {
            throw new CampaignException(CampaignException.Reason.DEPUTY_NOT_MEMBER);
        }
        if (member.deputy() && panels.members(member.campaignId()).stream()
                .anyMatch(m -> m.deputy() && m.id() != member.id())) {
            throw new CampaignException(CampaignException.Reason.ONE_DEPUTY);
        }
    }

    /** The campaign, refused to an account outside its scope (a trainer and a real campaign, say). */
    private Campaign campaign(Account account, long id) {
        Campaign campaign = campaigns.find(id)
                .orElseThrow(() -> new CampaignException(CampaignException.Reason.NOT_FOUND));
        scope.check(account, id);
        return campaign;
    }

    private PanelMember existingMember(Account account, long id) {
        PanelMember member = panels.member(id)
                .orElseThrow(() -> new CampaignException(CampaignException.Reason.NOT_FOUND));
        scope.check(account, member.campaignId());
        return member;
    }

    private Sitting existingSitting(Account account, long id) {
        Sitting sitting = panels.sitting(id)
                .orElseThrow(() -> new CampaignException(CampaignException.Reason.NOT_FOUND));
        scope.check(account, sitting.campaignId());
        return sitting;
    }
}

package kz.suhbat.protocol;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.common.Transactor;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.DeliberationService;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.Interview;
import kz.suhbat.interview.InterviewException;
import kz.suhbat.interview.InterviewService;
import kz.suhbat.panel.Agenda;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.Sitting;
import kz.suhbat.panel.SittingStatus;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeService;
import kz.suhbat.security.Operation;
import kz.suhbat.training.CalibrationStatusService;

/**
 * Gathers the protocol of a sitting from the services that keep its parts, each with its own checks:
 * the scores come through the deliberation, so a candidate whose sheets are not all in appears without
 * them.
 *
 * <p>The protocol's number is given the first time the protocol of an opened sitting is produced
 * (saved, or exported in a package): that is when a document with a number first exists, and a protocol
 * printed during the day and again after it keeps the same number. A sitting that never opened gets
 * none, so a cancelled plan leaves no gap in the register. Numbers run per year of the sitting's date.
 */
public final class ProtocolService {

    private static final int ATTEMPTS = 5;

    private final Access access;
    private final OfficeService offices;
    private final CampaignService campaigns;
    private final PanelService panels;
    private final InterviewService interviews;
    private final DeliberationService deliberations;
    private final CalibrationStatusService calibration;
    private final ProtocolRegister register;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;

    public ProtocolService(Access access, OfficeService offices, CampaignService campaigns, PanelService panels,
                           InterviewService interviews, DeliberationService deliberations,
                           CalibrationStatusService calibration, ProtocolRegister register, AuditTrail audit,
                           Transactor transactor, Clock clock) {
        this.access = access;
        this.offices = offices;
        this.campaigns = campaigns;
        this.panels = panels;
        this.interviews = interviews;
        this.deliberations = deliberations;
        this.calibration = calibration;
        this.register = register;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
    }

    public SittingProtocol protocol(long sittingId) {
        Account account = access.require(Operation.INTERVIEW_READ);
        Agenda agenda = panels.agenda(sittingId);
        Sitting sitting = agenda.sitting();
        Campaign campaign = campaigns.campaign(sitting.campaignId()).orElseThrow();
        Office office = offices.office();
        Map<Long, Interview> byCandidate = new HashMap<>();
        interviews.interviews(sittingId).forEach(i -> byCandidate.put(i.candidateId(), i));
        Map<String, LocalizedText> names = new HashMap<>();
        List<SittingProtocol.Entry> entries = new ArrayList<>();
        for (Agenda.Item item : agenda.items()) {
            Interview interview = byCandidate.get(item.slot().candidateId());
            if (interview != null && names.isEmpty()) {
                interviews.guide(interview.id()).competencies().stream().map(GuideCompetency::competency)
                        .forEach(c -> names.put(c.code(), c.name()));
            }
            entries.add(new SittingProtocol.Entry(item, interview == null ? Optional.empty()
                    : revealed(interview.id())));
        }
        List<PanelMember> members = panels.members(campaign.id());
        return new SittingProtocol(number(account, sitting, office), office, offices.letterhead(),
                offices.legalBasis().of(campaign.type().name()), campaign, sitting, members,
                agenda, entries, names, calibrated(members, sitting.date()));
    }

    /**
     * When every voting member's account was calibrated within the twelve months up to {@code day}, the
     * latest date of each (by member); otherwise (a member without an account among them too) nothing.
     */
    private Map<Long, LocalDate> calibrated(List<PanelMember> members, LocalDate day) {
        List<PanelMember> voting = members.stream().filter(m -> m.role().voting()).toList();
        if (voting.isEmpty() || voting.stream().anyMatch(m -> m.accountId() == null)) {
            return Map.of();
        }
        Map<Long, LocalDate> byAccount = calibration.calibratedWithin(
                voting.stream().map(PanelMember::accountId).toList(), day);
        Map<Long, LocalDate> byMember = new HashMap<>();
        for (PanelMember member : voting) {
            LocalDate on = byAccount.get(member.accountId());
            if (on == null) {
                return Map.of();
            }
            byMember.put(member.id(), on);
        }
        return byMember;
    }

    /** The sitting's number, given now if it has none yet and the sitting has been opened. */
    private Optional<ProtocolNumber> number(Account account, Sitting sitting, Office office) {
        if (sitting.status() == SittingStatus.PLANNED) {
            return Optional.empty();
        }
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                Optional<ProtocolNumber> given = transactor.inTransaction(() -> claim(account, sitting, office));
                if (given.isPresent()) {
                    return given;
                }
            } catch (RuntimeException concurrent) {
                // A save at the same moment took the audit trail's next entry first: all of this
                // transaction was undone, so it is simply tried again.
                last = concurrent;
            }
        }
        throw new IllegalStateException("No protocol number could be given to sitting " + sitting.id(), last);
    }

    /** In one transaction: the number the sitting has, or the year's next one; empty when taken meanwhile. */
    private Optional<ProtocolNumber> claim(Account account, Sitting sitting, Office office) {
        Optional<ProtocolNumber> existing = register.numberOf(sitting.id());
        if (existing.isPresent()) {
            return existing;
        }
        int year = sitting.date().getYear();
        ProtocolNumber next = new ProtocolNumber(year, register.highest(year) + 1, office.code());
        if (!register.claim(sitting.id(), next, clock.instant())) {
            return Optional.empty();
        }
        audit.record(account, AuditAction.PROTOCOL_NUMBER, "sitting", sitting.id(), null, next);
        return Optional.of(next);
    }

    private Optional<Deliberation> revealed(long interviewId) {
        try {
            return Optional.of(deliberations.deliberation(interviewId));
        } catch (InterviewException notYet) {
            return Optional.empty();
        }
    }
}

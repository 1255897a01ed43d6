package kz.suhbat.interview;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Iin;
import kz.suhbat.common.Transactor;
import kz.suhbat.panel.Agenda;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.Sitting;
import kz.suhbat.panel.SittingStatus;
import kz.suhbat.panel.Slot;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Operation;
import kz.suhbat.security.Role;

/**
 * The guided sitting: the secretary starts a candidate's interview at an open sitting (the candidate's
 * quorum checked, recused members left out of the raters), the guide shows the profile's competencies
 * with their questions, the secretary keeps the panel's notes, and a question can be dropped for the
 * whole campaign with a reason.
 */
public final class InterviewService {

    static final String INTERVIEW = "interview";

    private final Access access;
    private final InterviewLookup lookup;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;

    public InterviewService(Access access, InterviewLookup lookup, AuditTrail audit, Transactor transactor,
                            Clock clock) {
        this.access = access;
        this.lookup = lookup;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
    }

    /**
     * Starts the interview of a candidate on the sitting's agenda, or returns it when it was started
     * before (the guide is reopened where it was). Its raters are the present voting members not recused
     * from the candidate, fixed now. Every present voting member must have declared (or denied) a conflict
     * of interest with the candidate first; the refusal names who has not.
     */
    public Interview start(long sittingId, long candidateId) {
        Account secretary = access.require(Operation.INTERVIEW_RUN);
        return transactor.inTransaction(() -> {
            Sitting sitting = lookup.sitting(sittingId);
            var existing = lookup.interviews().interviewOf(sitting.campaignId(), candidateId);
            if (existing.isPresent()) {
                return existing.get();
            }
            if (sitting.status() != SittingStatus.OPEN) {
                throw new InterviewException(InterviewException.Reason.SITTING_NOT_OPEN);
            }
            Agenda agenda = agenda(sitting);
            Agenda.Item item = agenda.items().stream().filter(i -> i.slot().candidateId() == candidateId)
                    .findFirst().orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_ON_AGENDA));
            if (item.absent()) {
                throw new InterviewException(InterviewException.Reason.CANDIDATE_ABSENT);
            }
            if (!item.quorumMet()) {
                throw new InterviewException(InterviewException.Reason.NO_QUORUM, item.eligible(), agenda.required());
            }
            if (!item.undeclared().isEmpty()) {
                throw new InterviewException(InterviewException.Reason.NOT_DECLARED, item.undeclared().stream()
                        .map(PanelMember::fullName).collect(Collectors.joining(", ")));
            }
            Interview draft = new Interview(0, sitting.campaignId(), sittingId, candidateId,
                    InterviewStatus.IN_PROGRESS, clock.instant(), null, "", agenda.required());
            long id = lookup.interviews().insertInterview(draft);
            Set<Long> recused = item.recused().stream().map(m -> m.id()).collect(Collectors.toSet());
            lookup.panels().members(sitting.campaignId()).stream()
                    .filter(m -> m.role().voting() && agenda.present().contains(m.id()) && !recused.contains(m.id()))
                    .forEach(m -> lookup.interviews().insertRater(id, m.id()));
            Interview started = lookup.interview(id);
            audit.record(secretary, AuditAction.INTERVIEW_START, INTERVIEW, id, null,
                    Map.of("candidate", candidateId, "sitting", sittingId, "raters",
                            lookup.interviews().raters(id).stream().map(Rater::memberId).toList()));
            return started;
        });
    }

    /**
     * Records that a candidate on an open sitting's agenda did not appear: they get no interview and no
     * scores, the agenda passes over them, and the protocol says they were absent. Refused once their
     * interview has started.
     */
    public Slot markAbsent(long sittingId, long candidateId) {
        return recordAbsence(sittingId, candidateId, true, AuditAction.CANDIDATE_ABSENT);
    }

    /** Withdraws the mark while the sitting is open (the candidate arrived late): they can be interviewed. */
    public Slot withdrawAbsence(long sittingId, long candidateId) {
        return recordAbsence(sittingId, candidateId, false, AuditAction.ABSENCE_WITHDRAW);
    }

    private Slot recordAbsence(long sittingId, long candidateId, boolean absent, AuditAction action) {
        Account secretary = access.require(Operation.INTERVIEW_RUN);
        return transactor.inTransaction(() -> {
            Sitting sitting = lookup.sitting(sittingId);
            if (sitting.status() != SittingStatus.OPEN) {
                throw new InterviewException(InterviewException.Reason.SITTING_NOT_OPEN);
            }
            Slot slot = lookup.panels().slots(sittingId).stream().filter(s -> s.candidateId() == candidateId)
                    .findFirst().orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_ON_AGENDA));
            if (lookup.interviews().interviewOf(sitting.campaignId(), candidateId).isPresent()) {
                throw new InterviewException(InterviewException.Reason.ALREADY_STARTED);
            }
            if (slot.absent() == absent) {
                return slot;
            }
            Slot marked = slot.withAbsent(absent);
            lookup.panels().setAbsent(slot.id(), absent);
            audit.record(secretary, action, "sitting", sittingId, slot, marked);
            return marked;
        });
    }

    private Agenda agenda(Sitting sitting) {
        Campaign campaign = lookup.campaign(sitting.campaignId());
        Map<Long, Candidate> candidates = lookup.campaigns().candidates(campaign.id()).stream()
                .collect(Collectors.toMap(Candidate::id, Function.identity()));
        return Agenda.of(sitting, lookup.panels().slots(sitting.id()), candidates,
                lookup.panels().members(campaign.id()), lookup.panels().present(sitting.id()),
                lookup.panels().declarations(campaign.id()), campaign.quorum());
    }

    /** The candidate's interview at the sitting, once the secretary has started it: to follow it. */
    public Interview startedAt(long sittingId, long candidateId) {
        Account reader = access.require(Operation.INTERVIEW_READ);
        Sitting sitting = lookup.panels().sitting(sittingId)
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_FOUND));
        lookup.readable(reader, sitting.campaignId());
        return lookup.interviews().interviewOf(sitting.campaignId(), candidateId)
                .filter(i -> i.sittingId() == sittingId)
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_STARTED));
    }

    /** The interviews started at a sitting, so the agenda can show which are under way or finalised. */
    public List<Interview> interviews(long sittingId) {
        Account reader = access.require(Operation.INTERVIEW_READ);
        lookup.readableSitting(reader, sittingId);
        return lookup.interviews().interviews(sittingId);
    }

    /** Everything the guided sitting shows for the interview. */
    public InterviewGuide guide(long interviewId) {
        Account reader = access.require(Operation.INTERVIEW_READ);
        Interview interview = lookup.interview(interviewId);
        lookup.readable(reader, interview.campaignId());
        Campaign campaign = lookup.campaign(interview.campaignId());
        Candidate candidate = lookup.campaigns().candidate(interview.candidateId())
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.NOT_FOUND));
        if (reader.role() != Role.SECRETARY) {
            candidate = candidate.withIin(Iin.mask(candidate.iin()));
        }
        Framework framework = lookup.framework(campaign);
        List<DroppedQuestion> dropped = lookup.interviews().dropped(campaign.id());
        PositionProfile profile = lookup.profile(campaign, candidate.post().profileCode());
        return new InterviewGuide(interview, campaign, candidate, framework.scale(),
                competencies(weights(profile), framework, dropped), dropped,
                lookup.interviews().raters(interviewId));
    }

    /**
     * What every interview of the campaign asks: the profile's competencies in order with the questions
     * still asked, and the scale (for the pack a member scores on paper with).
     */
    public CampaignQuestions questions(long campaignId) {
        Account reader = access.require(Operation.INTERVIEW_READ);
        lookup.readable(reader, campaignId);
        Campaign campaign = lookup.campaign(campaignId);
        Framework framework = lookup.framework(campaign);
        return new CampaignQuestions(campaign, framework.scale(), competencies(profilesCompetencies(campaign),
                framework, lookup.interviews().dropped(campaignId)));
    }

    /**
     * Every competency of the profiles the campaign's posts use, in the order of the posts' profiles;
     * a competency weighted differently by two of them has no one weight (null).
     */
    private Map<String, BigDecimal> profilesCompetencies(Campaign campaign) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (String code : campaign.profileCodes()) {
            for (ProfileCompetency pc : lookup.profile(campaign, code).competencies()) {
                if (!weights.containsKey(pc.competencyCode())) {
                    weights.put(pc.competencyCode(), pc.weight());
                } else if (weights.get(pc.competencyCode()) != null
                        && weights.get(pc.competencyCode()).compareTo(pc.weight()) != 0) {
                    weights.put(pc.competencyCode(), null);
                }
            }
        }
        return weights;
    }

    private static Map<String, BigDecimal> weights(PositionProfile profile) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        profile.competencies().forEach(pc -> weights.put(pc.competencyCode(), pc.weight()));
        return weights;
    }

    private List<GuideCompetency> competencies(Map<String, BigDecimal> weights, Framework framework,
                                               List<DroppedQuestion> dropped) {
        List<GuideCompetency> competencies = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> pc : weights.entrySet()) {
            Competency competency = framework.competency(pc.getKey())
                    .orElseThrow(() -> new InterviewException(InterviewException.Reason.UNKNOWN_COMPETENCY));
            List<GuideQuestion> questions = new ArrayList<>();
            for (int i = 0; i < competency.questions().size(); i++) {
                int index = i;
                if (dropped.stream().noneMatch(d -> d.competencyCode().equals(pc.getKey())
                        && d.questionIndex() == index)) {
                    questions.add(new GuideQuestion(i, competency.questions().get(i)));
                }
            }
            competencies.add(new GuideCompetency(competency, pc.getValue(), questions));
        }
        return competencies;
    }

    /** Who scores the candidate and whose sheet is submitted; never what anyone scored. */
    public List<Rater> raters(long interviewId) {
        Account reader = access.require(Operation.INTERVIEW_READ);
        lookup.readableInterview(reader, interviewId);
        return lookup.interviews().raters(interviewId);
    }

    /** The panel's notes, kept by the secretary. */
    public List<Note> panelNotes(long interviewId) {
        Account reader = access.require(Operation.INTERVIEW_READ);
        lookup.readableInterview(reader, interviewId);
        return lookup.interviews().notes(interviewId, null);
    }

    /** Saves the panel's note on a question; an empty text clears it. */
    public Note writePanelNote(long interviewId, String competencyCode, int questionIndex, String text) {
        Account secretary = access.require(Operation.INTERVIEW_RUN);
        return transactor.inTransaction(() -> {
            Interview interview = lookup.inProgress(interviewId);
            question(lookup.campaign(interview.campaignId()), competencyCode, questionIndex);
            Note note = new Note(interviewId, null, competencyCode, questionIndex, text, secretary.id(),
                    clock.instant());
            lookup.interviews().saveNote(note);
            audit.record(secretary, AuditAction.NOTE_WRITE, INTERVIEW, interviewId, null, note);
            return note;
        });
    }

    /**
     * Drops a question for every candidate of the campaign, with the reason written down: it is no
     * longer asked and counts for nobody. The last question of a competency cannot be dropped.
     */
    public DroppedQuestion dropQuestion(long campaignId, String competencyCode, int questionIndex, String reason) {
        Account secretary = access.require(Operation.INTERVIEW_RUN);
        InterviewException.requireReason(reason);
        return transactor.inTransaction(() -> {
            Campaign campaign = lookup.campaign(campaignId);
            Competency competency = question(campaign, competencyCode, questionIndex);
            List<DroppedQuestion> dropped = lookup.interviews().dropped(campaignId).stream()
                    .filter(d -> d.competencyCode().equals(competencyCode)).toList();
            if (dropped.stream().anyMatch(d -> d.questionIndex() == questionIndex)) {
                return dropped.stream().filter(d -> d.questionIndex() == questionIndex).findFirst().get();
            }
            if (dropped.size() + 1 >= competency.questions().size()) {
                throw new InterviewException(InterviewException.Reason.LAST_QUESTION);
            }
            DroppedQuestion drop = new DroppedQuestion(campaignId, competencyCode, questionIndex, reason.strip(),
                    secretary.id(), clock.instant());
            lookup.interviews().insertDropped(drop);
            audit.record(secretary, AuditAction.QUESTION_DROP, "campaign", campaignId, null, drop);
            return drop;
        });
    }

    private Competency question(Campaign campaign, String competencyCode, int questionIndex) {
        boolean inProfile = profilesCompetencies(campaign).containsKey(competencyCode);
        Competency competency = lookup.framework(campaign).competency(competencyCode).filter(c -> inProfile)
                .orElseThrow(() -> new InterviewException(InterviewException.Reason.UNKNOWN_COMPETENCY));
        if (questionIndex < 0 || questionIndex >= competency.questions().size()) {
            throw new InterviewException(InterviewException.Reason.UNKNOWN_QUESTION);
        }
        return competency;
    }
}

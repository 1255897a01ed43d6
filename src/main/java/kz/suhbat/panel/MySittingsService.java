package kz.suhbat.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignException;
import kz.suhbat.campaign.CampaignRepository;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Operation;

/**
 * A panel member's (or chair's) own start page: the sittings of today and those to come of every panel
 * they sit on, and nobody else's; for each candidate, whether their own sheet waits to be filled, is in,
 * or the interview is decided, and which conflict-of-interest declarations they still owe.
 */
public final class MySittingsService {

    private final Access access;
    private final MySittingsRepository repository;
    private final PanelRepository panels;
    private final CampaignRepository campaigns;
    private final Clock clock;
    private final ZoneId zone;

    public MySittingsService(Access access, MySittingsRepository repository, PanelRepository panels,
                             CampaignRepository campaigns, Clock clock, ZoneId zone) {
        this.access = access;
        this.repository = repository;
        this.panels = panels;
        this.campaigns = campaigns;
        this.clock = clock;
        this.zone = zone;
    }

    /** The signed-in member's sittings of today and after, by date. */
    public MyDay mySittings() {
        Account account = access.require(Operation.OWN_SITTINGS_READ);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        List<MySitting> todays = new ArrayList<>();
        List<MySitting> next = new ArrayList<>();
        for (MySittingsRepository.Seat seat : repository.seats(account.id(), today)) {
            MySitting sitting = sitting(seat);
            (sitting.sitting().date().equals(today) ? todays : next).add(sitting);
        }
        return new MyDay(today, todays, next);
    }

    private MySitting sitting(MySittingsRepository.Seat seat) {
        Sitting sitting = panels.sitting(seat.sittingId()).orElseThrow(MySittingsService::notFound);
        PanelMember member = panels.member(seat.memberId()).orElseThrow(MySittingsService::notFound);
        Campaign campaign = campaigns.find(sitting.campaignId()).orElseThrow(MySittingsService::notFound);
        Map<Long, Candidate> candidates = campaigns.candidates(campaign.id()).stream()
                .collect(Collectors.toMap(Candidate::id, Function.identity()));
        Map<Long, ConflictDeclaration> declared = panels.declarations(campaign.id()).stream()
                .filter(d -> d.memberId() == member.id())
                .collect(Collectors.toMap(ConflictDeclaration::candidateId, Function.identity()));
        List<MyCandidate> rows = repository.slots(sitting.id(), member.id()).stream()
                .filter(slot -> candidates.containsKey(slot.candidateId()))
                .map(slot -> candidate(slot, candidates.get(slot.candidateId()), member,
                        Optional.ofNullable(declared.get(slot.candidateId()))))
                .toList();
        return new MySitting(sitting, campaign.title(),
                campaign.type() == kz.suhbat.campaign.CampaignType.TRAINING, member, rows);
    }

    private static MyCandidate candidate(MySittingsRepository.SlotState slot, Candidate candidate, PanelMember member,
                                         Optional<ConflictDeclaration> declaration) {
        SheetState state = switch (slot.stage()) {
            case NOT_STARTED -> SheetState.NOT_STARTED;
            case ABSENT -> SheetState.ABSENT;
            case DECIDED -> SheetState.FINALISED;
            case UNDER_WAY -> !slot.rater() ? SheetState.NOT_SCORING
                    : slot.submitted() ? SheetState.SUBMITTED : SheetState.TO_FILL;
        };
        boolean due = member.role().voting() && state == SheetState.NOT_STARTED && declaration.isEmpty();
        return new MyCandidate(candidate.id(), slot.startsAt(), candidate.fullName(), candidate.post().name(), state,
                declaration, due);
    }

    private static CampaignException notFound() {
        return new CampaignException(CampaignException.Reason.NOT_FOUND);
    }
}

package kz.suhbat.panel;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Quorum;

/**
 * The secretary's day: the sitting's candidates in time order, for each who is recused and whether the
 * voting members who may score that candidate make a quorum; who is next; and whether the sitting as a
 * whole has its quorum of present voting members.
 */
public record Agenda(Sitting sitting, List<Item> items, Set<Long> present, int votingMembers, int presentVoting,
                     int required, List<PanelMember> observersNotAdmitted) {

    public Agenda {
        items = List.copyOf(items);
        present = Set.copyOf(present);
        observersNotAdmitted = List.copyOf(observersNotAdmitted);
    }

    /**
     * One candidate's slot; {@code undeclared} are the present voting members who have not yet declared
     * (or denied) a conflict of interest with the candidate: the interview does not start until they have.
     */
    public record Item(Slot slot, Candidate candidate, List<PanelMember> recused, int eligible, boolean quorumMet,
                       List<PanelMember> undeclared) {

        public Item {
            recused = List.copyOf(recused);
            undeclared = List.copyOf(undeclared);
        }

        /** The candidate did not appear: no interview, no scores. */
        public boolean absent() {
            return slot.absent();
        }
    }

    public boolean quorumMet() {
        return votingMembers > 0 && presentVoting >= required;
    }

    /** The first candidate whose time has not passed at {@code now} and who has not been marked absent. */
    public Optional<Item> next(LocalTime now) {
        return next(now, Set.of());
    }

    /**
     * The same, leaving out the candidates in {@code done} (their interviews are finalised) and those who
     * did not appear.
     */
    public Optional<Item> next(LocalTime now, Set<Long> done) {
        return items.stream().filter(i -> !i.slot().startsAt().isBefore(now)).filter(i -> !i.absent())
                .filter(i -> !done.contains(i.slot().candidateId())).findFirst();
    }

    /** Builds the agenda from the sitting's parts. */
    public static Agenda of(Sitting sitting, List<Slot> slots, Map<Long, Candidate> candidates,
                            List<PanelMember> members, Set<Long> present, List<ConflictDeclaration> declarations,
                            Quorum quorum) {
        List<PanelMember> voting = members.stream().filter(m -> m.role().voting()).toList();
        int required = quorum.required(voting.size());
        Set<String> conflicts = declarations.stream().filter(ConflictDeclaration::conflict)
                .map(d -> d.memberId() + ":" + d.candidateId()).collect(Collectors.toSet());
        Set<String> declared = declarations.stream().map(d -> d.memberId() + ":" + d.candidateId())
                .collect(Collectors.toSet());
        List<Item> items = new ArrayList<>();
        for (Slot slot : slots.stream().sorted(Comparator.comparing(Slot::startsAt)).toList()) {
            List<PanelMember> recused = voting.stream()
                    .filter(m -> conflicts.contains(m.id() + ":" + slot.candidateId())).toList();
            int eligible = (int) voting.stream().filter(m -> present.contains(m.id()))
                    .filter(m -> !recused.contains(m)).count();
            List<PanelMember> undeclared = voting.stream().filter(m -> present.contains(m.id()))
                    .filter(m -> !declared.contains(m.id() + ":" + slot.candidateId())).toList();
            items.add(new Item(slot, candidates.get(slot.candidateId()), recused, eligible,
                    voting.size() > 0 && eligible >= required, undeclared));
        }
        int presentVoting = (int) voting.stream().filter(m -> present.contains(m.id())).count();
        List<PanelMember> late = members.stream().filter(m -> m.role() == PanelRole.OBSERVER)
                .filter(m -> !WorkingDays.admitted(m.registeredOn(), sitting.date())).toList();
        return new Agenda(sitting, items, present, voting.size(), presentVoting, required, late);
    }
}

package kz.suhbat.panel;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Panels, declarations, sittings, slots and attendance in storage. */
public interface PanelRepository {

    List<PanelMember> members(long campaignId);

    Optional<PanelMember> member(long id);

    long insertMember(PanelMember member);

    void updateMember(PanelMember member);

    void deleteMember(long id);

    List<ConflictDeclaration> declarations(long campaignId);

    Optional<ConflictDeclaration> declaration(long memberId, long candidateId);

    void saveDeclaration(ConflictDeclaration declaration);

    List<Sitting> sittings(long campaignId);

    Optional<Sitting> sitting(long id);

    long insertSitting(Sitting sitting);

    void updateSitting(Sitting sitting);

    List<Slot> slots(long sittingId);

    long insertSlot(Slot slot);

    void deleteSlot(long id);

    /** Records that the slot's candidate did not appear, or withdraws that record. */
    void setAbsent(long slotId, boolean absent);

    Set<Long> present(long sittingId);

    void setPresent(long sittingId, long memberId, boolean present);
}

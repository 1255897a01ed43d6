package kz.suhbat.panel;

import java.time.LocalTime;
import java.util.Optional;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * A candidate of one of a member's sittings, as the member sees them: the time, who and for which post,
 * where the interview stands for them, and their own conflict-of-interest declaration, if made.
 * {@code declarationDue} when the member votes on this panel, has not declared about this candidate and
 * the interview has not started.
 */
public record MyCandidate(long candidateId, LocalTime startsAt, String name, LocalizedText post, SheetState state,
                          Optional<ConflictDeclaration> declaration, boolean declarationDue) {
}

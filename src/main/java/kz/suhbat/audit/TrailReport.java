package kz.suhbat.audit;

import java.util.List;
import java.util.Optional;

/**
 * What the check of the audit trail at start found.
 *
 * @param anchorMissing the anchor beside the keyring was missing or not sealed with this office's key, so
 *                      a cut at the trail's end could not be ruled out
 * @param cut           the trail ends before the entry the anchor names, or that entry has changed
 * @param chainBreak    the first entry that does not fit the chain, among those checked
 * @param records       sealed records that do not match the trail
 * @param entriesRead   how many entries the check read
 * @param recordsRead   how many sealed entities (interviews) it compared
 */
public record TrailReport(boolean anchorMissing, Optional<Cut> cut, Optional<AuditVerification.Break> chainBreak,
                          List<RecordFinding> records, long entriesRead, long recordsRead) {

    /** The anchor named entry {@code anchored}; the trail now ends at {@code found}. */
    public record Cut(long anchored, long found) {
    }

    public boolean clean() {
        return !anchorMissing && cut.isEmpty() && chainBreak.isEmpty() && records.isEmpty();
    }
}

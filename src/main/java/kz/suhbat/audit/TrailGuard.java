package kz.suhbat.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.suhbat.common.Transactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the audit trail provable from one start to the next. At start it seals a trail written before
 * entries were sealed (once), compares the trail's end with the anchor kept beside the keyring, checks
 * the chain from where the last start left off, re-checks a window of older entries (so the whole trail
 * is re-read over successive starts without any one start reading it all), and compares every
 * interview's records with their newest seal. After every commit that appended entries it moves the
 * anchor to the new end, in the background.
 */
public final class TrailGuard implements AutoCloseable {

    /** How many older entries each start re-checks. */
    public static final int WINDOW = 20_000;

    private final int window;

    private static final Logger LOG = LoggerFactory.getLogger(TrailGuard.class);

    private final AuditKey key;
    private final AuditRepository repository;
    private final SealedRecords records;
    private final Path folder;
    private final AtomicBoolean pending = new AtomicBoolean();
    /** How long after a commit the anchor follows: commits in between are anchored together. */
    static final long ANCHOR_DELAY_MS = 1_000;

    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread thread = new Thread(r, "suhbat-trail-anchor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile TrailAnchor anchor;
    private volatile boolean chainIntact = true;

    /** {@code folder} is the data folder, where the anchor is kept beside the keyring. */
    public TrailGuard(AuditKey key, AuditRepository repository, SealedRecords records, Path folder) {
        this(key, repository, records, folder, WINDOW);
    }

    /** A guard that re-checks {@code window} older entries at each start. */
    public TrailGuard(AuditKey key, AuditRepository repository, SealedRecords records, Path folder, int window) {
        this.window = window;
        this.key = key;
        this.repository = repository;
        this.records = records;
        this.folder = folder;
    }

    /** Told by the trail that an entry was appended. */
    public void appended() {
        pending.set(true);
    }

    /**
     * Told by the transactor that a transaction committed: moves the anchor to the trail's new end a moment
     * later, in the background, so that a run of commits (a member typing a sheet) writes it once and the
     * anchor's own writes to the disk do not hold up the entries.
     */
    public void committed() {
        if (anchor != null && pending.getAndSet(false) && scheduled.compareAndSet(false, true)) {
            writer.schedule(() -> {
                scheduled.set(false);
                moveAnchor();
            }, ANCHOR_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The check at start; {@code trail} appends the note of a cut or a missing anchor. When this open has
     * just brought the schema to the version that seals entries ({@code sealingBegins}), the trail written
     * before is sealed first, if its chain holds: only then, so that removing seals later cannot have a
     * forged trail sealed anew. Afterwards the anchor follows every commit.
     */
    public TrailReport checkAtStart(AuditTrail trail, Transactor transactor, boolean sealingBegins) {
        LegacySealing.Outcome sealing = sealingBegins
                ? new LegacySealing(key, repository, records, trail, transactor).sealIfNeeded()
                : new LegacySealing.Outcome.NothingToSeal();
        boolean sealedNow = sealing instanceof LegacySealing.Outcome.Sealed;
        long end = lastSeq();
        Optional<TrailAnchor> kept = TrailAnchor.readFrom(folder, key);
        boolean anchorMissing = kept.isEmpty() && end > 0 && !sealedNow;
        Optional<TrailReport.Cut> cut = kept.flatMap(k -> cutAgainst(k, end));
        TrailAnchor from = cut.isPresent() ? TrailAnchor.EMPTY : kept.orElse(TrailAnchor.EMPTY);
        RecordsCheck recordsCheck = new RecordsCheck(key, repository, records);
        Map<String, RecordSeal> seals = recordsCheck.seals();
        AuditVerification recent = checkFrom(from.checked() + 1, from.checkedHead(), end, seals);
        long cursor = from.cursor() > from.checked() || from.cursor() < 1 ? 1 : from.cursor();
        long windowEnd = Math.min(from.checked(), cursor + window - 1);
        Optional<AuditVerification> older = windowEnd >= cursor
                ? Optional.of(checkFrom(cursor, previousHash(cursor), windowEnd, seals)) : Optional.empty();
        List<RecordFinding> walked = new ArrayList<>(recent.records());
        older.ifPresent(o -> walked.addAll(o.records()));
        List<RecordFinding> findings = recordsCheck.merged(recordsCheck.run(seals), walked);
        Optional<AuditVerification.Break> olderBreak = older.flatMap(AuditVerification::firstBreak);
        Optional<AuditVerification.Break> chainBreak = sealing instanceof LegacySealing.Outcome.Broken legacy
                ? Optional.of(legacy.at()) : olderBreak.or(recent::firstBreak);
        chainIntact = chainBreak.isEmpty();
        long nextCursor = olderBreak.isPresent() ? cursor : windowEnd >= from.checked() ? 1 : windowEnd + 1;
        TrailReport report = new TrailReport(anchorMissing, cut, chainBreak, List.copyOf(findings),
                recent.entries() + older.map(AuditVerification::entries).orElse(0L), seals.size());
        if (anchorMissing || cut.isPresent()) {
            transactor.run(() -> trail.recordAlarm(report));
        }
        anchor = repository.entry(lastSeq())
                .map(l -> chainIntact ? TrailAnchor.checkedUpTo(l, nextCursor)
                        : new TrailAnchor(l.seq(), l.hash(), from.checked(), from.checkedHead(), nextCursor))
                .orElse(TrailAnchor.EMPTY);
        pending.set(false);
        writeAnchor(anchor);
        return report;
    }

    private long lastSeq() {
        return repository.newest(1).stream().findFirst().map(AuditEntry::seq).orElse(0L);
    }

    private Optional<TrailReport.Cut> cutAgainst(TrailAnchor kept, long end) {
        if (kept.length() == 0) {
            return Optional.empty();
        }
        boolean reaches = end >= kept.length() && repository.entry(kept.length())
                .filter(e -> e.hash().equals(kept.head())).isPresent();
        return reaches ? Optional.empty() : Optional.of(new TrailReport.Cut(kept.length(), end));
    }

    private AuditVerification checkFrom(long first, String previous, long last, Map<String, RecordSeal> seals) {
        AuditVerification.Verifier verifier = new AuditVerification.Verifier(key, records.entityType(), seals, first,
                previous);
        if (last >= first) {
            repository.forEach(first, last, verifier::accept);
        }
        AuditVerification result = verifier.result();
        if (result.firstBreak().isEmpty() && result.entries() < last - first + 1) {
            return new AuditVerification(result.entries(), result.head(),
                    Optional.of(new AuditVerification.Break(first + result.entries(),
                            AuditVerification.Problem.SEQUENCE_BROKEN)), result.records());
        }
        return result;
    }

    private String previousHash(long seq) {
        return seq <= 1 ? AuditChain.GENESIS
                : repository.entry(seq - 1).map(AuditEntry::hash).orElse(AuditChain.GENESIS);
    }

    private void moveAnchor() {
        try {
            repository.newest(1).stream().findFirst().ifPresent(last -> {
                anchor = anchor.withEnd(last, chainIntact);
                writeAnchor(anchor);
            });
        } catch (RuntimeException e) {
            LOG.warn("The trail's anchor could not be moved to the trail's end", e);
        }
    }

    private void writeAnchor(TrailAnchor value) {
        try {
            value.writeTo(folder, key);
        } catch (IOException e) {
            LOG.warn("The trail's anchor could not be written into {}", folder, e);
        }
    }

    /**
     * Writes the anchor of the trail's end before the database closes: a write under way finishes (it is
     * never interrupted half-way), one still waiting is dropped and done here instead.
     */
    @Override
    public void close() {
        boolean behind = pending.getAndSet(false) | scheduled.get();
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (anchor != null && behind) {
            moveAnchor();
        }
    }
}

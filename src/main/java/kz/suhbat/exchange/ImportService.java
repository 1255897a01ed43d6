package kz.suhbat.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Progress;
import kz.suhbat.common.Transactor;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Operation;

/**
 * The central office's import. Every package is verified in full before anything of it is written;
 * a package already imported changes nothing and says so; one older in its office's sequence than a
 * package already accepted is refused; a valid one goes in as one transaction, replacing that office's
 * earlier copy of the same campaign. Imported data is kept by office and never edited here.
 */
public final class ImportService {

    private final Access access;
    private final CentralRepository repository;
    private final CentralKeyRepository centralKeys;
    private final AuditTrail audit;
    private final Transactor transactor;
    private final Clock clock;

    public ImportService(Access access, CentralRepository repository, CentralKeyRepository centralKeys,
                         AuditTrail audit, Transactor transactor, Clock clock) {
        this.access = access;
        this.repository = repository;
        this.centralKeys = centralKeys;
        this.audit = audit;
        this.transactor = transactor;
        this.clock = clock;
    }

    /** Checks a package against the registered keys, and whether it would be accepted; writes nothing. */
    public VerifiedPackage verify(Path file) {
        access.require(Operation.PACKAGE_IMPORT);
        VerifiedPackage verified = PackageReader.verify(file, repository::key, centralKeys::centralKey);
        PackageRules.check(verified.parse(), verified.manifest());
        checkPlace(verified.manifest());
        return verified;
    }

    /**
     * Imports the packages, each in its own transaction, in the order of their offices' sequences
     * (whatever order the files came in); one refused package does not stop the others.
     */
    public List<ImportOutcome> importPackages(List<Path> files, Progress progress) {
        Account account = access.require(Operation.PACKAGE_IMPORT);
        List<Path> ordered = inSequence(files);
        List<ImportOutcome> outcomes = new ArrayList<>();
        progress.report(0, ordered.size());
        for (Path file : ordered) {
            outcomes.add(importOne(account, file));
            progress.report(outcomes.size(), ordered.size());
        }
        return outcomes;
    }

    public List<ImportedPackage> packages() {
        access.require(Operation.IMPORTED_READ);
        return repository.importedPackages();
    }

    public List<ImportedCampaign> campaigns() {
        access.require(Operation.IMPORTED_READ);
        return repository.importedCampaigns();
    }

    /** An imported campaign's data, as its office's package carried it; there is no way to change it. */
    public Optional<PackageData> campaignData(long importedCampaignId) {
        access.require(Operation.IMPORTED_READ);
        return repository.campaignData(importedCampaignId);
    }

    private ImportOutcome importOne(Account account, Path file) {
        Optional<Manifest> manifest = Optional.empty();
        try {
            VerifiedPackage verified = PackageReader.verify(file, repository::key, centralKeys::centralKey);
            manifest = Optional.of(verified.manifest());
            PackageData data = verified.parse();
            PackageRules.check(data, verified.manifest());
            transactor.run(() -> store(account, verified, data));
            return ImportOutcome.imported(file, verified.manifest());
        } catch (ExchangeRefusal refusal) {
            return ImportOutcome.of(file, manifest, refusal);
        } catch (IllegalArgumentException e) {
            return ImportOutcome.of(file, manifest,
                    new ExchangeRefusal(ExchangeRefusal.Reason.INVALID_DATA, String.valueOf(e.getMessage())));
        }
    }

    private void store(Account account, VerifiedPackage verified, PackageData data) {
        Manifest m = verified.manifest();
        checkPlace(m);
        Instant created = instant(m.createdAt());
        ImportedPackage imported = new ImportedPackage(m.packageId(), m.officeCode(), m.sequence(),
                m.keyFingerprint(), m.formatVersion(), created, m.auditHead(), verified.manifestSha256(),
                verified.file().getFileName().toString(), m.campaignTitle(), data.candidates().size(),
                data.scoreCount(), clock.instant());
        repository.insertPackage(imported, account.id());
        repository.replaceCampaign(m.packageId(), m, data);
        audit.record(account, AuditAction.PACKAGE_IMPORT, "package", m.packageId(), null,
                Map.of("office", m.officeCode(), "sequence", m.sequence(), "manifest", verified.manifestSha256()));
    }

    /** Refuses a package already imported, or older in its office's sequence than one accepted. */
    private void checkPlace(Manifest m) {
        Optional<ImportedPackage> already = repository.importedPackage(m.packageId());
        if (already.isPresent()) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.ALREADY_IMPORTED, m.officeCode(), m.sequence(),
                    already.get().importedAt().atZone(ZoneOffset.UTC).toLocalDate());
        }
        OptionalLong newest = repository.newestSequence(m.officeCode());
        if (newest.isPresent() && m.sequence() <= newest.getAsLong()) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.OLDER_SEQUENCE, m.officeCode(), m.sequence(),
                    newest.getAsLong());
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.INVALID_DATA, "createdAt");
        }
    }

    /** The files by office and sequence, read from their manifests; unreadable ones last, to be refused. */
    private static List<Path> inSequence(List<Path> files) {
        record Placed(Path file, String office, long sequence) {
        }
        List<Placed> placed = new ArrayList<>();
        for (Path file : files) {
            try {
                Manifest m = PackageReader.peek(file);
                placed.add(new Placed(file, m.officeCode(), m.sequence()));
            } catch (ExchangeRefusal unreadable) {
                placed.add(new Placed(file, "\uffff", Long.MAX_VALUE));
            }
        }
        placed.sort(Comparator.comparing(Placed::office).thenComparingLong(Placed::sequence));
        return placed.stream().map(Placed::file).toList();
    }
}

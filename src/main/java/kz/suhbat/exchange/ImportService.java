package kz.suhbat.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Progress;
import kz.suhbat.common.Transactor;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central office's import. Every package is verified in full, by the same rules as {@link #verify},
 * before anything of it is written; a package is known by its office and its id; one already imported
 * changes nothing and says so; one older in its office's sequence than a
 * package already accepted is refused; a valid one goes in as one transaction, replacing that office's
 * earlier copy of the same campaign. Imported data is kept by office and never edited here.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

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

    /**
     * Checks a package against the registered keys and every rule of the import, and whether it would be
     * accepted; writes nothing. A package this calls valid is one {@link #importPackages} imports.
     */
    public VerifiedPackage verify(Path file) {
        access.require(Operation.PACKAGE_IMPORT);
        VerifiedPackage verified = read(file);
        accepted(verified);
        return verified;
    }

    /**
     * Imports the packages, each in its own transaction, in the order of their offices' sequences
     * (whatever order the files came in); one refused package does not stop the others. While one package
     * is stored, the next is read, verified and parsed on a second thread, so the two cores share the work;
     * whether a package has its place among its office's packages is decided again inside the transaction
     * that stores it.
     */
    public List<ImportOutcome> importPackages(List<Path> files, Progress progress) {
        Account account = access.require(Operation.PACKAGE_IMPORT);
        List<Path> ordered = inSequence(files);
        List<ImportOutcome> outcomes = new ArrayList<>();
        progress.report(0, ordered.size());
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "suhbat-package-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Prepared> next = ordered.isEmpty() ? null : reader.submit(() -> prepare(ordered.get(0)));
            for (int i = 0; i < ordered.size(); i++) {
                Prepared current = next.get();
                if (i + 1 < ordered.size()) {
                    Path following = ordered.get(i + 1);
                    next = reader.submit(() -> prepare(following));
                }
                outcomes.add(store(account, current));
                progress.report(outcomes.size(), ordered.size());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            reader.shutdownNow();
        }
    }

    /** A package read, verified and parsed, or refused on the way: what {@link #store} needs. */
    private record Prepared(Path file, Optional<Manifest> manifest, VerifiedPackage verified, PackageData data,
                            ExchangeRefusal refusal) {
    }

    private Prepared prepare(Path file) {
        Optional<Manifest> manifest = Optional.empty();
        try {
            VerifiedPackage verified = transactor.read(() -> read(file));
            manifest = Optional.of(verified.manifest());
            return new Prepared(file, manifest, verified, transactor.read(() -> accepted(verified)), null);
        } catch (ExchangeRefusal refusal) {
            return new Prepared(file, manifest, null, null, refusal);
        }
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

    private ImportOutcome store(Account account, Prepared prepared) {
        if (prepared.refusal() != null) {
            return ImportOutcome.of(prepared.file(), prepared.manifest(), prepared.refusal());
        }
        try {
            try {
                transactor.run(() -> store(account, prepared.verified(), prepared.data()));
            } catch (ExchangeRefusal refusal) {
                throw refusal;
            } catch (RuntimeException e) {
                // The cause's message may quote the package's rows: only its kind is logged.
                LOG.error("A package that passed every check could not be stored: {}", e.getClass().getName());
                throw new ExchangeRefusal(ExchangeRefusal.Reason.NOT_STORED, prepared.file().getFileName());
            }
            return ImportOutcome.imported(prepared.file(), prepared.verified().manifest());
        } catch (ExchangeRefusal refusal) {
            return ImportOutcome.of(prepared.file(), prepared.manifest(), refusal);
        }
    }

    /** The package, its signature and files checked; a file that cannot be read is said to be so. */
    private VerifiedPackage read(Path file) {
        return PackageReader.verify(file, repository::key, centralKeys::centralKey);
    }

    /** The package's data, once it holds together and has its place among the office's packages. */
    private PackageData accepted(VerifiedPackage verified) {
        PackageData data = verified.parse();
        PackageRules.check(data, verified.manifest(), verified.file().getFileName().toString());
        checkPlace(verified);
        return data;
    }

    private void store(Account account, VerifiedPackage verified, PackageData data) {
        Manifest m = verified.manifest();
        checkPlace(verified);
        RegisteredKey office = verified.key();
        ImportedPackage imported = new ImportedPackage(m.packageId(), office.officeCode(), m.sequence(),
                office.fingerprint(), m.formatVersion(), PackageRules.instant(m.createdAt()), m.auditHead(),
                verified.manifestSha256(), verified.file().getFileName().toString(), data.campaign().title(),
                data.candidates().size(), data.scoreCount(), clock.instant());
        repository.insertPackage(imported, account.id());
        repository.replaceCampaign(imported, office, data);
        audit.record(account, AuditAction.PACKAGE_IMPORT, "package", m.packageId(), null,
                Map.of("office", office.officeCode(), "sequence", m.sequence(), "manifest", verified.manifestSha256()));
    }

    /**
     * Refuses a package its office already sent (the same one: already imported; another under the same
     * id: a conflict), or one older in its office's sequence than one accepted. A package is known by its
     * office and its id together: another office's ids do not matter.
     */
    private void checkPlace(VerifiedPackage verified) {
        Manifest m = verified.manifest();
        String office = verified.key().officeCode();
        Optional<ImportedPackage> already = repository.importedPackage(office, m.packageId());
        if (already.isPresent()) {
            java.time.LocalDate on = already.get().importedAt().atZone(ZoneOffset.UTC).toLocalDate();
            if (already.get().manifestSha256().equals(verified.manifestSha256())) {
                throw new ExchangeRefusal(ExchangeRefusal.Reason.ALREADY_IMPORTED, office, m.sequence(), on);
            }
            throw new ExchangeRefusal(ExchangeRefusal.Reason.PACKAGE_ID_CONFLICT, office, m.packageId(), on);
        }
        OptionalLong newest = repository.newestSequence(office);
        if (newest.isPresent() && m.sequence() <= newest.getAsLong()) {
            throw new ExchangeRefusal(ExchangeRefusal.Reason.OLDER_SEQUENCE, office, m.sequence(),
                    newest.getAsLong());
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

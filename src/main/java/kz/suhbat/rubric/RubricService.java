package kz.suhbat.rubric;

import kz.suhbat.audit.AuditAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.common.Transactor;
import kz.suhbat.security.Access;
import kz.suhbat.security.Account;
import kz.suhbat.security.Operation;

/**
 * What an administrator does with frameworks. A framework version that has been used is frozen:
 * saving an edit of it stores a new version (the used one stays as it was, so every interview keeps
 * pointing at the version it used); it cannot be deleted, only retired. Everyone signed in reads
 * frameworks; only the administrator changes them, and every change is written to the audit trail in
 * the same transaction.
 */
public final class RubricService {

    private static final String ENTITY = "framework";

    private final Access access;
    private final FrameworkRepository repository;
    private final AuditTrail audit;
    private final Transactor transactor;

    public RubricService(Access access, FrameworkRepository repository, AuditTrail audit, Transactor transactor) {
        this.access = access;
        this.repository = repository;
        this.audit = audit;
        this.transactor = transactor;
    }

    public List<FrameworkSummary> list() {
        access.require(Operation.RUBRIC_READ);
        return repository.list();
    }

    public Optional<Framework> load(long id) {
        access.require(Operation.RUBRIC_READ);
        return repository.load(id);
    }

    public boolean isFrozen(long id) {
        access.require(Operation.RUBRIC_READ);
        return repository.isUsed(id);
    }

    /** Stores a new framework as version 1, a draft. */
    public long create(Framework framework) {
        Account admin = access.require(Operation.RUBRIC_EDIT);
        return transactor.inTransaction(() -> {
            if (repository.latestVersion(framework.code()).isPresent()) {
                throw new RubricException(RubricException.Reason.CODE_TAKEN, framework.code());
            }
            Framework stored = withVersion(framework, 1, FrameworkStatus.DRAFT);
            long id = repository.create(stored, Optional.empty());
            audit.record(admin, AuditAction.FRAMEWORK_CREATE, ENTITY, id, null, stored);
            return id;
        });
    }

    /**
     * Saves an edited framework: in place while no one has used it, otherwise as the next version (a
     * draft based on the edited one).
     */
    public SaveResult save(long id, Framework edited) {
        Account admin = access.require(Operation.RUBRIC_EDIT);
        return transactor.inTransaction(() -> {
            Framework stored = existing(id);
            if (!stored.code().equals(edited.code())) {
                throw new RubricException(RubricException.Reason.CODE_CHANGED, stored.code());
            }
            if (repository.isUsed(id)) {
                int next = repository.latestVersion(stored.code()).orElse(stored.version()) + 1;
                Framework version = withVersion(edited, next, FrameworkStatus.DRAFT);
                long newId = repository.create(version, Optional.of(id));
                audit.record(admin, AuditAction.FRAMEWORK_NEW_VERSION, ENTITY, newId, stored, version);
                return new SaveResult(newId, next, true);
            }
            if (stored.status() == FrameworkStatus.RETIRED) {
                throw new RubricException(RubricException.Reason.RETIRED, stored.code());
            }
            Framework replaced = withVersion(edited, stored.version(), edited.status());
            repository.replace(id, replaced);
            audit.record(admin, AuditAction.FRAMEWORK_SAVE, ENTITY, id, stored, replaced);
            return new SaveResult(id, stored.version(), false);
        });
    }

    /** Copies a framework under a new code, as version 1 of a new draft. */
    public long copy(long id, String newCode) {
        access.require(Operation.RUBRIC_EDIT);
        Framework original = existing(id);
        Framework copy = new Framework(newCode, 1, FrameworkStatus.DRAFT, original.name(), original.description(),
                original.scale(), original.competencies(), original.profiles());
        return create(copy);
    }

    public void activate(long id) {
        changeStatus(id, FrameworkStatus.ACTIVE, AuditAction.FRAMEWORK_ACTIVATE);
    }

    public void retire(long id) {
        changeStatus(id, FrameworkStatus.RETIRED, AuditAction.FRAMEWORK_RETIRE);
    }

    private void changeStatus(long id, FrameworkStatus status, AuditAction action) {
        Account admin = access.require(Operation.RUBRIC_EDIT);
        transactor.run(() -> {
            Framework stored = existing(id);
            repository.setStatus(id, status);
            audit.record(admin, action, ENTITY, id, Map.of("status", stored.status()), Map.of("status", status));
        });
    }

    /** Deletes a framework version no one has used; a used one can only be retired. */
    public void delete(long id) {
        Account admin = access.require(Operation.RUBRIC_EDIT);
        transactor.run(() -> {
            Framework stored = existing(id);
            if (!repository.deleteUnused(id)) {
                throw new RubricException(RubricException.Reason.IN_USE, Long.toString(id));
            }
            audit.record(admin, AuditAction.FRAMEWORK_DELETE, ENTITY, id, stored, null);
        });
    }

    /** What changed from the version {@code beforeId} to the version {@code afterId}. */
    public List<Difference> compare(long beforeId, long afterId) {
        access.require(Operation.RUBRIC_READ);
        return FrameworkComparison.compare(existing(beforeId), existing(afterId));
    }

    /** Called by the features that use a framework (interviews); freezes the version. */
    public void markUsed(long id, String usedBy) {
        Account account = access.require(Operation.RUBRIC_MARK_USED);
        transactor.run(() -> {
            repository.markUsed(id, usedBy);
            audit.record(account, AuditAction.FRAMEWORK_MARK_USED, ENTITY, id, null, Map.of("usedBy", usedBy));
        });
    }

    /**
     * Stores a framework read from a rubric file exactly as it is (code, version, status). A version
     * already on this computer is not stored again.
     */
    public ImportResult importFramework(Framework framework) {
        Account admin = access.require(Operation.RUBRIC_EDIT);
        return transactor.inTransaction(() -> {
            Optional<Long> existing = repository.find(framework.code(), framework.version());
            if (existing.isPresent()) {
                boolean same = repository.load(existing.get()).map(framework::equals).orElse(false);
                return new ImportResult(existing.get(), same ? ImportResult.Outcome.ALREADY_PRESENT
                        : ImportResult.Outcome.CONFLICT);
            }
            Optional<Long> previous = repository.find(framework.code(), framework.version() - 1);
            long id = repository.create(framework, previous);
            audit.record(admin, AuditAction.FRAMEWORK_IMPORT, ENTITY, id, null, framework);
            return new ImportResult(id, ImportResult.Outcome.IMPORTED);
        });
    }

    private Framework existing(long id) {
        return repository.load(id).orElseThrow(
                () -> new RubricException(RubricException.Reason.NOT_FOUND, Long.toString(id)));
    }

    private static Framework withVersion(Framework framework, int version, FrameworkStatus status) {
        return new Framework(framework.code(), version, status, framework.name(), framework.description(),
                framework.scale(), framework.competencies(), framework.profiles());
    }

    /** Where an edit was saved: the id and version written, and whether that is a new version. */
    public record SaveResult(long id, int version, boolean newVersion) {
    }

    /** What importing a framework did. */
    public record ImportResult(long id, Outcome outcome) {
        public enum Outcome { IMPORTED, ALREADY_PRESENT, CONFLICT }
    }
}

package kz.suhbat.rubric;

import java.util.List;
import java.util.Optional;

/**
 * What an administrator does with frameworks. A framework version that has been used is frozen:
 * saving an edit of it stores a new version (the used one stays as it was, so every interview keeps
 * pointing at the version it used); it cannot be deleted, only retired.
 */
public final class RubricService {

    private final FrameworkRepository repository;

    public RubricService(FrameworkRepository repository) {
        this.repository = repository;
    }

    public List<FrameworkSummary> list() {
        return repository.list();
    }

    public Optional<Framework> load(long id) {
        return repository.load(id);
    }

    public boolean isFrozen(long id) {
        return repository.isUsed(id);
    }

    /** Stores a new framework as version 1, a draft. */
    public long create(Framework framework) {
        if (repository.latestVersion(framework.code()).isPresent()) {
            throw new RubricException(RubricException.Reason.CODE_TAKEN, framework.code());
        }
        return repository.create(withVersion(framework, 1, FrameworkStatus.DRAFT), Optional.empty());
    }

    /**
     * Saves an edited framework: in place while no one has used it, otherwise as the next version (a
     * draft based on the edited one).
     */
    public SaveResult save(long id, Framework edited) {
        Framework stored = repository.load(id).orElseThrow(
                () -> new RubricException(RubricException.Reason.NOT_FOUND, Long.toString(id)));
        if (!stored.code().equals(edited.code())) {
            throw new RubricException(RubricException.Reason.CODE_CHANGED, stored.code());
        }
        if (repository.isUsed(id)) {
            int next = repository.latestVersion(stored.code()).orElse(stored.version()) + 1;
            long newId = repository.create(withVersion(edited, next, FrameworkStatus.DRAFT), Optional.of(id));
            return new SaveResult(newId, next, true);
        }
        if (stored.status() == FrameworkStatus.RETIRED) {
            throw new RubricException(RubricException.Reason.RETIRED, stored.code());
        }
        repository.replace(id, withVersion(edited, stored.version(), edited.status()));
        return new SaveResult(id, stored.version(), false);
    }

    /** Copies a framework under a new code, as version 1 of a new draft. */
    public long copy(long id, String newCode) {
        Framework original = repository.load(id).orElseThrow(
                () -> new RubricException(RubricException.Reason.NOT_FOUND, Long.toString(id)));
        Framework copy = new Framework(newCode, 1, FrameworkStatus.DRAFT, original.name(), original.description(),
                original.scale(), original.competencies(), original.profiles());
        return create(copy);
    }

    public void activate(long id) {
        repository.setStatus(id, FrameworkStatus.ACTIVE);
    }

    public void retire(long id) {
        repository.setStatus(id, FrameworkStatus.RETIRED);
    }

    /** Deletes a framework version no one has used; a used one can only be retired. */
    public void delete(long id) {
        if (!repository.deleteUnused(id)) {
            throw new RubricException(RubricException.Reason.IN_USE, Long.toString(id));
        }
    }

    /** What changed from the version {@code beforeId} to the version {@code afterId}. */
    public List<Difference> compare(long beforeId, long afterId) {
        Framework before = repository.load(beforeId).orElseThrow(
                () -> new RubricException(RubricException.Reason.NOT_FOUND, Long.toString(beforeId)));
        Framework after = repository.load(afterId).orElseThrow(
                () -> new RubricException(RubricException.Reason.NOT_FOUND, Long.toString(afterId)));
        return FrameworkComparison.compare(before, after);
    }

    /** Called by the features that use a framework (interviews); freezes the version. */
    public void markUsed(long id, String usedBy) {
        repository.markUsed(id, usedBy);
    }

    /**
     * Stores a framework read from a rubric file exactly as it is (code, version, status). A version
     * already on this computer is not stored again.
     */
    public ImportResult importFramework(Framework framework) {
        Optional<Long> existing = repository.find(framework.code(), framework.version());
        if (existing.isPresent()) {
            boolean same = repository.load(existing.get()).map(framework::equals).orElse(false);
            return new ImportResult(existing.get(), same ? ImportResult.Outcome.ALREADY_PRESENT
                    : ImportResult.Outcome.CONFLICT);
        }
        Optional<Long> previous = repository.find(framework.code(), framework.version() - 1);
        long id = repository.create(framework, previous);
        return new ImportResult(id, ImportResult.Outcome.IMPORTED);
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

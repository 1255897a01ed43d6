package kz.suhbat.rubric;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Storage of competency frameworks, one row per version. Every method is one transaction. */
public interface FrameworkRepository {

    List<FrameworkSummary> list();

    Optional<Framework> load(long id);

    /** Stores a whole framework as a new row and returns its id. */
    long create(Framework framework, Optional<Long> previousVersion);

    /** Replaces the contents of a stored framework (its version number stays). */
    void replace(long id, Framework framework);

    void setStatus(long id, FrameworkStatus status);

    boolean isUsed(long id);

    /** Records that {@code usedBy} (for example an interview) has used this version; idempotent. */
    void markUsed(long id, String usedBy);

    OptionalInt latestVersion(String code);

    Optional<Long> find(String code, int version);

    /** Deletes a framework no one has used and no later version is based on; returns whether it did. */
    boolean deleteUnused(long id);
}

package kz.suhbat.rubric;

import java.util.List;
import java.util.Optional;

/** Storage of competency frameworks. */
public interface FrameworkRepository {

    List<FrameworkSummary> list();

    Optional<Framework> load(long id);

    /** Stores a whole framework in one transaction and returns its id. */
    long create(Framework framework);
}

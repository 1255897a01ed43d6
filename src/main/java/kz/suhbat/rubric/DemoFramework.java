package kz.suhbat.rubric;

import kz.suhbat.audit.AuditAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kz.suhbat.rubric.file.RubricFileException;
import kz.suhbat.rubric.file.RubricJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in competency framework, written in Kazakh, Russian and English from the competencies the
 * civil-service reform names: stored on first start so a new office has a framework to work with.
 */
public final class DemoFramework {

    static final String RESOURCE = "/kz/suhbat/rubric/demo/framework.json";
    private static final Logger LOG = LoggerFactory.getLogger(DemoFramework.class);

    private DemoFramework() {
    }

    public static Framework read() {
        try (InputStream in = DemoFramework.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new RubricJson().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RubricFileException e) {
            throw new IllegalStateException("The built-in framework is broken: " + e.getMessage(), e);
        }
    }

    /** Stores the built-in framework when no framework exists yet; returns whether it did. */
    public static boolean seedIfEmpty(FrameworkRepository repository, kz.suhbat.audit.AuditTrail audit,
                                      kz.suhbat.common.Transactor transactor) {
        if (!repository.list().isEmpty()) {
            return false;
        }
        Framework builtIn = read();
        long id = transactor.inTransaction(() -> {
            long created = repository.create(builtIn, java.util.Optional.empty());
            audit.record(null, AuditAction.FRAMEWORK_BUILT_IN, "framework", created, null, builtIn);
            return created;
        });
        LOG.info("Stored the built-in competency framework as id {}", id);
        return true;
    }
}

package kz.suhbat.interview.db;

import java.time.Instant;
import java.time.ZoneOffset;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.interview.GuideScripts;
import kz.suhbat.interview.GuideScriptRepository;
import org.jdbi.v3.core.Jdbi;

/** The office's guide scripts in H2: a row per script, absent until the office writes its own. */
public final class JdbiGuideScriptRepository implements GuideScriptRepository {

    private final Jdbi jdbi;

    public JdbiGuideScriptRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public GuideScripts load() {
        GuideScripts scripts = GuideScripts.BUILT_IN;
        for (GuideScriptDao.ScriptRow row : jdbi.withExtension(GuideScriptDao.class, GuideScriptDao::scripts)) {
            scripts = scripts.with(GuideScripts.Kind.valueOf(row.kind()),
                    LocalizedText.of(row.textKk(), row.textRu(), row.textEn()));
        }
        return scripts;
    }

    @Override
    public void save(GuideScripts scripts, long accountId, Instant at) {
        jdbi.useTransaction(handle -> {
            GuideScriptDao dao = handle.attach(GuideScriptDao.class);
            for (GuideScripts.Kind kind : GuideScripts.Kind.values()) {
                LocalizedText text = scripts.script(kind);
                dao.save(kind.name(), text.kk(), text.ru(), text.en(), accountId, at.atOffset(ZoneOffset.UTC));
            }
        });
    }
}

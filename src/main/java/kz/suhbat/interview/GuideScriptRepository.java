package kz.suhbat.interview;

import java.time.Instant;

/** Where the office's own guide scripts are kept (one row per script). */
public interface GuideScriptRepository {

    GuideScripts load();

    void save(GuideScripts scripts, long accountId, Instant at);
}

package kz.suhbat.interview.db;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the office's guide scripts. Used only by {@link JdbiGuideScriptRepository}. */
interface GuideScriptDao {

    /** One script in its three languages, as stored. */
    record ScriptRow(String kind, String textKk, String textRu, String textEn) {
    }

    @SqlQuery("SELECT kind, text_kk, text_ru, text_en FROM guide_script")
    @RegisterConstructorMapper(ScriptRow.class)
    List<ScriptRow> scripts();

    @SqlUpdate("MERGE INTO guide_script t USING (SELECT 1) s ON t.kind = :kind WHEN MATCHED THEN UPDATE "
            + "SET text_kk = :kk, text_ru = :ru, text_en = :en, updated_by = :by, updated_at = :at WHEN "
            + "NOT MATCHED THEN INSERT (kind, text_kk, text_ru, text_en, updated_by, updated_at) VALUES "
            + "(:kind, :kk, :ru, :en, :by, :at)")
    void save(@Bind("kind") String kind, @Bind("kk") String kk, @Bind("ru") String ru, @Bind("en") String en,
              @Bind("by") long accountId, @Bind("at") OffsetDateTime at);
}

package kz.suhbat.rubric.db;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.QuestionKind;
import kz.suhbat.rubric.ScaleLevel;
import kz.suhbat.rubric.db.RubricRows.CompetencyRow;
import kz.suhbat.rubric.db.RubricRows.FrameworkRow;
import kz.suhbat.rubric.db.RubricRows.IndicatorRow;
import kz.suhbat.rubric.db.RubricRows.ProbeRow;
import kz.suhbat.rubric.db.RubricRows.ProfileRow;
import kz.suhbat.rubric.db.RubricRows.QuestionRow;
import kz.suhbat.rubric.db.RubricRows.WeightRow;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the framework aggregate. Used only by {@link JdbiFrameworkRepository}. */
interface FrameworkDao {

    @SqlQuery("SELECT f.id, f.code, f.version, f.status, f.name_kk, f.name_ru, f.name_en, "
            + "(SELECT COUNT(*) FROM competency c WHERE c.framework_id = f.id) AS competency_count, "
            + "EXISTS (SELECT 1 FROM framework_use u WHERE u.framework_id = f.id) AS used "
            + "FROM framework f ORDER BY f.code, f.version")
    @RegisterRowMapper(RubricMappers.Summary.class)
    List<FrameworkSummary> list();

    @SqlQuery("SELECT * FROM framework WHERE id = :id")
    @RegisterRowMapper(RubricMappers.Framework.class)
    Optional<FrameworkRow> framework(@Bind("id") long id);

    @SqlQuery("SELECT * FROM scale_level WHERE framework_id = :id ORDER BY level")
    @RegisterRowMapper(RubricMappers.Level.class)
    List<ScaleLevel> levels(@Bind("id") long frameworkId);

    @SqlQuery("SELECT * FROM competency WHERE framework_id = :id ORDER BY position")
    @RegisterRowMapper(RubricMappers.Competency.class)
    List<CompetencyRow> competencies(@Bind("id") long frameworkId);

    @SqlQuery("SELECT i.* FROM indicator i JOIN competency c ON c.id = i.competency_id "
            + "WHERE c.framework_id = :id ORDER BY i.competency_id, i.level, i.position")
    @RegisterRowMapper(RubricMappers.IndicatorMapper.class)
    List<IndicatorRow> indicators(@Bind("id") long frameworkId);

    @SqlQuery("SELECT q.* FROM question q JOIN competency c ON c.id = q.competency_id "
            + "WHERE c.framework_id = :id ORDER BY q.competency_id, q.position")
    @RegisterRowMapper(RubricMappers.Question.class)
    List<QuestionRow> questions(@Bind("id") long frameworkId);

    @SqlQuery("SELECT p.* FROM probe p JOIN question q ON q.id = p.question_id "
            + "JOIN competency c ON c.id = q.competency_id "
            + "WHERE c.framework_id = :id ORDER BY p.question_id, p.position")
    @RegisterRowMapper(RubricMappers.Probe.class)
    List<ProbeRow> probes(@Bind("id") long frameworkId);

    @SqlQuery("SELECT * FROM position_profile WHERE framework_id = :id ORDER BY position")
    @RegisterRowMapper(RubricMappers.Profile.class)
    List<ProfileRow> profiles(@Bind("id") long frameworkId);

    @SqlQuery("SELECT pc.profile_id, c.code AS competency_code, pc.weight FROM profile_competency pc "
            + "JOIN position_profile p ON p.id = pc.profile_id JOIN competency c ON c.id = pc.competency_id "
            + "WHERE p.framework_id = :id ORDER BY pc.profile_id, pc.position")
    @RegisterRowMapper(RubricMappers.Weight.class)
    List<WeightRow> weights(@Bind("id") long frameworkId);

    @SqlUpdate("INSERT INTO framework (code, version, status, name_kk, name_ru, name_en, "
            + "description_kk, description_ru, description_en, created_at, updated_at, previous_id) "
            + "VALUES (:code, :version, :status, :name.kk, :name.ru, :name.en, :description.kk, :description.ru, "
            + ":description.en, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, :previousId)")
    @GetGeneratedKeys
    long insertFramework(@Bind("code") String code, @Bind("version") int version,
                         @Bind("status") FrameworkStatus status, @BindMethods("name") LocalizedText name,
                         @BindMethods("description") LocalizedText description, @Bind("previousId") Long previousId);

    @SqlUpdate("UPDATE framework SET code = :code, status = :status, name_kk = :name.kk, name_ru = :name.ru, "
            + "name_en = :name.en, description_kk = :description.kk, description_ru = :description.ru, "
            + "description_en = :description.en, updated_at = CURRENT_TIMESTAMP WHERE id = :id")
    int updateFramework(@Bind("id") long id, @Bind("code") String code, @Bind("status") FrameworkStatus status,
                        @BindMethods("name") LocalizedText name, @BindMethods("description") LocalizedText description);

    @SqlUpdate("UPDATE framework SET status = :status, updated_at = CURRENT_TIMESTAMP WHERE id = :id")
    int updateStatus(@Bind("id") long id, @Bind("status") FrameworkStatus status);

    @SqlUpdate("DELETE FROM position_profile WHERE framework_id = :id")
    void deleteProfiles(@Bind("id") long id);

    @SqlUpdate("DELETE FROM competency WHERE framework_id = :id")
    void deleteCompetencies(@Bind("id") long id);

    @SqlUpdate("DELETE FROM scale_level WHERE framework_id = :id")
    void deleteLevels(@Bind("id") long id);

    @SqlUpdate("DELETE FROM framework WHERE id = :id")
    int deleteFramework(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) > 0 FROM framework_use WHERE framework_id = :id")
    boolean isUsed(@Bind("id") long id);

    @SqlUpdate("MERGE INTO framework_use t USING (SELECT 1) s ON t.framework_id = :id AND t.used_by = "
            + ":usedBy WHEN MATCHED THEN UPDATE SET used_at = CURRENT_TIMESTAMP WHEN NOT MATCHED THEN "
            + "INSERT (framework_id, used_by, used_at) VALUES (:id, :usedBy, CURRENT_TIMESTAMP)")
    void markUsed(@Bind("id") long id, @Bind("usedBy") String usedBy);

    @SqlQuery("SELECT MAX(version) FROM framework WHERE code = :code")
    Integer latestVersion(@Bind("code") String code);

    @SqlQuery("SELECT id FROM framework WHERE code = :code AND version = :version")
    Optional<Long> find(@Bind("code") String code, @Bind("version") int version);

    @SqlQuery("SELECT COUNT(*) FROM framework WHERE previous_id = :id")
    int successors(@Bind("id") long id);

    @SqlUpdate("INSERT INTO scale_level (framework_id, level, label_kk, label_ru, label_en, "
            + "descriptor_kk, descriptor_ru, descriptor_en) VALUES (:frameworkId, :level, "
            + ":label.kk, :label.ru, :label.en, :descriptor.kk, :descriptor.ru, :descriptor.en)")
    void insertLevel(@Bind("frameworkId") long frameworkId, @Bind("level") int level,
                     @BindMethods("label") LocalizedText label, @BindMethods("descriptor") LocalizedText descriptor);

    @SqlUpdate("INSERT INTO competency (framework_id, position, code, name_kk, name_ru, name_en, "
            + "definition_kk, definition_ru, definition_en, post_groups, corps) VALUES (:frameworkId, :position, "
            + ":code, :name.kk, :name.ru, :name.en, :definition.kk, :definition.ru, :definition.en, :postGroups, "
            + ":corps)")
    @GetGeneratedKeys
    long insertCompetency(@Bind("frameworkId") long frameworkId, @Bind("position") int position,
                          @Bind("code") String code, @BindMethods("name") LocalizedText name,
                          @BindMethods("definition") LocalizedText definition, @Bind("postGroups") String postGroups,
                          @Bind("corps") String corps);

    @SqlUpdate("INSERT INTO indicator (competency_id, level, polarity, position, text_kk, text_ru, text_en) "
            + "VALUES (:competencyId, :level, :polarity, :position, :text.kk, :text.ru, :text.en)")
    void insertIndicator(@Bind("competencyId") long competencyId, @Bind("level") int level,
                         @Bind("polarity") Polarity polarity, @Bind("position") int position,
                         @BindMethods("text") LocalizedText text);

    @SqlUpdate("INSERT INTO question (competency_id, position, kind, suggested_minutes, reveals_levels, "
            + "text_kk, text_ru, text_en) VALUES (:competencyId, :position, :kind, :minutes, :levels, "
            + ":text.kk, :text.ru, :text.en)")
    @GetGeneratedKeys
    long insertQuestion(@Bind("competencyId") long competencyId, @Bind("position") int position,
                        @Bind("kind") QuestionKind kind, @Bind("minutes") int minutes, @Bind("levels") String levels,
                        @BindMethods("text") LocalizedText text);

    @SqlUpdate("INSERT INTO probe (question_id, position, text_kk, text_ru, text_en) "
            + "VALUES (:questionId, :position, :text.kk, :text.ru, :text.en)")
    void insertProbe(@Bind("questionId") long questionId, @Bind("position") int position,
                     @BindMethods("text") LocalizedText text);

    @SqlUpdate("INSERT INTO position_profile (framework_id, position, code, post_group, corps, pass_threshold, "
            + "name_kk, name_ru, name_en) VALUES (:frameworkId, :position, :code, :postGroup, :corps, :threshold, "
            + ":name.kk, :name.ru, :name.en)")
    @GetGeneratedKeys
    long insertProfile(@Bind("frameworkId") long frameworkId, @Bind("position") int position,
                       @Bind("code") String code, @Bind("postGroup") PostGroup postGroup, @Bind("corps") Corps corps,
                       @Bind("threshold") BigDecimal threshold, @BindMethods("name") LocalizedText name);

    @SqlUpdate("INSERT INTO profile_competency (profile_id, competency_id, position, weight) "
            + "VALUES (:profileId, :competencyId, :position, :weight)")
    void insertWeight(@Bind("profileId") long profileId, @Bind("competencyId") long competencyId,
                      @Bind("position") int position, @Bind("weight") BigDecimal weight);
}

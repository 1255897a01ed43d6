package kz.suhbat.rubric.db;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkRepository;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.RatingScale;
import kz.suhbat.rubric.ScaleLevel;
import kz.suhbat.rubric.db.RubricRows.FrameworkRow;
import kz.suhbat.rubric.db.RubricRows.IndicatorRow;
import kz.suhbat.rubric.db.RubricRows.ProbeRow;
import kz.suhbat.rubric.db.RubricRows.QuestionRow;
import kz.suhbat.rubric.db.RubricRows.WeightRow;
import org.jdbi.v3.core.Jdbi;

/** Frameworks in H2: read with one query per table, written in one transaction. */
public final class JdbiFrameworkRepository implements FrameworkRepository {

    private final Jdbi jdbi;

    public JdbiFrameworkRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<FrameworkSummary> list() {
        return jdbi.withExtension(FrameworkDao.class, FrameworkDao::list);
    }

    @Override
    public Optional<Framework> load(long id) {
        return jdbi.inTransaction(handle -> {
            FrameworkDao dao = handle.attach(FrameworkDao.class);
            return dao.framework(id).map(row -> assemble(dao, row));
        });
    }

    private static Framework assemble(FrameworkDao dao, FrameworkRow row) {
        Map<Long, List<Indicator>> indicators = dao.indicators(row.id()).stream().collect(Collectors.groupingBy(
                IndicatorRow::competencyId, Collectors.mapping(IndicatorRow::indicator, Collectors.toList())));
        Map<Long, List<LocalizedText>> probes = dao.probes(row.id()).stream().collect(Collectors.groupingBy(
                ProbeRow::questionId, Collectors.mapping(ProbeRow::text, Collectors.toList())));
        Map<Long, List<Question>> questions = dao.questions(row.id()).stream().collect(Collectors.groupingBy(
                QuestionRow::competencyId, Collectors.mapping(q -> new Question(q.kind(), q.suggestedMinutes(),
                        q.text(), probes.getOrDefault(q.id(), List.of()), q.revealsLevels()), Collectors.toList())));
        List<Competency> competencies = dao.competencies(row.id()).stream()
                .map(c -> new Competency(c.code(), c.name(), c.definition(), c.postGroups(), c.corps(),
                        indicators.getOrDefault(c.id(), List.of()), questions.getOrDefault(c.id(), List.of())))
                .toList();
        Map<Long, List<ProfileCompetency>> weights = dao.weights(row.id()).stream().collect(Collectors.groupingBy(
                WeightRow::profileId, Collectors.mapping(w -> new ProfileCompetency(w.competencyCode(), w.weight()),
                        Collectors.toList())));
        List<PositionProfile> profiles = dao.profiles(row.id()).stream()
                .map(p -> new PositionProfile(p.code(), p.name(), p.postGroup(), p.corps(), p.passThreshold(),
                        weights.getOrDefault(p.id(), List.of())))
                .toList();
        List<ScaleLevel> levels = dao.levels(row.id());
        return new Framework(row.code(), row.version(), row.status(), row.name(), row.description(),
                new RatingScale(levels), competencies, profiles);
    }

    @Override
    public long create(Framework framework, Optional<Long> previousVersion) {
        return jdbi.inTransaction(handle -> {
            FrameworkDao dao = handle.attach(FrameworkDao.class);
            long id = dao.insertFramework(framework.code(), framework.version(), framework.status(),
                    framework.name(), framework.description(), previousVersion.orElse(null));
            insertParts(dao, id, framework);
            return id;
        });
    }

    @Override
    public void replace(long id, Framework framework) {
        jdbi.useTransaction(handle -> {
            FrameworkDao dao = handle.attach(FrameworkDao.class);
            if (dao.updateFramework(id, framework.code(), framework.status(), framework.name(),
                    framework.description()) != 1) {
                throw new IllegalArgumentException("No framework " + id);
            }
            dao.deleteProfiles(id);
            dao.deleteCompetencies(id);
            dao.deleteLevels(id);
            insertParts(dao, id, framework);
        });
    }

    @Override
    public void setStatus(long id, FrameworkStatus status) {
        jdbi.useExtension(FrameworkDao.class, dao -> dao.updateStatus(id, status));
    }

    @Override
    public boolean isUsed(long id) {
        return jdbi.withExtension(FrameworkDao.class, dao -> dao.isUsed(id));
    }

    @Override
    public void markUsed(long id, String usedBy) {
        jdbi.useExtension(FrameworkDao.class, dao -> dao.markUsed(id, usedBy));
    }

    @Override
    public OptionalInt latestVersion(String code) {
        Integer latest = jdbi.withExtension(FrameworkDao.class, dao -> dao.latestVersion(code));
        return latest == null ? OptionalInt.empty() : OptionalInt.of(latest);
    }

    @Override
    public Optional<Long> find(String code, int version) {
        return jdbi.withExtension(FrameworkDao.class, dao -> dao.find(code, version));
    }

    @Override
    public boolean deleteUnused(long id) {
        return jdbi.inTransaction(handle -> {
            FrameworkDao dao = handle.attach(FrameworkDao.class);
            if (dao.isUsed(id) || dao.successors(id) > 0) {
                return false;
            }
            dao.deleteProfiles(id);
            dao.deleteCompetencies(id);
            dao.deleteLevels(id);
            return dao.deleteFramework(id) == 1;
        });
    }

    private static void insertParts(FrameworkDao dao, long id, Framework framework) {
        for (ScaleLevel level : framework.scale().levels()) {
            dao.insertLevel(id, level.level(), level.label(), level.descriptor());
        }
        Map<String, Long> competencyIds = new HashMap<>();
        int position = 0;
        for (Competency competency : framework.competencies()) {
            long competencyId = dao.insertCompetency(id, position++, competency.code(), competency.name(),
                    competency.definition(), SetColumns.enums(competency.postGroups()),
                    SetColumns.enums(competency.corps()));
            competencyIds.put(competency.code(), competencyId);
            insertContents(dao, competencyId, competency);
        }
        int profilePosition = 0;
        for (PositionProfile profile : framework.profiles()) {
            long profileId = dao.insertProfile(id, profilePosition++, profile.code(), profile.postGroup(),
                    profile.corps(), profile.passThreshold(), profile.name());
            int weightPosition = 0;
            for (ProfileCompetency weight : profile.competencies()) {
                Long competencyId = competencyIds.get(weight.competencyCode());
                if (competencyId == null) {
                    throw new IllegalArgumentException("Profile " + profile.code()
                            + " names an unknown competency " + weight.competencyCode());
                }
                dao.insertWeight(profileId, competencyId, weightPosition++, weight.weight());
            }
        }
    }

    private static void insertContents(FrameworkDao dao, long competencyId, Competency competency) {
        int indicatorPosition = 0;
        for (Indicator indicator : competency.indicators()) {
            dao.insertIndicator(competencyId, indicator.level(), indicator.polarity(), indicatorPosition++,
                    indicator.text());
        }
        int questionPosition = 0;
        for (Question question : competency.questions()) {
            long questionId = dao.insertQuestion(competencyId, questionPosition++, question.kind(),
                    question.suggestedMinutes(), SetColumns.numbers(question.revealsLevels()), question.text());
            int probePosition = 0;
            for (LocalizedText probe : question.probes()) {
                dao.insertProbe(questionId, probePosition++, probe);
            }
        }
    }
}

package kz.suhbat.rubric.file;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.QuestionKind;
import kz.suhbat.rubric.RatingScale;
import kz.suhbat.rubric.ScaleLevel;
import java.util.Set;

/**
 * Reads the rubric file format {@value #FORMAT}, version {@value #FORMAT_VERSION}: one framework with
 * its scale, competencies (indicators, questions, probes) and position profiles, every text in kk, ru
 * and en. The format's records are kept apart from the domain so the file format can evolve on its own.
 */
public final class RubricJson {

    public static final String FORMAT = "suhbat-rubric";
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public Framework read(InputStream in) throws RubricFileException {
        FileDto file;
        try {
            file = mapper.readValue(in, FileDto.class);
        } catch (JacksonException e) {
            throw new RubricFileException(List.of("Not a valid rubric file: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")"), e);
        } catch (IOException e) {
            throw new RubricFileException(List.of("The file cannot be read: " + e.getMessage()), e);
        }
        List<String> problems = new ArrayList<>();
        if (!FORMAT.equals(file.format())) {
            problems.add("Not a Suhbat rubric file (format is '" + file.format() + "')");
        } else if (file.formatVersion() != FORMAT_VERSION) {
            problems.add("Unsupported format version " + file.formatVersion() + " (this version reads "
                    + FORMAT_VERSION + ")");
        }
        if (file.framework() == null) {
            problems.add("The file holds no framework");
        }
        if (!problems.isEmpty()) {
            throw new RubricFileException(problems, null);
        }
        try {
            return file.framework().toDomain();
        } catch (RuntimeException e) {
            throw new RubricFileException(List.of("The framework is not consistent: " + e.getMessage()), e);
        }
    }

    record FileDto(String format, int formatVersion, FrameworkDto framework) {
    }

    record FrameworkDto(String code, Integer version, LocalizedText name, LocalizedText description,
                        List<ScaleLevel> scale, List<CompetencyDto> competencies, List<ProfileDto> profiles) {

        Framework toDomain() {
            return new Framework(code, version == null ? 1 : version, FrameworkStatus.ACTIVE, name, description,
                    new RatingScale(scale),
                    competencies.stream().map(CompetencyDto::toDomain).toList(),
                    profiles == null ? List.of() : profiles.stream().map(ProfileDto::toDomain).toList());
        }
    }

    record CompetencyDto(String code, LocalizedText name, LocalizedText definition, Set<PostGroup> postGroups,
                         Set<Corps> corps, List<Indicator> indicators, List<QuestionDto> questions) {

        Competency toDomain() {
            return new Competency(code, name, definition,
                    postGroups == null ? Set.of(PostGroup.values()) : postGroups,
                    corps == null ? Set.of(Corps.values()) : corps, indicators,
                    questions.stream().map(QuestionDto::toDomain).toList());
        }
    }

    record QuestionDto(QuestionKind kind, int minutes, LocalizedText text, List<LocalizedText> probes,
                       List<Integer> revealsLevels) {

        Question toDomain() {
            return new Question(kind, minutes, text, probes == null ? List.of() : probes, revealsLevels);
        }
    }

    record ProfileDto(String code, LocalizedText name, PostGroup postGroup, Corps corps, BigDecimal passThreshold,
                      List<WeightDto> competencies) {

        PositionProfile toDomain() {
            return new PositionProfile(code, name, postGroup, corps, passThreshold,
                    competencies.stream().map(w -> new ProfileCompetency(w.code(), w.weight())).toList());
        }
    }

    record WeightDto(String code, BigDecimal weight) {
    }
}

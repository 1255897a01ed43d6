package kz.suhbat.rubric.file;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Competency;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkStatus;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.ProfileCompetency;
import kz.suhbat.rubric.Question;
import kz.suhbat.rubric.QuestionKind;
import kz.suhbat.rubric.RatingScale;
import kz.suhbat.rubric.ScaleLevel;

/** Frameworks built by hand for the file tests, unlike the built-in one in every way that matters. */
public final class TestFrameworks {

    private TestFrameworks() {
    }

    static LocalizedText text(String english) {
        return LocalizedText.of("Қазақша: " + english + " (әғқңөұүһі)", "По-русски: " + english + " «ёж»",
                english);
    }

    /**
     * A 0–4 scale, a draft, eight competencies with mixed post groups and corps, texts with quotes,
     * apostrophes, line breaks and tabs, and two profiles with fractional weights and thresholds.
     */
    public static Framework zeroToFour() {
        List<Competency> competencies = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            Set<PostGroup> groups = i % 3 == 0 ? EnumSet.of(PostGroup.EXECUTIVE)
                    : i % 3 == 1 ? EnumSet.allOf(PostGroup.class) : EnumSet.noneOf(PostGroup.class);
            Set<Corps> corps = i % 2 == 0 ? EnumSet.of(Corps.A) : EnumSet.allOf(Corps.class);
            competencies.add(new Competency("C-" + i, text("Competency " + i + " \"quoted\" it's"),
                    text("Definition " + i + "\nsecond line\twith a tab"), groups, corps,
                    List.of(new Indicator(0, Polarity.NEGATIVE, text("never " + i)),
                            new Indicator(4, Polarity.POSITIVE, text("always " + i)),
                            new Indicator(2, Polarity.POSITIVE, text("sometimes " + i))),
                    List.of(new Question(QuestionKind.SITUATIONAL, 7, text("Imagine " + i),
                                    List.of(text("probe a"), text("probe b")), List.of(0, 2, 4)),
                            new Question(QuestionKind.BEHAVIOURAL, 1, text("Tell us " + i), List.of(),
                                    List.of()))));
        }
        PositionProfile executive = new PositionProfile("EXE.B", text("Executive posts"), PostGroup.EXECUTIVE,
                Corps.B, new BigDecimal("2.25"), List.of(
                        new ProfileCompetency("C-1", new BigDecimal("12.5")),
                        new ProfileCompetency("C-2", new BigDecimal("12.50")),
                        new ProfileCompetency("C-3", new BigDecimal("25")),
                        new ProfileCompetency("C-4", new BigDecimal("25.00")),
                        new ProfileCompetency("C-5", new BigDecimal("25"))));
        List<ProfileCompetency> eight = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            eight.add(new ProfileCompetency("C-" + i, new BigDecimal("12.5")));
        }
        PositionProfile managerial = new PositionProfile("MGR_A", text("Managerial posts"), PostGroup.MANAGERIAL,
                Corps.A, new BigDecimal("3"), eight);
        return new Framework("TRAINING-04", 3, FrameworkStatus.DRAFT, text("Training framework"),
                text("A 0–4 scale"), scale(0, 4), competencies, List.of(executive, managerial));
    }

    /** A 1–7 scale, retired, five competencies, one profile and a question revealing the top levels. */
    public static Framework oneToSeven() {
        List<Competency> competencies = new ArrayList<>();
        List<ProfileCompetency> weights = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            competencies.add(Competency.forAllPosts("S" + i, text("Seven " + i), text("Seven-level " + i),
                    List.of(new Indicator(7, Polarity.POSITIVE, text("top")),
                            new Indicator(1, Polarity.NEGATIVE, text("bottom"))),
                    List.of(new Question(QuestionKind.BEHAVIOURAL, 12, text("Describe " + i),
                            List.of(text("why?")), List.of(5, 6, 7)))));
            weights.add(new ProfileCompetency("S" + i, BigDecimal.valueOf(20)));
        }
        PositionProfile profile = new PositionProfile("ALL", text("All posts"), PostGroup.MANAGERIAL, Corps.B,
                new BigDecimal("4.75"), weights);
        return new Framework("SEVEN", 12, FrameworkStatus.RETIRED, text("Seven levels"), text("A 1–7 scale"),
                scale(1, 7), competencies, List.of(profile));
    }

    static RatingScale scale(int lowest, int highest) {
        List<ScaleLevel> levels = new ArrayList<>();
        for (int level = lowest; level <= highest; level++) {
            levels.add(new ScaleLevel(level, text("Level " + level), text("What level " + level + " looks like")));
        }
        return new RatingScale(levels);
    }
}

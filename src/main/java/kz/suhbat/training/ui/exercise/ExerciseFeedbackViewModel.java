package kz.suhbat.training.ui.exercise;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.analytics.stats.FlagReason;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.training.CalibrationMeasures;
import kz.suhbat.training.CompetencyFeedback;
import kz.suhbat.training.ExerciseFeedback;

/**
 * What a trainee reads after submitting an exercise: per competency their level beside the reference, the
 * difference, the reference's reason and the indicators that justify it; over the exercise their distance
 * from the references, their bias, spread and halo, in words.
 */
public final class ExerciseFeedbackViewModel {

    /** One competency's feedback, as shown. */
    public record Row(String code, String name, String level, String reference, String difference, boolean onTarget,
                      String evidence, String reason, List<String> indicators) {
    }

    private final I18n i18n;
    private final Levels levels;
    private final SimpleStringProperty title = new SimpleStringProperty("");
    private final SimpleStringProperty distance = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> measures = FXCollections.observableArrayList();

    public ExerciseFeedbackViewModel(I18n i18n) {
        this.i18n = i18n;
        this.levels = new Levels(i18n.language().locale());
    }

    void show(ExerciseFeedback feedback) {
        title.set(i18n.format("calibration.feedback.title", feedback.exercise().exercise().code(),
                i18n.name(feedback.exercise().exercise().title())));
        rows.setAll(feedback.competencies().stream().map(this::row).toList());
        CalibrationMeasures m = feedback.measures();
        distance.set(i18n.format("calibration.feedback.distance", levels.measure(m.distance())));
        measures.setAll(bias(m), spread(m), halo(m));
    }

    private Row row(CompetencyFeedback competency) {
        return new Row(competency.competencyCode(), i18n.name(competency.competencyName()),
                String.valueOf(competency.level()), levels.level(competency.reference()),
                levels.difference(competency.difference()), competency.difference().signum() == 0,
                competency.evidence(), i18n.name(competency.reason()),
                competency.indicators().stream().map(i -> (i.polarity() == Polarity.POSITIVE ? "+ " : "− ")
                        + i.level() + " · " + i18n.name(i.text())).toList());
    }

    private String bias(CalibrationMeasures m) {
        String signed = levels.signedMeasure(m.bias());
        String words = signed.equals(levels.measure(0)) ? i18n.get("calibration.feedback.onTarget")
                : i18n.get("agreement.flagName." + (m.lenient() ? FlagReason.LENIENT : FlagReason.SEVERE).name());
        return i18n.format("calibration.feedback.bias", signed, words);
    }

    private String spread(CalibrationMeasures m) {
        if (Double.isNaN(m.traineeSd()) || Double.isNaN(m.referenceSd())) {
            return i18n.get("calibration.feedback.spreadNotYet");
        }
        String text = i18n.format("calibration.feedback.spread", levels.measure(m.traineeSd()),
                levels.measure(m.referenceSd()));
        return m.flags().contains(FlagReason.CENTRAL_TENDENCY)
                ? text + " — " + i18n.get("agreement.flagName.CENTRAL_TENDENCY") : text;
    }

    private String halo(CalibrationMeasures m) {
        if (Double.isNaN(m.halo()) || Double.isNaN(m.referenceHalo())) {
            return i18n.get("calibration.feedback.haloNotYet");
        }
        String text = i18n.format("calibration.feedback.halo", levels.measure(m.halo()), levels.measure(m.referenceHalo()));
        return m.flags().contains(FlagReason.HALO) ? text + " — " + i18n.get("agreement.flagName.HALO") : text;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** The mean absolute distance from the references, as a sentence. */
    public ReadOnlyStringProperty distanceProperty() {
        return distance;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Bias, spread and halo, each as a sentence. */
    public ObservableList<String> measures() {
        return measures;
    }
}

package kz.suhbat.training.ui.course;

import kz.suhbat.training.ui.TrainingErrors;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignFilter;
import kz.suhbat.campaign.CampaignService;
import kz.suhbat.campaign.CampaignSummary;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.training.CalibrationRule;
import kz.suhbat.training.Course;
import kz.suhbat.training.TrainingException;
import kz.suhbat.training.TrainingService;
import kz.suhbat.training.report.CourseReportTables;

/**
 * The Courses page: the trainer's training courses to choose from and the chosen course's rule for the
 * calibrated status. The trainees, exercises and results of the chosen course have view models of their
 * own, which follow {@link #selectedProperty()}.
 */
public final class CourseViewModel {

    private final CampaignService campaigns;
    private final TrainingService training;
    private final I18n i18n;
    private final ActionStatus status;
    private final ObservableList<Campaign> courses = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> selected = new SimpleObjectProperty<>();
    private final StringProperty maxDistance = new SimpleStringProperty("");
    private final StringProperty exercisesNeeded = new SimpleStringProperty("");
    private final StringProperty ruleInWords = new SimpleStringProperty("");

    public CourseViewModel(CampaignService campaigns, TrainingService training, TaskExecutor executor, I18n i18n) {
        this.campaigns = campaigns;
        this.training = training;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> TrainingErrors.text(failure, i18n));
        selected.addListener((obs, old, campaign) -> loadRule(campaign));
    }

    /** Reads the training courses again, keeping the one chosen while it is still there. */
    public void refresh() {
        status.run(() -> campaigns.list(CampaignFilter.ALL).stream().map(CampaignSummary::campaign)
                .filter(c -> c.type() == CampaignType.TRAINING).toList(), this::show);
    }

    private void show(List<Campaign> loaded) {
        Campaign shown = selected.get();
        courses.setAll(loaded);
        Optional<Campaign> again = shown == null ? Optional.empty()
                : loaded.stream().filter(c -> c.id() == shown.id()).findFirst();
        selected.set(again.orElse(loaded.isEmpty() ? null : loaded.get(0)));
        if (loaded.isEmpty()) {
            status.succeeded(i18n.get("course.none"));
        }
    }

    private void loadRule(Campaign campaign) {
        status.clear();
        if (campaign == null) {
            maxDistance.set("");
            exercisesNeeded.set("");
            ruleInWords.set("");
            return;
        }
        status.run(() -> training.course(campaign.id()), this::showRule);
    }

    private void showRule(Course course) {
        CalibrationRule rule = course.rule();
        maxDistance.set(rule.maxDistance().setScale(2).toPlainString());
        exercisesNeeded.set(Integer.toString(rule.exercisesNeeded()));
        ruleInWords.set(i18n.format("course.chart.rule", new CourseReportTables(i18n).rule(rule)));
    }

    /** Saves the rule typed in; a distance or count that is not one is refused in words, and kept to correct. */
    public void saveRule() {
        Campaign campaign = selected.get();
        if (campaign == null) {
            return;
        }
        CalibrationRule rule;
        try {
            rule = new CalibrationRule(distance(), count());
        } catch (TrainingException refused) {
            status.failed(refused);
            return;
        }
        status.run(() -> training.setRule(campaign.id(), rule), saved -> {
            showRule(saved);
            status.succeeded(i18n.format("course.rule.saved", new CourseReportTables(i18n).rule(saved.rule())));
        });
    }

    private BigDecimal distance() {
        try {
            return new BigDecimal(maxDistance.get().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new TrainingException(TrainingException.Reason.RULE_DISTANCE, CalibrationRule.MAX_DISTANCE_LIMIT);
        }
    }

    private int count() {
        try {
            return Integer.parseInt(exercisesNeeded.get().strip());
        } catch (NumberFormatException e) {
            throw new TrainingException(TrainingException.Reason.RULE_EXERCISES, CalibrationRule.EXERCISES_LIMIT);
        }
    }

    public ObservableList<Campaign> courses() {
        return courses;
    }

    public ObjectProperty<Campaign> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Campaign> chosenCourse() {
        return selected;
    }

    public StringProperty maxDistanceProperty() {
        return maxDistance;
    }

    public StringProperty exercisesNeededProperty() {
        return exercisesNeeded;
    }

    public StringProperty ruleInWordsProperty() {
        return ruleInWords;
    }

    public ActionStatus status() {
        return status;
    }
}

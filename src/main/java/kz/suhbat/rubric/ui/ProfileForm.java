package kz.suhbat.rubric.ui;

import kz.suhbat.common.ui.EnumCell;
import java.math.BigDecimal;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.TrilingualField;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.FrameworkRules;
import kz.suhbat.rubric.PostGroup;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * A position profile: code, name, post group, corps, threshold and the weighted competencies. The
 * threshold, each weight and their total are checked as the user types, with decorations on the fields.
 */
final class ProfileForm {

    private final I18n i18n;

    ProfileForm(I18n i18n) {
        this.i18n = i18n;
    }

    void build(VBox box, FrameworkDraft framework, ProfileDraft profile) {
        box.getChildren().clear();
        if (framework == null) {
            return;
        }
        if (profile == null) {
            box.getChildren().add(FormRows.hint(i18n.get("rubric.editor.chooseProfile")));
            return;
        }
        profile.alignWith(framework.competencyCodes());
        ValidationSupport validation = new ValidationSupport();
        validation.setValidationDecorator(new StyleClassValidationDecoration("field-error", "field-warning"));
        TextField code = new TextField();
        code.setId("profileCode");
        code.setMaxWidth(200);
        code.textProperty().bindBidirectional(profile.code);
        validation.registerValidator(code, Validator.createPredicateValidator(
                (String text) -> FrameworkRules.isValidCode(text), i18n.get("rubric.editor.codeRule")));
        TrilingualField name = new TrilingualField("profileName", false);
        name.valueProperty().bindBidirectional(profile.name);
        ComboBox<PostGroup> group = new ComboBox<>();
        group.setId("profilePostGroup");
        group.getItems().setAll(PostGroup.values());
        group.setCellFactory(list -> new EnumCell<>(i18n, "rubric.postGroup."));
        group.setButtonCell(new EnumCell<>(i18n, "rubric.postGroup."));
        group.valueProperty().bindBidirectional(profile.postGroup);
        ComboBox<Corps> corps = new ComboBox<>();
        corps.setId("profileCorps");
        corps.getItems().setAll(Corps.values());
        corps.setCellFactory(list -> new EnumCell<>(i18n, "rubric.corps."));
        corps.setButtonCell(new EnumCell<>(i18n, "rubric.corps."));
        corps.valueProperty().bindBidirectional(profile.corps);
        int lowest = framework.levels.isEmpty() ? 0 : framework.levels.get(0).level();
        int highest = framework.levels.isEmpty() ? 0 : framework.levels.get(framework.levels.size() - 1).level();
        TextField threshold = new TextField();
        threshold.setId("profileThreshold");
        threshold.setPrefColumnCount(6);
        threshold.textProperty().bindBidirectional(profile.threshold);
        validation.registerValidator(threshold, Validator.createPredicateValidator(
                (String text) -> ProfileDraft.number(text).filter(n -> n.compareTo(BigDecimal.valueOf(lowest)) >= 0
                        && n.compareTo(BigDecimal.valueOf(highest)) <= 0).isPresent(),
                i18n.format("rubric.editor.thresholdRule", lowest, highest)));
        Label total = new Label();
        total.setId("profileTotal");
        GridPane weights = weightsGrid(framework, profile, validation, total);
        HBox facts = new HBox(16, FormRows.labelled(i18n.get("rubric.editor.code"), code),
                FormRows.labelled(i18n.get("rubric.editor.postGroup"), group),
                FormRows.labelled(i18n.get("rubric.editor.corpsCaption"), corps),
                FormRows.labelled(i18n.format("rubric.editor.threshold", lowest, highest), threshold));
        facts.setAlignment(Pos.BOTTOM_LEFT);
        box.getChildren().addAll(facts, FormRows.labelled(i18n.get("rubric.editor.name"), name),
                FormRows.heading(i18n.get("rubric.editor.weights")),
                FormRows.hint(i18n.format("rubric.editor.weightsHint", FrameworkRules.MIN_PROFILE_COMPETENCIES,
                        FrameworkRules.MAX_PROFILE_COMPETENCIES)),
                weights, total);
        updateTotal(profile, total);
    }

    private GridPane weightsGrid(FrameworkDraft framework, ProfileDraft profile, ValidationSupport validation,
                                 Label total) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints nameColumn = new ColumnConstraints();
        nameColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(nameColumn, new ColumnConstraints());
        grid.setMaxWidth(680);
        grid.setPrefWidth(680);
        int row = 0;
        for (ProfileDraft.Weight weight : profile.weights) {
            String competencyName = framework.competencies.stream()
                    .filter(c -> c.code.get().trim().equals(weight.competencyCode)).findFirst()
                    .map(c -> i18n.text(c.name.get())).orElse("");
            CheckBox chosen = new CheckBox(weight.competencyCode + "  " + competencyName);
            chosen.setId("weightChosen-" + weight.competencyCode);
            chosen.setWrapText(true);
            chosen.selectedProperty().bindBidirectional(weight.chosen);
            TextField percent = new TextField();
            percent.setId("weight-" + weight.competencyCode);
            percent.setPrefColumnCount(5);
            percent.textProperty().bindBidirectional(weight.percent);
            percent.disableProperty().bind(weight.chosen.not());
            validation.registerValidator(percent, false, Validator.createPredicateValidator(
                    (String text) -> !weight.chosen.get() || ProfileDraft.number(text).filter(n -> n.signum() > 0)
                            .isPresent(), i18n.get("rubric.editor.weightRule")));
            weight.chosen.addListener((obs, old, value) -> {
                validation.revalidate();
                updateTotal(profile, total);
            });
            weight.percent.addListener((obs, old, value) -> updateTotal(profile, total));
            HBox percentBox = new HBox(4, percent, new Label("%"));
            percentBox.setAlignment(Pos.CENTER_LEFT);
            grid.addRow(row++, chosen, percentBox);
        }
        return grid;
    }

    private void updateTotal(ProfileDraft profile, Label total) {
        long count = profile.weights.stream().filter(w -> w.chosen.get()).count();
        BigDecimal sum = profile.weights.stream().filter(w -> w.chosen.get())
                .map(w -> ProfileDraft.number(w.percent.get()).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean sizeOk = count >= FrameworkRules.MIN_PROFILE_COMPETENCIES
                && count <= FrameworkRules.MAX_PROFILE_COMPETENCIES;
        boolean sumOk = sum.compareTo(FrameworkRules.FULL_WEIGHT) == 0;
        total.setText(i18n.format("rubric.editor.total", count, sum.stripTrailingZeros().toPlainString()));
        total.getStyleClass().removeAll("error-text", "ok-text");
        total.getStyleClass().add(sizeOk && sumOk ? "ok-text" : "error-text");
    }
}

package kz.suhbat.rubric.ui;

import kz.suhbat.common.ui.EnumCell;
import javafx.collections.ObservableSet;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.ui.Reordering;
import kz.suhbat.common.ui.TrilingualField;
import kz.suhbat.rubric.Corps;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.PostGroup;
import kz.suhbat.rubric.QuestionKind;

/** One competency: code, texts, post groups, indicators per level, and its questions with probes. */
final class CompetencyForm {

    private final I18n i18n;

    CompetencyForm(I18n i18n) {
        this.i18n = i18n;
    }

    void build(VBox box, FrameworkDraft framework, CompetencyDraft competency) {
        box.getChildren().clear();
        if (framework == null) {
            return;
        }
        if (competency == null) {
            box.getChildren().add(FormRows.hint(i18n.get("rubric.editor.chooseCompetency")));
            return;
        }
        TextField code = new TextField();
        code.setId("competencyCode");
        code.setMaxWidth(200);
        code.textProperty().bindBidirectional(competency.code);
        TrilingualField name = new TrilingualField("competencyName", false);
        name.valueProperty().bindBidirectional(competency.name);
        TrilingualField definition = new TrilingualField("competencyDefinition", true);
        definition.valueProperty().bindBidirectional(competency.definition);
        HBox appliesTo = new HBox(12);
        for (PostGroup group : PostGroup.values()) {
            appliesTo.getChildren().add(setBox(i18n.get("rubric.postGroup." + group.name()), competency.postGroups,
                    group));
        }
        for (Corps corps : Corps.values()) {
            appliesTo.getChildren().add(setBox(i18n.format("rubric.editor.corps", i18n.get("rubric.corps." + corps.name())), competency.corps,
                    corps));
        }
        VBox indicators = new VBox(10);
        showIndicators(indicators, framework, competency);
        VBox questionForm = new VBox(10);
        box.getChildren().addAll(
                FormRows.labelled(i18n.get("rubric.editor.code"), code),
                FormRows.labelled(i18n.get("rubric.editor.name"), name),
                FormRows.labelled(i18n.get("rubric.editor.definition"), definition),
                FormRows.labelled(i18n.get("rubric.editor.appliesTo"), appliesTo),
                FormRows.heading(i18n.get("rubric.tab.indicators")),
                indicators,
                FormRows.heading(i18n.get("rubric.tab.questions")),
                questionList(framework, competency, questionForm),
                questionForm);
    }

    private static <E> CheckBox setBox(String text, ObservableSet<E> set, E value) {
        CheckBox box = new CheckBox(text);
        box.setSelected(set.contains(value));
        box.selectedProperty().addListener((obs, old, selected) -> {
            if (selected) {
                set.add(value);
            } else {
                set.remove(value);
            }
        });
        return box;
    }

    private void showIndicators(VBox box, FrameworkDraft framework, CompetencyDraft competency) {
        box.getChildren().clear();
        for (LevelDraft level : framework.levels) {
            VBox card = new VBox(6);
            card.getStyleClass().add("card");
            card.getChildren().add(FormRows.heading(i18n.format("rubric.editor.levelHeading", level.level(),
                    i18n.text(level.label.get()))));
            for (IndicatorDraft indicator : competency.indicators) {
                if (indicator.level.get() == level.level()) {
                    card.getChildren().add(indicatorRow(box, framework, competency, indicator));
                }
            }
            Button add = new Button(i18n.get("rubric.editor.addIndicator"));
            add.setId("addIndicator" + level.level());
            add.setOnAction(event -> {
                IndicatorDraft indicator = new IndicatorDraft();
                indicator.level.set(level.level());
                competency.indicators.add(indicator);
                showIndicators(box, framework, competency);
            });
            card.getChildren().add(add);
            box.getChildren().add(card);
        }
    }

    private Node indicatorRow(VBox box, FrameworkDraft framework, CompetencyDraft competency,
                              IndicatorDraft indicator) {
        ComboBox<Polarity> polarity = new ComboBox<>();
        polarity.getItems().setAll(Polarity.values());
        polarity.setCellFactory(list -> new EnumCell<Polarity>(i18n, "rubric.polarity."));
        polarity.setButtonCell(new EnumCell<Polarity>(i18n, "rubric.polarity."));
        polarity.valueProperty().bindBidirectional(indicator.polarity);
        TrilingualField text = new TrilingualField("indicator", true);
        text.valueProperty().bindBidirectional(indicator.text);
        Button remove = new Button("✕");
        remove.getStyleClass().add("flat");
        remove.setOnAction(event -> {
            competency.indicators.remove(indicator);
            showIndicators(box, framework, competency);
        });
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, polarity, gap, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(4, top, text);
        row.getStyleClass().add("indicator-row");
        return row;
    }

    private Node questionList(FrameworkDraft framework, CompetencyDraft competency, VBox questionForm) {
        ListView<QuestionDraft> list = new ListView<>(competency.questions);
        list.setId("questionList");
        list.setPrefHeight(160);
        Reordering.install(list, question -> {
            String text = i18n.text(question.text.get());
            return (text.isBlank() ? i18n.get("rubric.editor.untitled") : text);
        });
        list.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, question) -> buildQuestion(questionForm, framework, list, question));
        Button add = new Button(i18n.get("rubric.editor.addQuestion"));
        add.setId("addQuestion");
        add.setOnAction(event -> {
            QuestionDraft question = new QuestionDraft();
            question.addProbe();
            competency.questions.add(question);
            list.getSelectionModel().select(question);
        });
        Button remove = new Button(i18n.get("rubric.editor.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> competency.questions.remove(list.getSelectionModel().getSelectedItem()));
        Button up = new Button("↑");
        up.setOnAction(event -> Reordering.move(list, -1));
        Button down = new Button("↓");
        down.setOnAction(event -> Reordering.move(list, +1));
        if (!competency.questions.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        return new VBox(6, list, new HBox(6, add, remove, up, down),
                FormRows.hint(i18n.get("rubric.editor.reorderHint")));
    }

    private void buildQuestion(VBox box, FrameworkDraft framework, ListView<QuestionDraft> list,
                               QuestionDraft question) {
        box.getChildren().clear();
        if (question == null) {
            return;
        }
        ComboBox<QuestionKind> kind = new ComboBox<>();
        kind.setId("questionKind");
        kind.getItems().setAll(QuestionKind.values());
        kind.setCellFactory(view -> new EnumCell<QuestionKind>(i18n, "rubric.kind."));
        kind.setButtonCell(new EnumCell<QuestionKind>(i18n, "rubric.kind."));
        kind.valueProperty().bindBidirectional(question.kind);
        Spinner<Integer> minutes = new Spinner<>(1, 60, question.minutes.get());
        minutes.setId("questionMinutes");
        minutes.setEditable(true);
        minutes.setPrefWidth(100);
        minutes.valueProperty().addListener((obs, old, value) -> question.minutes.set(value));
        TrilingualField text = new TrilingualField("questionText", true);
        text.valueProperty().bindBidirectional(question.text);
        text.valueProperty().addListener((obs, old, value) -> list.refresh());
        HBox reveals = new HBox(10);
        for (LevelDraft level : framework.levels) {
            reveals.getChildren().add(setBox(Integer.toString(level.level()), question.revealsLevels, level.level()));
        }
        VBox probes = new VBox(6);
        showProbes(probes, question);
        Button addProbe = new Button(i18n.get("rubric.editor.addProbe"));
        addProbe.setId("addProbe");
        addProbe.setOnAction(event -> {
            question.addProbe();
            showProbes(probes, question);
        });
        HBox facts = new HBox(16, FormRows.labelled(i18n.get("rubric.editor.kind"), kind),
                FormRows.labelled(i18n.get("rubric.editor.minutes"), minutes),
                FormRows.labelled(i18n.get("rubric.editor.revealsLevels"), reveals));
        VBox card = new VBox(10, facts, FormRows.labelled(i18n.get("rubric.editor.questionText"), text),
                FormRows.heading(i18n.get("rubric.probes")), probes, addProbe);
        card.getStyleClass().add("card");
        box.getChildren().add(card);
    }

    private void showProbes(VBox box, QuestionDraft question) {
        box.getChildren().clear();
        int number = 1;
        for (var probe : question.probes) {
            TrilingualField field = new TrilingualField("probe" + number++, false);
            field.valueProperty().bindBidirectional(probe);
            HBox.setHgrow(field, Priority.ALWAYS);
            Button remove = new Button("✕");
            remove.getStyleClass().add("flat");
            remove.setOnAction(event -> {
                question.probes.remove(probe);
                showProbes(box, question);
            });
            HBox row = new HBox(8, field, remove);
            row.setAlignment(Pos.BOTTOM_LEFT);
            box.getChildren().add(row);
        }
    }

    static String listText(I18n i18n, CompetencyDraft competency) {
        String name = i18n.text(competency.name.get());
        String code = competency.code.get().trim();
        return (code.isEmpty() ? "…" : code) + "  " + (name.isBlank() ? i18n.get("rubric.editor.untitled") : name);
    }
}

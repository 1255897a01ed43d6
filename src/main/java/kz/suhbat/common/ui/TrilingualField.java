package kz.suhbat.common.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * Edits one text in Kazakh, Russian and English side by side. An empty language is marked (style
 * class {@code missing-translation}) and is never filled from another language.
 */
public final class TrilingualField extends HBox {

    private static final Map<Language, String> CAPTIONS = Map.of(Language.KK, "ҚАЗ", Language.RU, "РУС",
            Language.EN, "ENG");

    private final ObjectProperty<LocalizedText> value = new SimpleObjectProperty<>(LocalizedText.of("", "", ""));
    private final Map<Language, TextInputControl> inputs = new EnumMap<>(Language.class);
    private boolean updating;

    public TrilingualField(String idPrefix, boolean multiline) {
        this(idPrefix, multiline, false);
    }

    /**
     * The three languages one under the other, each as wide as the field: for a long one-line text such as
     * an office's full name.
     */
    public static TrilingualField stacked(String idPrefix) {
        return new TrilingualField(idPrefix, false, true);
    }

    private TrilingualField(String idPrefix, boolean multiline, boolean stacked) {
        super(8);
        getStyleClass().add("trilingual-field");
        VBox rows = new VBox(4);
        if (stacked) {
            HBox.setHgrow(rows, Priority.ALWAYS);
            getChildren().add(rows);
        }
        for (Language language : Language.values()) {
            TextInputControl input = multiline ? multilineInput() : new TextField();
            input.setId(idPrefix + "-" + language.code());
            input.setPromptText(CAPTIONS.get(language));
            Label caption = new Label(CAPTIONS.get(language));
            caption.getStyleClass().add("language-caption");
            caption.setLabelFor(input);
            inputs.put(language, input);
            input.textProperty().addListener((obs, old, text) -> fromInputs());
            if (stacked) {
                input.setPromptText("");
                caption.setMinWidth(36);
                HBox row = new HBox(8, caption, input);
                row.setAlignment(Pos.CENTER_LEFT);
                HBox.setHgrow(input, Priority.ALWAYS);
                rows.getChildren().add(row);
                continue;
            }
            VBox column = new VBox(2, caption, input);
            column.setAlignment(Pos.TOP_LEFT);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMaxWidth(Double.MAX_VALUE);
            column.setPrefWidth(100);
            VBox.setVgrow(input, Priority.ALWAYS);
            getChildren().add(column);
        }
        value.addListener((obs, old, text) -> toInputs(text));
        toInputs(value.get());
    }

    private static TextArea multilineInput() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(2);
        return area;
    }

    /** Marks {@code language} as one that may stay empty (English of a campaign's title): not flagged as missing. */
    public TrilingualField optional(Language language) {
        inputs.get(language).getStyleClass().add("optional-translation");
        return this;
    }

    public ObjectProperty<LocalizedText> valueProperty() {
        return value;
    }

    public TextInputControl input(Language language) {
        return inputs.get(language);
    }

    private void fromInputs() {
        if (updating) {
            return;
        }
        updating = true;
        value.set(new LocalizedText(inputs.get(Language.KK).getText(), inputs.get(Language.RU).getText(),
                inputs.get(Language.EN).getText()));
        markMissing();
        updating = false;
    }

    private void toInputs(LocalizedText text) {
        if (updating) {
            return;
        }
        updating = true;
        LocalizedText shown = text == null ? LocalizedText.of("", "", "") : text;
        inputs.forEach((language, input) -> input.setText(shown.in(language)));
        markMissing();
        updating = false;
    }

    private void markMissing() {
        inputs.forEach((language, input) -> {
            boolean missing = input.getText() == null || input.getText().isBlank();
            if (missing && !input.getStyleClass().contains("missing-translation")) {
                input.getStyleClass().add("missing-translation");
            } else if (!missing) {
                input.getStyleClass().remove("missing-translation");
            }
        });
    }
}

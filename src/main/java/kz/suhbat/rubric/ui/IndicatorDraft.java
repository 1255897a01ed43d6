package kz.suhbat.rubric.ui;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;

/** A behavioural indicator while it is edited. */
final class IndicatorDraft {

    final IntegerProperty level = new SimpleIntegerProperty();
    final ObjectProperty<Polarity> polarity = new SimpleObjectProperty<>(Polarity.POSITIVE);
    final ObjectProperty<LocalizedText> text = new SimpleObjectProperty<>(TextDrafts.EMPTY);

    static IndicatorDraft of(Indicator indicator) {
        IndicatorDraft draft = new IndicatorDraft();
        draft.level.set(indicator.level());
        draft.polarity.set(indicator.polarity());
        draft.text.set(indicator.text());
        return draft;
    }

    Indicator toIndicator() {
        return new Indicator(level.get(), polarity.get(), text.get());
    }
}

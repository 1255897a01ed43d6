package kz.suhbat.rubric;

import java.util.ArrayList;
import java.util.List;
import kz.suhbat.common.i18n.LocalizedText;

/** Every translatable text of a framework, in reading order. */
final class TextInventory {

    private TextInventory() {
    }

    static List<LocalizedText> of(Framework framework) {
        List<LocalizedText> texts = new ArrayList<>();
        texts.add(framework.name());
        texts.add(framework.description());
        for (ScaleLevel level : framework.scale().levels()) {
            texts.add(level.label());
            texts.add(level.descriptor());
        }
        for (Competency competency : framework.competencies()) {
            texts.add(competency.name());
            texts.add(competency.definition());
            competency.indicators().forEach(indicator -> texts.add(indicator.text()));
            for (Question question : competency.questions()) {
                texts.add(question.text());
                texts.addAll(question.probes());
            }
        }
        framework.profiles().forEach(profile -> texts.add(profile.name()));
        return texts;
    }
}

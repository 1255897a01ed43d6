package kz.suhbat.common.ui;

import java.util.List;

/**
 * One level of a competency as the score sheet describes it beside the levels: its number, the scale's
 * short name for it, and the rubric's behavioural indicators at that level, positive and negative, in
 * the language of the screens.
 */
public record LevelDescriptor(int level, String label, List<String> positive, List<String> negative) {

    public LevelDescriptor {
        positive = List.copyOf(positive);
        negative = List.copyOf(negative);
    }
}

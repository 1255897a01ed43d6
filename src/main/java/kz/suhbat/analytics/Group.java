package kz.suhbat.analytics;

/**
 * One group of a report: its value of the grouping dimension, and its name where the data gives one
 * (an office's name); the screen names the other values (regions, types, groups) in its language.
 */
public record Group(String value, String name) {

    public Group {
        name = name == null ? "" : name;
    }
}

package kz.suhbat.interview.ui;

/** A key and what it does, as the shortcut bar at the foot of the guide shows it. */
public record Shortcut(String keys, String labelKey) {
}

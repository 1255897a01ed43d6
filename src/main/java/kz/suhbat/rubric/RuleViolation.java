package kz.suhbat.rubric;

import java.util.List;

/** A rule a framework breaks: {@code key} names the translated message, {@code args} fill it. */
public record RuleViolation(String key, List<Object> args) {

    public RuleViolation {
        args = List.copyOf(args);
    }

    static RuleViolation of(String key, Object... args) {
        return new RuleViolation(key, List.of(args));
    }
}

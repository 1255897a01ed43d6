package kz.suhbat.analytics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which candidates a report counts: for each dimension, at most one value it must have (the region
 * {@code ALMATY}, the year {@code 2017}); no value means every one.
 */
public record ReportFilter(Map<Dimension, String> values) {

    public static final ReportFilter ALL = new ReportFilter(Map.of());

    public ReportFilter {
        EnumMap<Dimension, String> copy = new EnumMap<>(Dimension.class);
        values.forEach((dimension, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(dimension, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** This filter with {@code dimension} set to {@code value}, or cleared when it is null. */
    public ReportFilter with(Dimension dimension, String value) {
        EnumMap<Dimension, String> copy = new EnumMap<>(Dimension.class);
        copy.putAll(values);
        if (value == null) {
            copy.remove(dimension);
        } else {
            copy.put(dimension, value);
        }
        return new ReportFilter(copy);
    }

    public Optional<String> value(Dimension dimension) {
        return Optional.ofNullable(values.get(dimension));
    }
}

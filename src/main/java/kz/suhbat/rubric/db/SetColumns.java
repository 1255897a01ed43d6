package kz.suhbat.rubric.db;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Small sets kept in one column as comma-separated names or numbers, in a stable order. */
final class SetColumns {

    private SetColumns() {
    }

    static <E extends Enum<E>> String enums(Collection<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> enums(String column, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        parts(column).forEach(part -> set.add(Enum.valueOf(type, part.toUpperCase(Locale.ROOT))));
        return set;
    }

    static String numbers(List<Integer> values) {
        return values.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> numbers(String column) {
        return parts(column).stream().map(Integer::valueOf).toList();
    }

    private static List<String> parts(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

package kz.suhbat.common.i18n;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The alphabetical order of people's names in a language, from ICU's collation tables rather than rules
 * of our own: in Kazakh ә follows а, ғ follows г, қ follows к, ң follows н, ө follows о, ұ and ү follow у,
 * һ follows х and і follows ы; Russian and English have their own orders. Case and accents decide only
 * between names otherwise equal. Thread-safe.
 */
public final class NameCollator implements Comparator<String> {

    private static final Map<Language, NameCollator> BY_LANGUAGE = new EnumMap<>(Language.class);

    private final Collator collator;

    private NameCollator(Language language) {
        this.collator = Collator.getInstance(new ULocale(language.code())).freeze();
    }

    /** The order of names for {@code language}, made once and shared. */
    public static NameCollator of(Language language) {
        synchronized (BY_LANGUAGE) {
            return BY_LANGUAGE.computeIfAbsent(language, NameCollator::new);
        }
    }

    @Override
    public int compare(String a, String b) {
        return collator.compare(a == null ? "" : a, b == null ? "" : b);
    }

    /** Orders anything by the name {@code name} gives it. */
    public <T> Comparator<T> by(Function<? super T, String> name) {
        return (a, b) -> compare(name.apply(a), name.apply(b));
    }
}

package kz.suhbat.campaign;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * A post a campaign fills, named in Kazakh and Russian (English optional), with the position profile
 * (of the campaign's framework version) its candidates are assessed against: a managerial post and an
 * executive one in the same competition are each scored on their own profile. Id 0 until stored.
 */
public record Post(long id, LocalizedText name, String profileCode) {

    /** The longest name in any language: what the central office keeps of a post's name. */
    public static final int NAME_LIMIT = 300;

    public Post {
        name = name == null ? LocalizedText.of("", "", "") : name.stripped();
        profileCode = profileCode == null ? "" : profileCode;
    }

    public Post withId(long newId) {
        return new Post(newId, name, profileCode);
    }

    /** The name in {@code language}; while that language is missing, in the other working language. */
    public String name(Language language) {
        return name.inOrElse(language);
    }

    /**
     * Whether {@code text} names this post in any of its languages: the same words, whatever the case and
     * the spaces between.
     */
    public boolean named(String text) {
        return text != null && !text.isBlank() && keys().anyMatch(key(text)::equals);
    }

    /** Its names in every language that has one, each once, as "Бас маман / Главный специалист". */
    public String names() {
        return Stream.of(name.kk(), name.ru(), name.en()).filter(n -> !n.isBlank()).distinct()
                .collect(Collectors.joining(" / "));
    }

    /** The keys of its names, one for each language that has one. */
    public Stream<String> keys() {
        return Stream.of(name.kk(), name.ru(), name.en()).filter(n -> !n.isBlank()).map(Post::key);
    }

    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

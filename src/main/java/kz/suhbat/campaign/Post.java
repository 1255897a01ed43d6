package kz.suhbat.campaign;

import java.util.Locale;

/**
 * A post a campaign fills, with the position profile (of the campaign's framework version) its
 * candidates are assessed against: a managerial post and an executive one in the same competition
 * are each scored on their own profile. Id 0 until stored.
 */
public record Post(long id, String name, String profileCode) {

    public Post {
        name = name == null ? "" : name.strip();
        profileCode = profileCode == null ? "" : profileCode;
    }

    public Post withId(long newId) {
        return new Post(newId, name, profileCode);
    }

    /** Whether {@code text} names this post: the same words, whatever the case and the spaces between. */
    public boolean named(String text) {
        return text != null && key(text).equals(key(name));
    }

    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

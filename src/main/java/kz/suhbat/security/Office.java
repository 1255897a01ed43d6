package kz.suhbat.security;

import java.util.regex.Pattern;
import kz.suhbat.common.i18n.KazakhLetters;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * The office this installation belongs to, and its security settings: how long the window may stay
 * idle before it locks, and how often backups are made and how many are kept. {@code name} is the
 * issuing body's full name as its protocols print it, kept in Kazakh and Russian (English optional);
 * {@code city} is where its protocols are drawn up.
 */
public record Office(LocalizedText name, LocalizedText city, String code, Region region, int lockAfterMinutes,
                     int backupEveryHours, int backupsKept) {

    public static final int DEFAULT_LOCK_MINUTES = 10;
    public static final int DEFAULT_BACKUP_HOURS = 4;
    public static final int DEFAULT_BACKUPS_KEPT = 14;
    public static final int NAME_LIMIT = 300;
    public static final int CITY_LIMIT = 100;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{2,32}");

    /** An office with the default settings, its name kept in the language it is written in, no city yet. */
    public static Office withDefaults(String name, String code, Region region) {
        return withDefaults(KazakhLetters.sorted(name), LocalizedText.of("", "", ""), code, region);
    }

    public static Office withDefaults(LocalizedText name, LocalizedText city, String code, Region region) {
        return new Office(name, city, code, region, DEFAULT_LOCK_MINUTES, DEFAULT_BACKUP_HOURS, DEFAULT_BACKUPS_KEPT);
    }

    /** Throws when a field is out of its range; the form checks the same before it lets one save. */
    public Office {
        name = stripped(name);
        city = stripped(city);
        if (name.lacksWorkingLanguage() || name.longerThan(NAME_LIMIT) || city.longerThan(CITY_LIMIT)
                || code == null || !CODE.matcher(code).matches() || region == null || lockAfterMinutes < 1
                || lockAfterMinutes > 240 || backupEveryHours < 0 || backupEveryHours > 168 || backupsKept < 1
                || backupsKept > 100) {
            throw new AccountException(AccountException.Reason.OFFICE_INVALID);
        }
    }

    public static boolean validCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /**
     * The name in {@code language}; while that language is still missing, the name in the other working
     * language (the office screen asks for it).
     */
    public String name(Language language) {
        return name.inOrElse(language);
    }

    public String city(Language language) {
        return city.inOrElse(language);
    }

    /** The one name other offices know this office by (packages, key files): Kazakh, else Russian. */
    public String primaryName() {
        return name.primary();
    }

    private static LocalizedText stripped(LocalizedText text) {
        return text == null ? LocalizedText.of("", "", "") : text.stripped();
    }
}

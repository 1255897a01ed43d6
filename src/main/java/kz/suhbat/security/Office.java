package kz.suhbat.security;

import java.util.regex.Pattern;

/**
 * The office this installation belongs to, and its security settings: how long the window may stay
 * idle before it locks, and how often backups are made and how many are kept.
 */
public record Office(String name, String code, Region region, int lockAfterMinutes, int backupEveryHours,
                     int backupsKept) {

    public static final int DEFAULT_LOCK_MINUTES = 10;
    public static final int DEFAULT_BACKUP_HOURS = 4;
    public static final int DEFAULT_BACKUPS_KEPT = 14;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{2,32}");

    public static Office withDefaults(String name, String code, Region region) {
        return new Office(name, code, region, DEFAULT_LOCK_MINUTES, DEFAULT_BACKUP_HOURS, DEFAULT_BACKUPS_KEPT);
    }

    /** Throws when a field is out of its range; the form checks the same before it lets one save. */
    public Office {
        if (name == null || name.isBlank() || name.length() > 300 || code == null || !CODE.matcher(code).matches()
                || region == null || lockAfterMinutes < 1 || lockAfterMinutes > 240 || backupEveryHours < 0
                || backupEveryHours > 168 || backupsKept < 1 || backupsKept > 100) {
            throw new AccountException(AccountException.Reason.OFFICE_INVALID);
        }
        name = name.strip();
    }

    public static boolean validCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}

package kz.suhbat.backup;

/** A backup or restore that could not be done; shown as {@code backup.error.<REASON>}. */
public final class BackupException extends RuntimeException implements kz.suhbat.common.Refusal {

    public enum Reason {
        /** The office's data is on a server, kept by the server's own base backups and WAL archive. */
        KEPT_BY_SERVER,
        /** The folder cannot be written: full, removed or read-only. */
        CANNOT_WRITE,
        /** The restore target already holds files. */
        TARGET_NOT_EMPTY,
        /** The file is not a Suhbat backup, or it is damaged. */
        NOT_A_BACKUP,
        /** The backup was made by another office: this office's key does not open it. */
        OTHER_OFFICE,
        /** The backup file cannot be read to its end: the drive holding it was removed, or it is failing. */
        CANNOT_READ,
        /** The drive cannot be written: full, removed or read-only; nothing was left on it. */
        DRIVE_CANNOT_WRITE,
        /** The copy on the drive read back different from the backup, and was removed. */
        DRIVE_COPY_DIFFERS
    }

    private final Reason reason;

    public BackupException(Reason reason, Throwable cause) {
        super(reason.name() + (cause == null ? "" : ": " + cause.getMessage()), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

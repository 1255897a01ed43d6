package kz.suhbat.common.db;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;

/** The database file could not be opened; {@link #reason()} says why in terms a user can act on. */
public class DatabaseOpenException extends RuntimeException {

    /** Each has a translated message {@code startup.db.<NAME>}. */
    public enum Reason {
        /** Another program holds the file open. */
        IN_USE,
        /** The file was written by a Suhbat whose schema this one does not know. */
        OTHER_VERSION,
        /** The folder or file cannot be read or written (permissions, full or removed disk). */
        UNREADABLE,
        /** The file is damaged. */
        DAMAGED,
        /** The key that unlocks the file is not this database's (the keyring belongs to another copy). */
        WRONG_KEY,
        /** The schema was built by a migration that is not the one this Suhbat ships (edited since). */
        SCHEMA_CHANGED,
        /** No host of the server answers (down, unreachable, or its certificate is not the expected one). */
        SERVER_UNREACHABLE,
        /** The server answers but refuses the role (wrong password, no such role or database, no rights). */
        SERVER_REFUSED,
        /** The server is older than PostgreSQL 15. */
        SERVER_TOO_OLD,
        /** The data folder's server setting cannot be read or is incomplete. */
        SERVER_SETTING,
        /** The server's password file is missing, unreadable, or readable by others. */
        SERVER_PASSWORD_FILE
    }

    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_IO_EXCEPTION = 90028;
    private static final int H2_IO_EXCEPTION_WITH_CAUSE = 90031;
    private static final int H2_WRONG_PASSWORD = 28000;
    private static final int H2_FILE_ENCRYPTION_ERROR = 90049;

    private final Reason reason;

    public DatabaseOpenException(Reason reason, Throwable cause) {
        super(reason + ": " + cause.getMessage(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    private static boolean mentions(Throwable failure, String word) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains(word)) {
                return true;
            }
        }
        return false;
    }

    static DatabaseOpenException classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case H2_DATABASE_IN_USE:
                        return new DatabaseOpenException(Reason.IN_USE, failure);
                    case H2_WRONG_PASSWORD:
                        return new DatabaseOpenException(Reason.WRONG_KEY, failure);
                    case H2_FILE_ENCRYPTION_ERROR:
                        // A key that is not the file's fails on the very first block, the store header;
                        // a damaged file with the right key fails further in.
                        return new DatabaseOpenException(mentions(sql, "header") ? Reason.WRONG_KEY
                                : Reason.DAMAGED, failure);
                    case H2_FILE_CORRUPTED:
                        return new DatabaseOpenException(Reason.DAMAGED, failure);
                    case H2_IO_EXCEPTION:
                    case H2_IO_EXCEPTION_WITH_CAUSE:
                        return new DatabaseOpenException(Reason.UNREADABLE, failure);
                    default:
                        break;
                }
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08")) {
                    return new DatabaseOpenException(Reason.SERVER_UNREACHABLE, failure);
                }
                if (state.startsWith("28") || state.equals("3D000") || state.equals("42501")) {
                    return new DatabaseOpenException(Reason.SERVER_REFUSED, failure);
                }
            }
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof javax.net.ssl.SSLException) {
                return new DatabaseOpenException(Reason.SERVER_UNREACHABLE, failure);
            }
            if (cause instanceof java.io.IOException || cause instanceof java.io.UncheckedIOException) {
                return new DatabaseOpenException(Reason.UNREADABLE, failure);
            }
        }
        if (failure instanceof org.flywaydb.core.api.exception.FlywayValidateException) {
            return new DatabaseOpenException(Reason.SCHEMA_CHANGED, failure);
        }
        if (failure instanceof FlywayException) {
            return new DatabaseOpenException(Reason.OTHER_VERSION, failure);
        }
        return new DatabaseOpenException(Reason.DAMAGED, failure);
    }
}

package kz.suhbat.exchange;

import kz.suhbat.common.ReasonedRefusal;

/**
 * Why a package is not written, verified or imported, or an office key not registered. Each reason has
 * a translated message {@code exchange.refusal.<REASON>} filled with the values given.
 */
public final class ExchangeRefusal extends ReasonedRefusal {

    public enum Reason {
        /** The file is not there. {0} file */
        NOT_FOUND,
        /** The file could not be read. {0} file, {1} system message */
        UNREADABLE,
        /** A folder was given where a package file was expected. {0} folder */
        NOT_A_FILE,
        /** The system does not let this account read the file. {0} file */
        NO_PERMISSION,
        /** Not a ZIP file, or one cut short. {0} file */
        DAMAGED,
        /** {0} file */
        NO_MANIFEST,
        /** {0} file */
        NO_SIGNATURE,
        /** {0} found, {1} understood */
        WRONG_FORMAT,
        /** {0} office code, {1} short fingerprint */
        UNKNOWN_KEY,
        /** {0} office code, {1} short fingerprint, {2} revoked on */
        REVOKED_KEY,
        /** {0} office code */
        BAD_SIGNATURE,
        /** {0} path inside the package */
        FILE_MISSING,
        /** {0} path */
        FILE_ADDED,
        /** {0} path */
        FILE_CHANGED,
        /** {0} path, {1} bytes read, {2} bytes listed */
        FILE_TRUNCATED,
        /** The seal over the whole file does not match: bytes outside the listed files changed. {0} file */
        SEAL_BROKEN,
        /** {0} detail */
        INVALID_DATA,
        /** {0} office code, {1} sequence, {2} imported on */
        ALREADY_IMPORTED,
        /**
         * The office already sent a package with this id, with another manifest: two packages under one
         * name, neither taken for the other. {0} office code, {1} package id, {2} imported on
         */
        PACKAGE_ID_CONFLICT,
        /**
         * The package passed every check, yet its rows could not be stored; nothing of it was kept (the
         * cause is logged without the package's data). {0} file
         */
        NOT_STORED,
        /** {0} office code, {1} sequence, {2} newest accepted */
        OLDER_SEQUENCE,
        /** Export: {0} folder, {1} system message */
        WRITE_FAILED,
        /** Export: the package read back from the folder did not verify (the reason is logged). {0} file */
        READBACK_FAILED,
        /** Export: the campaign has no candidate yet. */
        NOTHING_TO_EXPORT,
        /**
         * The results computed again from the package's scores, agreed levels and votes differ from those it
         * carries. {0} candidate, {1} what differs
         */
        RESULTS_DISAGREE,
        /** A training course's results never leave the office: not exported, and refused at import. */
        TRAINING_STAYS,
        /** An office key file that is not one, or whose fingerprint does not match its key. {0} file */
        KEY_FILE_INVALID,
        /** {0} office code, {1} short fingerprint */
        KEY_ALREADY_REGISTERED,
        /** A package of an earlier format, which was not encrypted. {0} found, {1} understood */
        OLD_FORMAT,
        /** {0} file, {1} limit in MiB */
        PACKAGE_TOO_LARGE,
        /** {0} file, {1} most files a package may hold */
        TOO_MANY_FILES,
        /** A file whose name is a path, or a link. {0} name */
        ENTRY_NAME,
        /** A file larger than the format allows, refused before it is read. {0} name, {1} limit in MiB */
        ENTRY_TOO_LARGE,
        /** Encrypted for a central key this office does not hold. {0} office code, {1} short fingerprint */
        NOT_FOR_THIS_OFFICE,
        /** A central key file that is not one, or whose fingerprint does not match its key. {0} file */
        CENTRAL_KEY_FILE_INVALID,
        /** Export: no central key is registered and the secretary did not confirm an unencrypted package. */
        NO_CENTRAL_KEY,
        /** Making the central office's key: it has one already. {0} short fingerprint */
        CENTRAL_KEY_EXISTS,
        /** The key to revoke is not registered, or already revoked. {0} short fingerprint */
        KEY_NOT_FOUND
    }

    public ExchangeRefusal(Reason reason, Object... args) {
        super(reason, args);
    }

    public Reason reason() {
        return (Reason) reasonCode();
    }

    /** The key of the translated message. */
    public String messageKey() {
        return "exchange.refusal." + reason().name();
    }
}

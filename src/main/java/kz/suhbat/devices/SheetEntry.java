package kz.suhbat.devices;

import java.util.List;

/**
 * One entry a member's device sends: a competency's level, its evidence, or the member's note on one of
 * its questions. The device names the field as {@code level:<code>}, {@code evidence:<code>} or
 * {@code note:<code>:<question>}, and sends only the field's latest value, so sending it twice changes
 * nothing.
 */
public record SheetEntry(Kind kind, String competencyCode, int questionIndex, String value) {

    /** The longest evidence or note a device may send, in characters. */
    public static final int TEXT_LIMIT = 4000;

    public enum Kind { LEVEL, EVIDENCE, NOTE }

    public SheetEntry {
        value = value == null ? "" : value;
        if (value.length() > TEXT_LIMIT) {
            throw new RoomException(RoomException.Reason.TEXT_TOO_LONG, TEXT_LIMIT);
        }
    }

    /** The entry a device names {@code field}; refused when the name is malformed. */
    public static SheetEntry parse(String field, String value) {
        List<String> parts = field == null ? List.of() : List.of(field.split(":", -1));
        try {
            if (parts.size() == 2 && parts.get(0).equals("level")) {
                return new SheetEntry(Kind.LEVEL, parts.get(1), -1, value);
            }
            if (parts.size() == 2 && parts.get(0).equals("evidence")) {
                return new SheetEntry(Kind.EVIDENCE, parts.get(1), -1, value);
            }
            if (parts.size() == 3 && parts.get(0).equals("note")) {
                return new SheetEntry(Kind.NOTE, parts.get(1), Integer.parseInt(parts.get(2)), value);
            }
        } catch (NumberFormatException e) {
            throw new RoomException(RoomException.Reason.UNKNOWN_FIELD);
        }
        throw new RoomException(RoomException.Reason.UNKNOWN_FIELD);
    }

    /** The level an entry of kind {@link Kind#LEVEL} gives; refused when it is not a number. */
    public int level() {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new RoomException(RoomException.Reason.UNKNOWN_FIELD);
        }
    }
}

package kz.suhbat.devices;

import kz.suhbat.common.ReasonedRefusal;

/**
 * A request from a member's device refused for a reason the member can act on; shown translated as
 * {@code room.error.<REASON>}.
 */
public final class RoomException extends ReasonedRefusal {

    public enum Reason {
        /** The login and password do not match an account, or the account is not active. */
        WRONG_PASSWORD,
        /** Too many wrong passwords: the seconds to wait. */
        WAIT,
        /** The account still has the temporary password it was given: it is changed in the window first. */
        CHANGE_PASSWORD_FIRST,
        /** The account does not sit on this sitting's panel as a voting member. */
        NOT_ON_PANEL,
        /** The device's session has ended: signed out, or the sitting's devices were stopped. */
        SIGNED_OUT,
        /** The entry is for another interview than the member's current one. */
        NOT_CURRENT,
        /** An entry names no competency or question of the sheet. */
        UNKNOWN_FIELD,
        /** A text longer than the sheet keeps. */
        TEXT_TOO_LONG,
        /** The network chosen for the devices is not on the laptop (any more): the address to use. */
        NETWORK_UNAVAILABLE
    }

    public RoomException(Reason reason, Object... args) {
        super(reason, args);
    }

    public Reason reason() {
        return (Reason) reasonCode();
    }
}

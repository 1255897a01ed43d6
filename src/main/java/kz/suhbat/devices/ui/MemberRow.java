package kz.suhbat.devices.ui;

/**
 * One voting member as the secretary's devices window shows them: whether their device is connected,
 * and where their sheet of the current candidate stands.
 */
record MemberRow(String name, DeviceState device, SheetState sheet, String lastSeen) {

    enum DeviceState { CONNECTED, SEEN, NOT_SIGNED_IN, NO_ACCOUNT }

    enum SheetState { IN, SCORING, NOT_SCORING, NO_CANDIDATE }
}

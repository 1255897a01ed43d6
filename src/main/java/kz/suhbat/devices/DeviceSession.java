package kz.suhbat.devices;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.interview.SheetKey;

/**
 * A member signed in from one device: the session's secret token (kept in the device's cookie), the
 * token its forms and requests must echo against cross-site requests, the language the member chose,
 * and when the device was last heard from. Requests of one session are handled one at a time.
 */
public final class DeviceSession {

    private final String token;
    private final String csrf;
    private final MemberSeat seat;
    private final Map<Long, SheetKey> sheets = new ConcurrentHashMap<>();
    private volatile Language language;
    private volatile Instant lastSeen;

    DeviceSession(String token, String csrf, MemberSeat seat, Language language, Instant now) {
        this.token = token;
        this.csrf = csrf;
        this.seat = seat;
        this.language = language;
        this.lastSeen = now;
    }

    public String token() {
        return token;
    }

    /** The token a form or request of this session carries, which another site cannot read. */
    public String csrf() {
        return csrf;
    }

    public long accountId() {
        return seat.member().id();
    }

    public String memberName() {
        return seat.member().displayName();
    }

    public Language language() {
        return language;
    }

    public void language(Language chosen) {
        this.language = chosen;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant now) {
        this.lastSeen = now;
    }

    MemberSeat seat() {
        return seat;
    }

    /** The member's open sheet of an interview, opened once per session. */
    SheetKey sheet(long interviewId) {
        return sheets.computeIfAbsent(interviewId, seat.scoring()::openOwn);
    }

    void closeSheets() {
        sheets.values().forEach(key -> seat.scoring().close(key));
        sheets.clear();
    }
}

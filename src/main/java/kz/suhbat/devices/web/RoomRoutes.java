package kz.suhbat.devices.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import kz.suhbat.common.Refusal;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.devices.DeviceSession;
import kz.suhbat.devices.RoomDesk;
import kz.suhbat.devices.RoomException;
import kz.suhbat.devices.SheetEntry;
import kz.suhbat.interview.ui.InterviewErrors;
import kz.suhbat.scoring.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests a member's device makes. Pages are rendered for the member's session; every request that
 * changes anything must carry the session's (or the sign-in form's) token and come from this server's
 * own pages, and the answer to an entry is given only once it is stored durably.
 */
final class RoomRoutes {

    static final String SESSION_COOKIE = "__Host-suhbat";
    static final String FORM_COOKIE = "__Host-suhbat-form";
    static final String LANGUAGE_COOKIE = "__Host-suhbat-lang";
    static final String CSRF_HEADER = "X-Suhbat-Token";

    private static final Logger LOG = LoggerFactory.getLogger(RoomRoutes.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RoomDesk desk;
    private final SecureRandom random;

    RoomRoutes(RoomDesk desk, SecureRandom random) {
        this.desk = desk;
        this.random = random;
    }

    void register(RoutesConfig routes) {
        routes.before(this::headers);
        routes.exception(Exception.class, this::failure);
        routes.get("/", this::home);
        routes.get("/signin", this::signInPage);
        routes.post("/signin", this::signIn);
        routes.post("/signout", this::signOut);
        routes.get("/lang/{code}", this::chooseLanguage);
        routes.post("/vote", this::vote);
        routes.get("/api/state", this::state);
        routes.post("/api/entry", this::entry);
        routes.post("/api/submit", this::submit);
        routes.get("/static/device.js", ctx -> asset(ctx, "device.js", "text/javascript; charset=utf-8"));
        routes.get("/static/device.css", ctx -> asset(ctx, "device.css", "text/css; charset=utf-8"));
    }

    /**
     * A request that failed: a refusal is told in the member's language, an unexpected failure is logged
     * here in full and told to the device in a sentence; never a trace.
     */
    private void failure(Exception failure, Context ctx) {
        I18n i18n = new I18n(session(ctx).map(DeviceSession::language).orElse(language(ctx)));
        String message;
        if (failure instanceof HttpResponseException refused) {
            LOG.info("A request from a member's device was refused: {} {}: {}", ctx.method(), ctx.path(),
                    refused.getMessage());
            message = refused.getStatus() == 413 ? i18n.format("room.error.TEXT_TOO_LONG", SheetEntry.TEXT_LIMIT)
                    : i18n.get("room.error.UNKNOWN_FIELD");
            ctx.status(refused.getStatus());
        } else if (failure instanceof Refusal) {
            LOG.info("A request from a member's device was refused: {} {}: {}", ctx.method(), ctx.path(),
                    failure.getMessage());
            message = message(failure, i18n);
            ctx.status(422);
        } else {
            LOG.error("A request from a member's device failed: {} {}", ctx.method(), ctx.path(), failure);
            message = i18n.format("error.unexpected", String.valueOf(failure.getMessage()));
            ctx.status(500);
        }
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json").result(error(message, "UNEXPECTED"));
        } else {
            ctx.html("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><p>"
                    + Html.escape(message) + "</p><p><a href=\"/\">Suhbat</a></p></body></html>");
        }
    }

    private void headers(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                + "img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Strict-Transport-Security", "max-age=86400");
    }

    private void home(Context ctx) {
        Optional<DeviceSession> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect("/signin");
            return;
        }
        render(ctx, session.get(), null);
    }

    private void render(Context ctx, DeviceSession session, String error) {
        render(ctx, session, error, null);
    }

    private void render(Context ctx, DeviceSession session, String error, RoomPages.VoteDraft draft) {
        I18n i18n = new I18n(session.language());
        try {
            ctx.html(RoomPages.screen(i18n, session, desk.screen(session), error, draft));
        } catch (RoomException refused) {
            if (refused.reason() != RoomException.Reason.SIGNED_OUT) {
                throw refused;
            }
            ctx.redirect("/signin");
        }
    }

    private void signInPage(Context ctx) {
        if (session(ctx).isPresent()) {
            ctx.redirect("/");
            return;
        }
        showSignIn(ctx, language(ctx), "", null);
    }

    private void showSignIn(Context ctx, Language language, String login, String error) {
        String token = secret();
        ctx.cookie(cookie(FORM_COOKIE, token, -1));
        ctx.html(RoomPages.signIn(new I18n(language), token, login, error));
    }

    private void signIn(Context ctx) {
        Language language = Language.fromCode(String.valueOf(ctx.formParam("lang"))).orElse(language(ctx));
        String login = Optional.ofNullable(ctx.formParam("login")).orElse("");
        if (!sameSite(ctx) || !same(ctx.cookie(FORM_COOKIE), ctx.formParam("form"))) {
            ctx.status(403);
            showSignIn(ctx, language, login, new I18n(language).get("room.error.FORM_EXPIRED"));
            return;
        }
        char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        try {
            DeviceSession session = desk.signIn(login, password, language);
            ctx.cookie(cookie(SESSION_COOKIE, session.token(), -1));
            ctx.cookie(cookie(FORM_COOKIE, "", 0));
            ctx.redirect("/");
        } catch (RoomException refused) {
            ctx.status(refused.reason() == RoomException.Reason.WAIT ? 429 : 401);
            showSignIn(ctx, language, login, message(refused, new I18n(language)));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private void signOut(Context ctx) {
        session(ctx).ifPresent(session -> {
            if (sameSite(ctx) && same(session.csrf(), ctx.formParam("csrf"))) {
                desk.signOut(session);
            }
        });
        ctx.cookie(cookie(SESSION_COOKIE, "", 0));
        ctx.redirect("/signin");
    }

    private void chooseLanguage(Context ctx) {
        Language language = Language.fromCode(ctx.pathParam("code")).orElse(Language.KK);
        ctx.cookie(cookie(LANGUAGE_COOKIE, language.code(), 365 * 24 * 3600));
        session(ctx).ifPresent(session -> session.language(language));
        ctx.redirect("/signin".equals(ctx.queryParam("back")) ? "/signin" : "/");
    }

    private void vote(Context ctx) {
        Optional<DeviceSession> found = session(ctx);
        if (found.isEmpty()) {
            ctx.redirect("/signin");
            return;
        }
        DeviceSession session = found.get();
        if (!sameSite(ctx) || !same(session.csrf(), ctx.formParam("csrf"))) {
            ctx.status(403);
            render(ctx, session, new I18n(session.language()).get("room.error.FORM_EXPIRED"));
            return;
        }
        char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        try {
            long interview = Long.parseLong(String.valueOf(ctx.formParam("interview")));
            Outcome outcome = Outcome.valueOf(String.valueOf(ctx.formParam("outcome")));
            String opinion = Optional.ofNullable(ctx.formParam("opinion")).orElse("").strip();
            if (opinion.length() > SheetEntry.TEXT_LIMIT) {
                throw new RoomException(RoomException.Reason.TEXT_TOO_LONG, SheetEntry.TEXT_LIMIT);
            }
            desk.vote(session, interview, outcome, opinion, password);
            ctx.redirect("/");
        } catch (IllegalArgumentException malformed) {
            ctx.status(400);
            render(ctx, session, new I18n(session.language()).get("room.error.UNKNOWN_FIELD"));
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal)) {
                throw e;
            }
            ctx.status(422);
            render(ctx, session, message(e, new I18n(session.language())), new RoomPages.VoteDraft(
                    ctx.formParam("outcome"), Optional.ofNullable(ctx.formParam("opinion")).orElse("")));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private void state(Context ctx) {
        Optional<DeviceSession> session = session(ctx);
        ObjectNode answer = JSON.createObjectNode();
        if (session.isEmpty()) {
            ctx.status(401).contentType("application/json").result(answer.put("signedOut", true).toString());
            return;
        }
        try {
            answer.put("tag", desk.screen(session.get()).tag());
        } catch (RoomException signedOut) {
            ctx.status(401).contentType("application/json").result(answer.put("signedOut", true).toString());
            return;
        }
        ctx.contentType("application/json").result(answer.toString());
    }

    private void entry(Context ctx) {
        api(ctx, (session, body) -> {
            long interview = body.path("interview").asLong(-1);
            SheetEntry entry = SheetEntry.parse(body.path("field").asText(null), body.path("value").asText(""));
            desk.enter(session, interview, entry);
        });
    }

    private void submit(Context ctx) {
        api(ctx, (session, body) -> desk.submit(session, body.path("interview").asLong(-1)));
    }

    private interface ApiCall {
        void run(DeviceSession session, JsonNode body);
    }

    /** A JSON request of a signed-in device: answered {@code {"saved":true}} once done, or with a message. */
    private void api(Context ctx, ApiCall call) {
        ctx.contentType("application/json");
        Optional<DeviceSession> found = session(ctx);
        if (found.isEmpty()) {
            ctx.status(401).result(JSON.createObjectNode().put("signedOut", true).toString());
            return;
        }
        DeviceSession session = found.get();
        I18n i18n = new I18n(session.language());
        if (!sameSite(ctx) || !same(session.csrf(), ctx.header(CSRF_HEADER))) {
            ctx.status(403).result(error(i18n.get("room.error.FORM_EXPIRED"), "FORM_EXPIRED"));
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (HttpResponseException tooLarge) {
            ctx.status(tooLarge.getStatus()).result(error(i18n.format("room.error.TEXT_TOO_LONG",
                    SheetEntry.TEXT_LIMIT), RoomException.Reason.TEXT_TOO_LONG.name()));
            return;
        } catch (IOException | RuntimeException malformed) {
            ctx.status(400).result(error(i18n.get("room.error.UNKNOWN_FIELD"), "UNKNOWN_FIELD"));
            return;
        }
        try {
            call.run(session, body == null ? JSON.createObjectNode() : body);
            ctx.result(JSON.createObjectNode().put("saved", true).toString());
        } catch (RoomException refused) {
            boolean signedOut = refused.reason() == RoomException.Reason.SIGNED_OUT;
            ctx.status(signedOut ? 401 : 422).result(error(message(refused, i18n), refused.reason().name()));
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal)) {
                throw e;
            }
            ctx.status(422).result(error(message(e, i18n), e.getMessage()));
        }
    }

    private static String error(String message, String code) {
        return JSON.createObjectNode().put("error", message).put("code", code).toString();
    }

    static String message(Throwable refused, I18n i18n) {
        if (refused instanceof RoomException room) {
            return i18n.format("room.error." + room.reason().name(), room.args());
        }
        return InterviewErrors.text(refused, i18n);
    }

    private Optional<DeviceSession> session(Context ctx) {
        return desk.session(ctx.cookie(SESSION_COOKIE));
    }

    private static Language language(Context ctx) {
        return Language.fromCode(String.valueOf(ctx.cookie(LANGUAGE_COOKIE))).orElse(Language.KK);
    }

    /**
     * Whether the request comes from this server's own page: a browser names the page's origin on every
     * POST it sends, and a page of another site cannot make it name this one.
     */
    private static boolean sameSite(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        return origin == null || host != null && origin.equals("https://" + host);
    }

    private static boolean same(String expected, String given) {
        return expected != null && given != null && MessageDigest.isEqual(expected.getBytes(
                java.nio.charset.StandardCharsets.UTF_8), given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String secret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, true, true, null, SameSite.STRICT);
    }

    private static void asset(Context ctx, String name, String type) {
        try (InputStream in = RoomRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                ctx.status(404);
                return;
            }
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            LOG.warn("Cannot read the device page's {}", name, e);
            throw new UncheckedIOException(e);
        }
    }
}

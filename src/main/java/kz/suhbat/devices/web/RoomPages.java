package kz.suhbat.devices.web;

import static kz.suhbat.devices.web.Html.escape;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.devices.DeviceSession;
import kz.suhbat.devices.MemberScreen;
import kz.suhbat.devices.SheetEntry;
import kz.suhbat.interview.GuideCompetency;
import kz.suhbat.interview.GuideQuestion;
import kz.suhbat.interview.InterviewGuide;
import kz.suhbat.interview.Note;
import kz.suhbat.interview.ScoreSheet;
import kz.suhbat.rubric.Indicator;
import kz.suhbat.rubric.Polarity;
import kz.suhbat.rubric.ScaleLevel;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Score;

/**
 * The pages a member's device shows, rendered on the secretary's laptop in the member's language:
 * plain HTML that works without its script, with one script and one style sheet served by the same
 * server. The script saves each entry as it is made and keeps unsent entries on the device.
 */
final class RoomPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RoomPages() {
    }

    static String signIn(I18n i18n, String formToken, String login, String error) {
        StringBuilder body = new StringBuilder();
        body.append("<header class=\"bar\"><span class=\"brand\">Suhbat</span>").append(languages(i18n, "/signin"))
                .append("</header><main class=\"narrow\">");
        body.append("<h1>").append(escape(i18n.get("room.signIn.title"))).append("</h1>");
        body.append("<p class=\"hint\">").append(escape(i18n.get("room.signIn.hint"))).append("</p>");
        if (error != null) {
            body.append("<p class=\"error\" role=\"alert\" id=\"error\">").append(escape(error)).append("</p>");
        }
        body.append("<form method=\"post\" action=\"/signin\" class=\"stack\">")
                .append(hidden("form", formToken)).append(hidden("lang", i18n.language().code()))
                .append("<label for=\"login\">").append(escape(i18n.get("room.signIn.login"))).append("</label>")
                .append("<input id=\"login\" name=\"login\" autocomplete=\"username\" autocapitalize=\"none\" "
                        + "spellcheck=\"false\" required maxlength=\"64\" value=\"").append(escape(login)).append("\">")
                .append("<label for=\"password\">").append(escape(i18n.get("room.signIn.password")))
                .append("</label><input id=\"password\" name=\"password\" type=\"password\" "
                        + "autocomplete=\"current-password\" required maxlength=\"256\">")
                .append("<button type=\"submit\" id=\"signIn\" class=\"primary\">")
                .append(escape(i18n.get("room.signIn.button"))).append("</button></form>")
                .append("<p class=\"hint\" id=\"certificate\" data-template=\"")
                .append(escape(i18n.get("room.signIn.fingerprint"))).append("\">")
                .append(escape(i18n.get("room.signIn.certificate"))).append("</p></main>");
        return page(i18n, i18n.get("room.signIn.title"), body.toString(), null, "");
    }

    /** What the member chose and wrote in a vote that was refused, shown again so nothing is lost. */
    record VoteDraft(String outcome, String opinion) {
    }

    static String screen(I18n i18n, DeviceSession session, MemberScreen screen, String error) {
        return screen(i18n, session, screen, error, null);
    }

    static String screen(I18n i18n, DeviceSession session, MemberScreen screen, String error, VoteDraft draft) {
        String content;
        String title;
        if (screen instanceof MemberScreen.Scoring scoring) {
            title = candidate(scoring.guide());
            content = scoring(i18n, scoring);
        } else if (screen instanceof MemberScreen.Submitted submitted) {
            title = candidate(submitted.guide());
            content = "<h1>" + escape(title) + "</h1><p class=\"done\" id=\"submitted\">"
                    + escape(i18n.get("room.submitted")) + "</p><p class=\"hint\" id=\"progress\">"
                    + escape(i18n.format("room.submitted.progress", submitted.submitted(), submitted.raters()))
                    + "</p><p class=\"hint\">" + escape(i18n.get("room.updatesItself")) + "</p>";
        } else if (screen instanceof MemberScreen.Voting voting) {
            title = candidate(voting.guide());
            content = voting(i18n, session, voting, error, draft);
        } else {
            title = i18n.get("room.waiting.title");
            content = "<h1>" + escape(title) + "</h1><p class=\"hint\" id=\"waiting\">"
                    + escape(i18n.get("room.waiting")) + "</p><p class=\"hint\">"
                    + escape(i18n.get("room.updatesItself")) + "</p>";
        }
        String bar = "<header class=\"bar\"><span class=\"who\" id=\"who\">" + escape(session.memberName())
                + "</span>" + languages(i18n, "/") + "<form method=\"post\" action=\"/signout\" class=\"inline\">"
                + hidden("csrf", session.csrf()) + "<button type=\"submit\" id=\"signOut\">"
                + escape(i18n.get("room.signOut")) + "</button></form></header>";
        String banner = "<p id=\"connection\" class=\"connection\" role=\"status\" aria-live=\"polite\" hidden></p>";
        if (training(screen)) {
            banner = "<p class=\"training\" id=\"training\">" + escape(i18n.get("training.banner")) + "</p>" + banner;
        }
        String errorLine = error == null || screen instanceof MemberScreen.Voting ? ""
                : "<p class=\"error\" role=\"alert\" id=\"error\">" + escape(error) + "</p>";
        return page(i18n, title, bar + banner + "<main>" + errorLine + content + "</main>", session, screen.tag());
    }

    /** Whether the screen belongs to a mock interview of a training course, which every page says. */
    private static boolean training(MemberScreen screen) {
        InterviewGuide guide = screen instanceof MemberScreen.Scoring scoring ? scoring.guide()
                : screen instanceof MemberScreen.Submitted submitted ? submitted.guide()
                : screen instanceof MemberScreen.Voting voting ? voting.guide() : null;
        return guide != null && guide.campaign().type() == CampaignType.TRAINING;
    }

    private static String candidate(InterviewGuide guide) {
        return guide.candidate().fullName();
    }

    private static String scoring(I18n i18n, MemberScreen.Scoring scoring) {
        InterviewGuide guide = scoring.guide();
        ScoreSheet sheet = scoring.sheet();
        StringBuilder out = new StringBuilder();
        out.append("<h1>").append(escape(candidate(guide))).append("</h1>");
        out.append("<p class=\"hint\">").append(escape(i18n.get("room.sheet.hint"))).append("</p>");
        out.append("<div id=\"sheet\" data-interview=\"").append(guide.interview().id()).append("\">");
        int number = 1;
        for (GuideCompetency competency : guide.competencies()) {
            out.append(competency(i18n, guide, competency, sheet, number++));
        }
        out.append("</div><div class=\"submit\"><p class=\"hint\" id=\"missing\">")
                .append(escape(i18n.get("room.sheet.missing"))).append("</p>")
                .append("<button type=\"button\" id=\"submit\" class=\"primary\" data-confirm=\"")
                .append(escape(i18n.get("room.submit.confirm"))).append("\">")
                .append(escape(i18n.get("room.submit"))).append("</button></div>");
        return out.toString();
    }

    private static String competency(I18n i18n, InterviewGuide guide, GuideCompetency item, ScoreSheet sheet,
                                     int number) {
        String code = item.code();
        Optional<Score> score = sheet.score(code);
        Integer level = score.map(Score::level).orElse(null);
        StringBuilder out = new StringBuilder();
        out.append("<section class=\"competency\" id=\"c-").append(escape(code)).append("\">");
        out.append("<h2>").append(number).append(". ").append(escape(i18n.text(item.competency().name())))
                .append("</h2>");
        String definition = i18n.text(item.competency().definition());
        if (!definition.isBlank()) {
            out.append("<p class=\"definition\">").append(escape(definition)).append("</p>");
        }
        out.append("<div class=\"levels\" role=\"group\" aria-label=\"")
                .append(escape(i18n.get("room.sheet.level"))).append("\">");
        for (ScaleLevel scale : guide.scale().levels()) {
            boolean chosen = level != null && level == scale.level();
            out.append("<button type=\"button\" class=\"level\" data-field=\"level:").append(escape(code))
                    .append("\" data-value=\"").append(scale.level()).append("\" aria-pressed=\"").append(chosen)
                    .append("\"><span class=\"number\">").append(scale.level()).append("</span><span class=\"label\">")
                    .append(escape(i18n.text(scale.label()))).append("</span></button>");
        }
        out.append("</div>").append(status("level:" + code));
        out.append("<details class=\"descriptors\"><summary>").append(escape(i18n.get("room.sheet.descriptors")))
                .append("</summary>");
        for (ScaleLevel scale : guide.scale().levels()) {
            out.append("<div class=\"descriptor\"><h3>").append(scale.level()).append(" — ")
                    .append(escape(i18n.text(scale.label()))).append("</h3>");
            String described = i18n.text(scale.descriptor());
            if (!described.isBlank()) {
                out.append("<p>").append(escape(described)).append("</p>");
            }
            out.append(indicators(i18n, item.competency().indicatorsAt(scale.level(), Polarity.POSITIVE), "positive"));
            out.append(indicators(i18n, item.competency().indicatorsAt(scale.level(), Polarity.NEGATIVE), "negative"));
            out.append("</div>");
        }
        out.append("</details>");
        String evidenceId = "evidence-" + code;
        out.append("<label for=\"").append(escape(evidenceId)).append("\">")
                .append(escape(i18n.get("room.sheet.evidence"))).append("</label>")
                .append("<textarea id=\"").append(escape(evidenceId)).append("\" rows=\"3\" maxlength=\"")
                .append(SheetEntry.TEXT_LIMIT).append("\" data-field=\"evidence:").append(escape(code)).append("\">")
                .append(escape(score.map(Score::evidence).orElse(""))).append("</textarea>")
                .append(status("evidence:" + code));
        if (!item.questions().isEmpty()) {
            out.append("<details class=\"questions\"><summary>").append(escape(i18n.format("room.sheet.questions",
                    item.questions().size()))).append("</summary>");
            for (GuideQuestion question : item.questions()) {
                String field = "note:" + code + ":" + question.index();
                String noteId = "note-" + code + "-" + question.index();
                out.append("<div class=\"question\"><p>").append(escape(i18n.text(question.question().text())))
                        .append("</p><label for=\"").append(escape(noteId)).append("\">")
                        .append(escape(i18n.get("room.sheet.note"))).append("</label><textarea id=\"")
                        .append(escape(noteId)).append("\" rows=\"2\" maxlength=\"").append(SheetEntry.TEXT_LIMIT)
                        .append("\" data-field=\"").append(escape(field)).append("\">")
                        .append(escape(note(sheet, code, question.index()))).append("</textarea>")
                        .append(status(field)).append("</div>");
            }
            out.append("</details>");
        }
        return out.append("</section>").toString();
    }

    private static String note(ScoreSheet sheet, String code, int index) {
        return sheet.notes().stream().filter(n -> n.competencyCode().equals(code) && n.questionIndex() == index)
                .map(Note::text).findFirst().orElse("");
    }

    private static String indicators(I18n i18n, List<Indicator> indicators, String kind) {
        if (indicators.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<ul class=\"" + kind + "\" aria-label=\""
                + escape(i18n.get("room.sheet.indicators." + kind)) + "\">");
        indicators.forEach(i -> out.append("<li>").append(escape(i18n.text(i.text()))).append("</li>"));
        return out.append("</ul>").toString();
    }

    private static String status(String field) {
        return "<p class=\"field-status\" data-status=\"" + escape(field) + "\" aria-live=\"polite\"></p>";
    }

    private static String voting(I18n i18n, DeviceSession session, MemberScreen.Voting voting, String error,
                                 VoteDraft draft) {
        StringBuilder out = new StringBuilder();
        out.append("<h1>").append(escape(candidate(voting.guide()))).append("</h1>");
        out.append("<p class=\"hint\">").append(escape(i18n.get("room.vote.hint"))).append("</p>");
        voting.own().ifPresent(vote -> out.append("<p class=\"done\" id=\"ownVote\">")
                .append(escape(i18n.format("room.vote.cast", i18n.get("outcome." + vote.outcome().name()))))
                .append("</p>"));
        if (error != null) {
            out.append("<p class=\"error\" role=\"alert\" id=\"error\">").append(escape(error)).append("</p>");
        }
        out.append("<form method=\"post\" action=\"/vote\" class=\"stack\" id=\"voteForm\">")
                .append(hidden("csrf", session.csrf()))
                .append(hidden("interview", String.valueOf(voting.guide().interview().id())))
                .append("<fieldset><legend>").append(escape(i18n.get("room.vote.outcome"))).append("</legend>");
        for (Outcome outcome : voting.outcomes()) {
            boolean chosen = draft != null ? outcome.name().equals(draft.outcome())
                    : voting.own().map(v -> v.outcome() == outcome).orElse(false);
            out.append("<label class=\"choice\"><input type=\"radio\" name=\"outcome\" required value=\"")
                    .append(outcome.name()).append("\"").append(chosen ? " checked" : "").append("> ")
                    .append(escape(i18n.get("outcome." + outcome.name()))).append("</label>");
        }
        out.append("</fieldset><label for=\"opinion\">").append(escape(i18n.get("room.vote.opinion")))
                .append("</label><textarea id=\"opinion\" name=\"opinion\" rows=\"3\" maxlength=\"")
                .append(SheetEntry.TEXT_LIMIT).append("\">")
                .append(escape(draft != null ? draft.opinion()
                        : voting.own().map(v -> v.opinion() == null ? "" : v.opinion()).orElse("")))
                .append("</textarea><label for=\"votePassword\">").append(escape(i18n.get("room.vote.password")))
                .append("</label><input id=\"votePassword\" name=\"password\" type=\"password\" required "
                        + "autocomplete=\"current-password\" maxlength=\"256\">")
                .append("<button type=\"submit\" class=\"primary\" id=\"castVote\">")
                .append(escape(i18n.get("room.vote.button"))).append("</button></form>");
        return out.toString();
    }

    private static String languages(I18n i18n, String back) {
        StringBuilder out = new StringBuilder("<nav class=\"langs\" aria-label=\"")
                .append(escape(i18n.get("room.language"))).append("\">");
        for (Language language : Language.values()) {
            boolean current = language == i18n.language();
            out.append("<a href=\"/lang/").append(language.code()).append("?back=").append(escape(back))
                    .append("\" lang=\"").append(language.code()).append("\"")
                    .append(current ? " aria-current=\"true\"" : "").append(">")
                    .append(escape(language.nativeName())).append("</a>");
        }
        return out.append("</nav>").toString();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    /**
     * A texts block the script reads: the messages it shows, in the page's language, as JSON (with
     * {@code <} written as an escape, so no text can end the block early).
     */
    private static String texts(I18n i18n) {
        ObjectNode texts = JSON.createObjectNode();
        for (String key : new String[] {"saving", "saved", "kept", "offline", "signedOut", "unsent"}) {
            texts.put(key, i18n.get("room.js." + key));
        }
        return "<script type=\"application/json\" id=\"texts\">" + texts.toString().replace("<", "\\u003c")
                + "</script>";
    }

    private static String page(I18n i18n, String title, String body, DeviceSession session, String tag) {
        String data = session == null ? "" : " data-csrf=\"" + escape(session.csrf()) + "\" data-tag=\""
                + escape(tag) + "\" data-account=\"" + session.accountId() + "\"";
        return "<!DOCTYPE html><html lang=\"" + i18n.language().code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " — Suhbat</title>"
                + "<link rel=\"stylesheet\" href=\"/static/device.css\">"
                + "<script src=\"/static/device.js\" defer></script></head><body" + data + ">" + body + texts(i18n)
                + "</body></html>";
    }
}

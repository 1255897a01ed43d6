package kz.suhbat.interview.ui;

import kz.suhbat.interview.Rater;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.NameCollator;
import kz.suhbat.common.ui.ActionStatus;
import kz.suhbat.common.ui.TaskExecutor;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.interview.DeliberationService;
import kz.suhbat.interview.InterviewException;
import kz.suhbat.scoring.Outcome;

/**
 * The reveal, the deliberation and the decision of one interview. Until every rater has submitted it
 * holds no scores, only how many sheets are in; after, every action returns the deliberation as stored.
 */
public final class DeliberationViewModel {

    private final DeliberationService deliberations;
    private final I18n i18n;
    private final ObjectProperty<Deliberation> deliberation = new SimpleObjectProperty<>();
    private final StringProperty waiting = new SimpleStringProperty("");
    private final ActionStatus status;
    private long interviewId;

    public DeliberationViewModel(DeliberationService deliberations, TaskExecutor executor, I18n i18n) {
        this.deliberations = deliberations;
        this.i18n = i18n;
        this.status = new ActionStatus(executor, failure -> InterviewErrors.text(failure, i18n));
    }

    void show(long id) {
        this.interviewId = id;
        deliberation.set(null);
    }

    /** The raters as every table and vote of the deliberation lists them: the chair, then by name. */
    private Deliberation inPanelOrder(Deliberation shown) {
        return shown == null ? null : shown.withRatersIn(Rater.panelOrder(NameCollator.of(i18n.language())));
    }

    private record Reveal(Deliberation deliberation, Object[] sheetsIn) {
    }

    /** Asks for the reveal; while sheets are missing it says how many are in. */
    public void refresh() {
        long id = interviewId;
        status.run(() -> {
            try {
                return new Reveal(deliberations.deliberation(id), null);
            } catch (InterviewException e) {
                if (e.reason() != InterviewException.Reason.NOT_REVEALED) {
                    throw e;
                }
                return new Reveal(null, e.args());
            }
        }, reveal -> {
            deliberation.set(inPanelOrder(reveal.deliberation()));
            waiting.set(reveal.deliberation() == null ? i18n.format("deliberation.waiting", reveal.sheetsIn()) : "");
        });
    }

    public void discussed(String competencyCode) {
        long id = interviewId;
        apply(() -> deliberations.discussed(id, competencyCode), "deliberation.discussedDone");
    }

    /** Records the agreed level, confirmed by the password of whoever presides (the chair or the deputy). */
    public void agree(String competencyCode, Integer level, String reason, String chairPassword) {
        long id = interviewId;
        char[] secret = chairPassword.toCharArray();
        apply(() -> deliberations.agree(id, competencyCode, level, reason, secret), "deliberation.agreedDone");
    }

    /** Opens a competency that is not divergent for discussion, with the presiding chair's password. */
    public void openForDiscussion(String competencyCode, String chairPassword) {
        long id = interviewId;
        char[] secret = chairPassword.toCharArray();
        apply(() -> deliberations.openForDiscussion(id, competencyCode, secret), "deliberation.openedDone");
    }

    /** Records a vote and opinion confirmed by the member's own password. */
    public void vote(long memberId, Outcome outcome, String opinion, String password) {
        long id = interviewId;
        char[] secret = password.toCharArray();
        apply(() -> deliberations.vote(id, memberId, outcome, opinion, secret), "decision.voteDone");
    }

    /** Records a vote and opinion transcribed from the member's signed paper vote sheet. */
    public void transcribeVote(long memberId, Outcome outcome, String opinion) {
        long id = interviewId;
        apply(() -> deliberations.transcribeVote(id, memberId, outcome, opinion), "decision.voteTranscribed");
    }

    /** Finalises; {@code reasonAgainstThreshold} is needed only when the decision goes against the threshold. */
    public void finalise(String reasonAgainstThreshold) {
        long id = interviewId;
        apply(() -> deliberations.finalise(id, reasonAgainstThreshold), "decision.finalised");
    }

    public void reopen(String chairPassword, String reason) {
        long id = interviewId;
        char[] secret = chairPassword.toCharArray();
        apply(() -> deliberations.reopen(id, secret, reason), "decision.reopened");
    }

    private void apply(Callable<Deliberation> action, String doneKey) {
        status.run(action, done -> {
            deliberation.set(inPanelOrder(done));
            status.succeeded(i18n.get(doneKey));
        });
    }

    public ObjectProperty<Deliberation> deliberationProperty() {
        return deliberation;
    }

    public StringProperty waitingProperty() {
        return waiting;
    }

    public ActionStatus status() {
        return status;
    }
}

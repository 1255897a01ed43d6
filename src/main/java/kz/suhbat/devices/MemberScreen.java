package kz.suhbat.devices;

import java.util.List;
import java.util.Optional;
import kz.suhbat.interview.InterviewGuide;
import kz.suhbat.interview.ScoreSheet;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.scoring.Vote;

/**
 * What a member's device shows at a moment of the sitting: nothing to do yet, their own sheet of the
 * current candidate, the wait for the others' sheets, or the vote once every sheet is in. Nothing here
 * holds another member's levels.
 */
public sealed interface MemberScreen {

    /** A short tag that changes whenever the device should show another screen. */
    String tag();

    /** No interview the member scores is under way. */
    record Waiting() implements MemberScreen {
        @Override
        public String tag() {
            return "waiting";
        }
    }

    /** The member's own sheet of the current candidate, open for entries. */
    record Scoring(InterviewGuide guide, ScoreSheet sheet) implements MemberScreen {
        @Override
        public String tag() {
            return "scoring:" + guide.interview().id();
        }
    }

    /** The member's sheet is in; {@code submitted} of {@code raters} sheets are. */
    record Submitted(InterviewGuide guide, long submitted, int raters) implements MemberScreen {
        @Override
        public String tag() {
            return "submitted:" + guide.interview().id() + ":" + submitted;
        }
    }

    /** Every sheet is in: the member may cast (or change) their vote; {@code own} is theirs so far. */
    record Voting(InterviewGuide guide, List<Outcome> outcomes, Optional<Vote> own) implements MemberScreen {
        public Voting {
            outcomes = List.copyOf(outcomes);
        }

        @Override
        public String tag() {
            return "voting:" + guide.interview().id() + ":" + own.map(v -> v.outcome().name()).orElse("-");
        }
    }
}

package kz.suhbat.panel;

import java.util.List;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * A sitting of a panel the signed-in member sits on: the sitting, its campaign's title, whether that
 * campaign is a training course (a mock interview), the member's place on that panel, and its candidates
 * in time order.
 */
public record MySitting(Sitting sitting, LocalizedText campaignTitle, boolean training, PanelMember member,
                        List<MyCandidate> candidates) {

    public MySitting {
        candidates = List.copyOf(candidates);
    }

    public long toFill() {
        return candidates.stream().filter(c -> c.state() == SheetState.TO_FILL).count();
    }

    public long declarationsDue() {
        return candidates.stream().filter(MyCandidate::declarationDue).count();
    }
}

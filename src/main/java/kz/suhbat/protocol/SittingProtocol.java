package kz.suhbat.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.interview.Deliberation;
import kz.suhbat.panel.Agenda;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.Sitting;
import kz.suhbat.security.Letterhead;
import kz.suhbat.security.Office;

/**
 * Everything the protocol of a sitting states: its number (none before the sitting is opened), the
 * issuing office with its letterhead, the legal basis the office cites for this type of campaign (empty
 * languages print the built-in text), the campaign and its posts, the date, room and times, the
 * commission with roles and affiliations, who was present and whether that made a quorum, and for each
 * candidate of the day their recusals and, once every sheet is in, the scores, agreed changes, results,
 * votes and decision; and, when every voting member was calibrated as a rater within the twelve months up
 * to the sitting, each one's latest date by member id ({@code calibrated}, empty otherwise).
 */
public record SittingProtocol(Optional<ProtocolNumber> number, Office office, Optional<Letterhead> letterhead,
                              LocalizedText legalBasis, Campaign campaign, Sitting sitting, List<PanelMember> members,
                              Agenda agenda, List<Entry> entries, Map<String, LocalizedText> competencyNames,
                              Map<Long, LocalDate> calibrated) {

    public SittingProtocol {
        calibrated = Map.copyOf(calibrated);
        members = List.copyOf(members);
        entries = List.copyOf(entries);
        competencyNames = Map.copyOf(competencyNames);
    }

    /**
     * One candidate of the day; {@code deliberation} is empty until every rater has submitted, and always
     * for a candidate who did not appear ({@code item.absent()}).
     */
    public record Entry(Agenda.Item item, Optional<Deliberation> deliberation) {
    }
}

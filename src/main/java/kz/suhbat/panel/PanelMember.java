package kz.suhbat.panel;

import java.time.LocalDate;
import java.util.Comparator;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;

/**
 * A member of a campaign's panel: chair, voting member, the non-voting secretary or an observer; outside
 * people (public council, academia, NGO) with their organisation (in Kazakh and Russian, English
 * optional). {@code accountId} links the member to the account they score with, when they have one;
 * {@code registeredOn} is when an observer registered. A member marked {@code deputy} (one at most) is
 * the deputy chair: they take the chair's part when the chair is absent or recused.
 */
public record PanelMember(long id, long campaignId, String fullName, PanelRole role, Affiliation affiliation,
                          LocalizedText organisation, Long accountId, LocalDate registeredOn, boolean deputy) {

    /** The longest name, in characters: what the office's table keeps. */
    public static final int NAME_LIMIT = 200;
    /** The longest organisation in any language: what the central office keeps of it. */
    public static final int ORGANISATION_LIMIT = 300;

    /** A member who is not the deputy chair. */
    public PanelMember(long id, long campaignId, String fullName, PanelRole role, Affiliation affiliation,
                       LocalizedText organisation, Long accountId, LocalDate registeredOn) {
        this(id, campaignId, fullName, role, affiliation, organisation, accountId, registeredOn, false);
    }

    public PanelMember {
        fullName = fullName == null ? "" : fullName.strip();
        organisation = organisation == null ? LocalizedText.of("", "", "") : organisation.stripped();
    }

    /** The organisation in {@code language}; while that language is missing, in the other working language. */
    public String organisation(Language language) {
        return organisation.inOrElse(language);
    }

    /** The chair, the members, the secretary, the observers; by name within each, in the order {@code names} gives. */
    public static Comparator<PanelMember> panelOrder(Comparator<String> names) {
        return Comparator.comparing(PanelMember::role).thenComparing(PanelMember::fullName, names);
    }

    public PanelMember withId(long newId) {
        return new PanelMember(newId, campaignId, fullName, role, affiliation, organisation, accountId, registeredOn,
                deputy);
    }
}

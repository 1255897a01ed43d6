package kz.suhbat.campaign;

import java.util.Comparator;
import kz.suhbat.common.i18n.Language;

/**
 * A person interviewed in a campaign, for one of its posts (and so assessed on that post's profile).
 * The IIN is shown in full only to the secretary; everyone else gets it masked from the service.
 */
public record Candidate(long id, long campaignId, String lastName, String firstName, String middleName, String iin,
                        Post post) {

    /** The longest last, first or middle name, in characters, the office and the central office keep. */
    public static final int NAME_LIMIT = 200;

    public Candidate {
        lastName = strip(lastName);
        firstName = strip(firstName);
        middleName = strip(middleName);
        iin = strip(iin);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** Last name, first name and, when there is one, patronymic, as lists and protocols show them. */
    public String fullName() {
        return (lastName + " " + firstName + (middleName.isEmpty() ? "" : " " + middleName)).strip();
    }

    /** The name of the candidate's post in {@code language} (see {@link Post#name(Language)}); empty when none is chosen. */
    public String postName(Language language) {
        return post == null ? "" : post.name(language);
    }

    /** Alphabetical by last name, then first name, then patronymic, in the order {@code names} gives. */
    public static Comparator<Candidate> alphabetical(Comparator<String> names) {
        return Comparator.comparing(Candidate::lastName, names).thenComparing(Candidate::firstName, names)
                .thenComparing(Candidate::middleName, names);
    }

    public Candidate withId(long newId) {
        return new Candidate(newId, campaignId, lastName, firstName, middleName, iin, post);
    }

    public Candidate withIin(String shown) {
        return new Candidate(id, campaignId, lastName, firstName, middleName, shown, post);
    }
}

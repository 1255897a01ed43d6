package kz.suhbat.exchange;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.List;

/**
 * The machine-readable content of a package ({@value PackageFormat#DATA}): one campaign of one office,
 * with its profile, its commission and every candidate's scores, results, votes and decision. The
 * evidence and notes behind the scores stay at the office, in its protocols. {@code scale}, the levels of
 * the framework's rating scale, was added after the first release and is missing from older packages.
 */
public record PackageData(CampaignPart campaign, List<CompetencyPart> competencies, List<MemberPart> members,
                          List<CandidatePart> candidates, List<ProfilePart> profiles, ScalePart scale) {

    @JsonCreator
    public PackageData {
        competencies = List.copyOf(competencies);
        members = List.copyOf(members);
        candidates = List.copyOf(candidates);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    /** Data without the scale, as packages made before it was carried hold it. */
    public PackageData(CampaignPart campaign, List<CompetencyPart> competencies, List<MemberPart> members,
                       List<CandidatePart> candidates, List<ProfilePart> profiles) {
        this(campaign, competencies, members, candidates, profiles, null);
    }

    /** Data without the profiles' weights, as packages made before they were carried hold it. */
    public PackageData(CampaignPart campaign, List<CompetencyPart> competencies, List<MemberPart> members,
                       List<CandidatePart> candidates) {
        this(campaign, competencies, members, candidates, List.of());
    }

    /** The data as {@value PackageFormat#DATA} holds it. */
    public byte[] toJson() {
        try {
            return PackageFormat.JSON.writeValueAsBytes(this);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The campaign's data could not be written", e);
        }
    }

    public int scoreCount() {
        return candidates.stream().mapToInt(c -> c.scores().size()).sum();
    }

    /**
     * {@code title} and {@code posts} (the campaign's posts' names) are in Kazakh, else in Russian, as are
     * the members' organisations and the candidates' posts; {@code profileCode} and {@code threshold} are the
     * profile of its first post (each candidate's own is on the candidate). {@code body}, the kind of state
     * body whose posts it fills ({@code CENTRAL} or {@code LOCAL}), was added after the first release and is
     * missing from older packages.
     */
    public record CampaignPart(long id, String title, String type, List<String> posts, String opens, String closes,
                               String region, String profileCode, BigDecimal threshold, String body) {
        public CampaignPart {
            posts = List.copyOf(posts);
        }
    }

    /**
     * A competency of any of the campaign's profiles; {@code weight} is its weight in the first post's
     * profile that has it.
     */
    public record CompetencyPart(String code, String nameKk, String nameRu, String nameEn, BigDecimal weight) {
    }

    /**
     * {@code deputy} (added after the first release; missing reads as false): the member is the panel's
     * deputy chair, who presides when the chair does not take part.
     */
    public record MemberPart(long id, String fullName, String role, String affiliation, String organisation,
                             Boolean deputy) {
        @JsonCreator
        public MemberPart {
            deputy = Boolean.TRUE.equals(deputy);
        }

        public MemberPart(long id, String fullName, String role, String affiliation, String organisation) {
            this(id, fullName, role, affiliation, organisation, false);
        }
    }

    /**
     * {@code sittingDate}, {@code total}, {@code reached} and {@code decision} may be null. The candidate
     * is assessed on {@code profileCode} with its pass {@code threshold} (their post's profile); a package
     * written before posts had profiles of their own has neither, and its campaign's profile applies.
     * {@code absent}
     * (added after the first release, so a package without it is read as false): the candidate did not
     * appear; their {@code status} stays {@code NOT_INTERVIEWED}, which earlier releases understand.
     */
    public record CandidatePart(long id, String lastName, String firstName, String middleName, String iin,
                                String post, String sittingDate, String status, BigDecimal total, Boolean reached,
                                String decision, List<ScorePart> scores, List<ResultPart> results,
                                List<VotePart> votes, String profileCode, BigDecimal threshold, Boolean absent,
                                List<Long> recused) {
        @JsonCreator
        public CandidatePart {
            scores = scores == null ? List.of() : List.copyOf(scores);
            results = results == null ? List.of() : List.copyOf(results);
            votes = votes == null ? List.of() : List.copyOf(votes);
            absent = Boolean.TRUE.equals(absent);
            recused = recused == null ? List.of() : List.copyOf(recused);
        }

        /** A candidate from whom no member was recused (or whose package comes from before recusals were carried). */
        public CandidatePart(long id, String lastName, String firstName, String middleName, String iin,
                             String post, String sittingDate, String status, BigDecimal total, Boolean reached,
                             String decision, List<ScorePart> scores, List<ResultPart> results,
                             List<VotePart> votes, String profileCode, BigDecimal threshold, Boolean absent) {
            this(id, lastName, firstName, middleName, iin, post, sittingDate, status, total, reached, decision,
                    scores, results, votes, profileCode, threshold, absent, List.of());
        }

        /** A candidate who appeared (or whose package comes from before absence was carried). */
        public CandidatePart(long id, String lastName, String firstName, String middleName, String iin,
                             String post, String sittingDate, String status, BigDecimal total, Boolean reached,
                             String decision, List<ScorePart> scores, List<ResultPart> results,
                             List<VotePart> votes, String profileCode, BigDecimal threshold) {
            this(id, lastName, firstName, middleName, iin, post, sittingDate, status, total, reached, decision,
                    scores, results, votes, profileCode, threshold, false);
        }
    }

    /**
     * A profile of the campaign's posts: its pass threshold and every competency's weight, from which the
     * central office computes each candidate's results again (added after the first release: a package
     * without it carries only the first profile's weights, on {@link CompetencyPart}). {@code postGroup}
     * ({@code MANAGERIAL} or {@code EXECUTIVE}) and {@code corps} ({@code A} or {@code B}) came later still
     * and are missing from older packages.
     */
    public record ProfilePart(String code, BigDecimal threshold, List<WeightPart> weights, String postGroup,
                              String corps) {
        public ProfilePart {
            weights = weights == null ? List.of() : List.copyOf(weights);
        }
    }

    public record WeightPart(String competency, BigDecimal weight) {
    }

    /** The lowest and the highest level of the framework's rating scale; every level given lies within. */
    public record ScalePart(int lowest, int highest) {
    }

    /**
     * {@code confirmed} (added after the first release; missing reads as false): a {@code transcribed}
     * level whose member confirmed the secretary's transcription of their paper sheet with their password.
     */
    public record ScorePart(long member, String competency, int level, boolean transcribed, Boolean confirmed) {
        @JsonCreator
        public ScorePart {
            confirmed = transcribed && Boolean.TRUE.equals(confirmed);
        }

        public ScorePart(long member, String competency, int level, boolean transcribed) {
            this(member, competency, level, transcribed, false);
        }
    }

    /** {@code agreedLevel} is null when the panel agreed no change. */
    public record ResultPart(String competency, BigDecimal mean, Integer agreedLevel, String reason,
                             BigDecimal result) {
    }

    /**
     * {@code transcribed} (added after the first release; missing reads as false): the secretary typed the
     * vote in from the member's signed paper vote sheet, rather than the member confirming it.
     */
    public record VotePart(long member, String outcome, String opinion, Boolean transcribed) {
        @JsonCreator
        public VotePart {
            transcribed = Boolean.TRUE.equals(transcribed);
        }

        public VotePart(long member, String outcome, String opinion) {
            this(member, outcome, opinion, false);
        }
    }
}

package kz.suhbat.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditTrail;
import kz.suhbat.campaign.file.CandidateRow;
import kz.suhbat.common.Transactor;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.FrameworkRepository;
import kz.suhbat.security.Access;
import kz.suhbat.security.AccessDeniedException;
import kz.suhbat.security.Account;
import kz.suhbat.security.CampaignScope;
import kz.suhbat.security.Operation;
import kz.suhbat.security.Role;

/**
 * Campaigns and their candidates: the secretary sets them up; the office's staff see them all, a panel
 * member or observer only those whose panel they sit on; only the secretary sees a candidate's IIN in
 * full (the service masks it for every other role). Every change goes to the audit trail.
 */
public final class CampaignService {

    private static final String CAMPAIGN = "campaign";
    private static final String CANDIDATE = "candidate";

    private final Access access;
    private final CampaignScope scope;
    private final CampaignRepository campaigns;
    private final FrameworkRepository frameworks;
    private final AuditTrail audit;
    private final Transactor transactor;

    public CampaignService(Access access, CampaignScope scope, CampaignRepository campaigns,
                           FrameworkRepository frameworks, AuditTrail audit, Transactor transactor) {
        this.access = access;
        this.scope = scope;
        this.campaigns = campaigns;
        this.frameworks = frameworks;
        this.audit = audit;
        this.transactor = transactor;
    }

    /** The campaigns the signed-in account reads that {@code filter} accepts. */
    public List<CampaignSummary> list(CampaignFilter filter) {
        java.util.function.LongPredicate readable = scope.readable(access.require(Operation.CAMPAIGN_READ));
        return campaigns.list().stream().filter(s -> readable.test(s.campaign().id()))
                .filter(s -> filter.accepts(s.campaign())).toList();
    }

    /** The campaign; refused to a member or observer who does not sit on its panel. */
    public Optional<Campaign> campaign(long id) {
        scope.require(Operation.CAMPAIGN_READ, id);
        return campaigns.find(id);
    }

    /** Stores a new campaign (as a draft unless its status says otherwise); returns it with its id. */
    public Campaign create(Campaign campaign) {
        Account secretary = access.require(Operation.CAMPAIGN_EDIT);
        check(campaign);
        if (CampaignScope.trainingOnly(secretary.role()) && campaign.type() != CampaignType.TRAINING) {
            throw new AccessDeniedException(Operation.CAMPAIGN_EDIT, secretary);
        }
        return transactor.inTransaction(() -> {
            Campaign stored = existing(campaigns.insert(campaign));
            audit.record(secretary, AuditAction.CAMPAIGN_CREATE, CAMPAIGN, stored.id(), null, stored);
            return stored;
        });
    }

    /**
     * Stores the campaign's changes; a post that candidates are for cannot be removed, and a post whose
     * candidates have been interviewed keeps its profile (their scores were given against it).
     */
    public Campaign update(Campaign campaign) {
        Account secretary = access.require(Operation.CAMPAIGN_EDIT);
        check(campaign);
        return transactor.inTransaction(() -> {
            Campaign before = existing(campaign.id());
            scope.check(secretary, before.id());
            if ((before.type() == CampaignType.TRAINING) != (campaign.type() == CampaignType.TRAINING)) {
                throw new CampaignException(CampaignException.Reason.TRAINING_TYPE_FIXED);
            }
            Map<Long, Integer> inUse = campaigns.candidatesByPost(campaign.id());
            for (Post post : before.posts()) {
                if (campaign.post(post.id()).isEmpty() && inUse.getOrDefault(post.id(), 0) > 0) {
                    throw new CampaignException(CampaignException.Reason.POST_IN_USE, post.name(),
                            inUse.get(post.id()));
                }
            }
            keepInterviewedProfiles(before, campaign);
            campaigns.update(campaign);
            Campaign stored = existing(campaign.id());
            audit.record(secretary, AuditAction.CAMPAIGN_UPDATE, CAMPAIGN, campaign.id(), before, stored);
            return stored;
        });
    }

    private void keepInterviewedProfiles(Campaign before, Campaign after) {
        Map<Long, Integer> interviewed = campaigns.interviewsByPost(before.id());
        for (Post post : before.posts()) {
            int count = interviewed.getOrDefault(post.id(), 0);
            boolean changed = after.frameworkId() != before.frameworkId() || after.post(post.id())
                    .map(p -> !p.profileCode().equals(post.profileCode())).orElse(false);
            if (count > 0 && changed) {
                throw new CampaignException(CampaignException.Reason.POST_PROFILE_IN_USE, post.name(), count);
            }
        }
    }

    /** The candidates of a campaign, in alphabetical order; IINs masked for everyone but the secretary. */
    public List<Candidate> candidates(long campaignId) {
        Account account = scope.require(Operation.CANDIDATE_READ, campaignId);
        List<Candidate> all = campaigns.candidates(campaignId);
        return account.role() == Role.SECRETARY || account.role() == Role.TRAINER ? all : all.stream().map(c -> c.withIin(Iin.mask(c.iin()))).toList();
    }

    public Candidate addCandidate(Candidate candidate) {
        Account secretary = access.require(Operation.CANDIDATE_EDIT);
        checkCandidate(candidate);
        return transactor.inTransaction(() -> {
            checkPost(openCampaign(secretary, candidate.campaignId()), candidate);
            if (campaigns.iins(candidate.campaignId()).contains(candidate.iin())) {
                throw new CampaignException(CampaignException.Reason.IIN_TAKEN, candidate.iin());
            }
            Candidate stored = candidate.withId(campaigns.insertCandidate(candidate));
            audit.record(secretary, AuditAction.CANDIDATE_ADD, CANDIDATE, stored.id(), null, stored);
            return stored;
        });
    }

    public Candidate updateCandidate(Candidate candidate) {
        Account secretary = access.require(Operation.CANDIDATE_EDIT);
        checkCandidate(candidate);
        return transactor.inTransaction(() -> {
            Candidate before = campaigns.candidate(candidate.id()).orElseThrow(
                    () -> new CampaignException(CampaignException.Reason.NOT_FOUND));
            checkPost(openCampaign(secretary, before.campaignId()), candidate);
            if (!before.iin().equals(candidate.iin()) && campaigns.iins(before.campaignId()).contains(candidate.iin())) {
                throw new CampaignException(CampaignException.Reason.IIN_TAKEN, candidate.iin());
            }
            campaigns.updateCandidate(candidate);
            audit.record(secretary, AuditAction.CANDIDATE_UPDATE, CANDIDATE, candidate.id(), before, candidate);
            return candidate;
        });
    }

    public void removeCandidate(long candidateId) {
        Account secretary = access.require(Operation.CANDIDATE_EDIT);
        transactor.run(() -> {
            Candidate before = campaigns.candidate(candidateId).orElseThrow(
                    () -> new CampaignException(CampaignException.Reason.NOT_FOUND));
            openCampaign(secretary, before.campaignId());
            campaigns.deleteCandidate(candidateId);
            audit.record(secretary, AuditAction.CANDIDATE_REMOVE, CANDIDATE, candidateId, before, null);
        });
    }

    /** The IINs already in a campaign: an import checks its rows against them before storing any. */
    public Set<String> iins(long campaignId) {
        scope.require(Operation.CANDIDATE_EDIT, campaignId);
        return new HashSet<>(campaigns.iins(campaignId));
    }

    /**
     * Stores the rows of a checked import, all or none; returns how many were stored. Each row's post is
     * one of the campaign's posts (the import matched the file's post column to them).
     */
    public int importCandidates(long campaignId, List<CandidateRow> rows) {
        Account secretary = access.require(Operation.CANDIDATE_EDIT);
        List<Candidate> candidates = new ArrayList<>();
        for (CandidateRow row : rows) {
            Candidate candidate = new Candidate(0, campaignId, row.lastName(), row.firstName(), row.middleName(),
                    row.iin(), row.post());
            checkCandidate(candidate);
            candidates.add(candidate);
        }
        return transactor.inTransaction(() -> {
            Campaign campaign = openCampaign(secretary, campaignId);
            Set<String> taken = new HashSet<>(campaigns.iins(campaignId));
            for (Candidate candidate : candidates) {
                checkPost(campaign, candidate);
                if (!taken.add(candidate.iin())) {
                    throw new CampaignException(CampaignException.Reason.IIN_TAKEN, candidate.iin());
                }
                Candidate stored = candidate.withId(campaigns.insertCandidate(candidate));
                audit.record(secretary, AuditAction.CANDIDATE_ADD, CANDIDATE, stored.id(), null, stored);
            }
            return candidates.size();
        });
    }

    private void check(Campaign campaign) {
        if (campaign.title().lacksWorkingLanguage()) {
            throw new CampaignException(CampaignException.Reason.TITLE_MISSING);
        }
        if (campaign.title().longerThan(Campaign.TITLE_LIMIT)) {
            throw new CampaignException(CampaignException.Reason.TITLE_TOO_LONG, Campaign.TITLE_LIMIT);
        }
        if (campaign.posts().isEmpty() || campaign.posts().stream().anyMatch(p -> p.name().lacksWorkingLanguage())) {
            throw new CampaignException(CampaignException.Reason.POSTS_MISSING);
        }
        Set<String> names = new HashSet<>();
        for (Post post : campaign.posts()) {
            if (post.name().longerThan(Post.NAME_LIMIT)) {
                throw new CampaignException(CampaignException.Reason.POST_TOO_LONG, post.name(), Post.NAME_LIMIT);
            }
            if (!post.keys().distinct().allMatch(names::add)) {
                throw new CampaignException(CampaignException.Reason.POST_DUPLICATE, post.name());
            }
        }
        if (String.join("\n", campaign.posts().stream().map(p -> p.name().primary()).toList()).length()
                > Campaign.POSTS_LIMIT) {
            throw new CampaignException(CampaignException.Reason.POSTS_TOO_LONG, Campaign.POSTS_LIMIT);
        }
        if (campaign.opens() == null || campaign.closes() == null || campaign.closes().isBefore(campaign.opens())) {
            throw new CampaignException(CampaignException.Reason.DATES_INVALID);
        }
        if (campaign.divergenceSpread() < 1) {
            throw new CampaignException(CampaignException.Reason.DIVERGENCE_INVALID);
        }
        Framework framework = frameworks.load(campaign.frameworkId()).orElseThrow(
                () -> new CampaignException(CampaignException.Reason.PROFILE_MISSING));
        for (Post post : campaign.posts()) {
            if (framework.profiles().stream().noneMatch(p -> p.code().equals(post.profileCode()))) {
                throw new CampaignException(CampaignException.Reason.POST_PROFILE_MISSING, post.name());
            }
        }
    }

    /** A candidate is for one of the posts their campaign has. */
    private static void checkPost(Campaign campaign, Candidate candidate) {
        if (candidate.post() == null || campaign.post(candidate.post().id()).isEmpty()) {
            throw new CampaignException(CampaignException.Reason.POST_MISSING);
        }
    }

    private static void checkCandidate(Candidate candidate) {
        if (candidate.lastName().isEmpty() || candidate.firstName().isEmpty()) {
            throw new CampaignException(CampaignException.Reason.NAME_MISSING);
        }
        if (java.util.stream.Stream.of(candidate.lastName(), candidate.firstName(), candidate.middleName())
                .anyMatch(name -> name != null && name.length() > Candidate.NAME_LIMIT)) {
            throw new CampaignException(CampaignException.Reason.NAME_TOO_LONG, Candidate.NAME_LIMIT);
        }
        Iin.check(candidate.iin()).ifPresent(problem -> {
            throw new CampaignException(CampaignException.Reason.IIN_INVALID, problem.name());
        });
    }

    private Campaign existing(long id) {
        return campaigns.find(id).orElseThrow(() -> new CampaignException(CampaignException.Reason.NOT_FOUND));
    }

    /** The campaign {@code account} may change, refused when it is closed. */
    private Campaign openCampaign(Account account, long id) {
        Campaign campaign = existing(id);
        scope.check(account, id);
        if (campaign.status() == CampaignStatus.CLOSED) {
            throw new CampaignException(CampaignException.Reason.CLOSED);
        }
        return campaign;
    }
}

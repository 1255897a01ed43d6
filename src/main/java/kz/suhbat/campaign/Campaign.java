package kz.suhbat.campaign;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.Region;

/**
 * A competition, attestation, reserve selection or training course: its title (in Kazakh and Russian,
 * English optional), its posts, each with the position
 * profile its candidates are assessed against (profiles of one framework version), dates, the office
 * that runs it, its status, the quorum its panel needs (a fraction of the voting members, two thirds unless set), and
 * the spread of raters' levels at which a competency is flagged for discussion (two unless set), and whether
 * its posts are in a central state body or a local executive body (local unless set).
 */
public record Campaign(long id, LocalizedText title, CampaignType type, List<Post> posts, LocalDate opens,
                       LocalDate closes, String officeCode, Region region, long frameworkId,
                       CampaignStatus status, Quorum quorum, int divergenceSpread, StateBody body) {

    public static final int DEFAULT_DIVERGENCE = 2;
    /** The longest title in any language: what the central office keeps of a campaign's title. */
    public static final int TITLE_LIMIT = 300;
    /** The longest the posts' names, one a line, may be together: what the central office keeps of them. */
    public static final int POSTS_LIMIT = 4000;

    public Campaign {
        title = title == null ? LocalizedText.of("", "", "") : title.stripped();
        posts = List.copyOf(posts);
        body = body == null ? StateBody.LOCAL : body;
    }

    /** The title in {@code language}; while that language is missing, in the other working language. */
    public String title(Language language) {
        return title.inOrElse(language);
    }

    public Campaign withId(long newId) {
        return new Campaign(newId, title, type, posts, opens, closes, officeCode, region, frameworkId,
                status, quorum, divergenceSpread, body);
    }

    public Campaign withPosts(List<Post> newPosts) {
        return new Campaign(id, title, type, newPosts, opens, closes, officeCode, region, frameworkId,
                status, quorum, divergenceSpread, body);
    }

    public Optional<Post> post(long postId) {
        return posts.stream().filter(p -> p.id() == postId).findFirst();
    }

    /** The post {@code text} names (see {@link Post#named}); empty when it names none. */
    public Optional<Post> postNamed(String text) {
        return posts.stream().filter(p -> p.named(text)).findFirst();
    }

    /** The one post, when the campaign has only one: a candidate given no post is taken to be for it. */
    public Optional<Post> onlyPost() {
        return posts.size() == 1 ? Optional.of(posts.get(0)) : Optional.empty();
    }

    /** The codes of the profiles its posts use, each once, in the order of the posts. */
    public List<String> profileCodes() {
        Set<String> seen = new HashSet<>();
        return posts.stream().map(Post::profileCode).filter(seen::add).toList();
    }

    public Campaign withStatus(CampaignStatus newStatus) {
        return new Campaign(id, title, type, posts, opens, closes, officeCode, region, frameworkId,
                newStatus, quorum, divergenceSpread, body);
    }
}

package kz.suhbat.testsupport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.panel.Affiliation;
import kz.suhbat.panel.ConflictDeclaration;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.Sitting;
import kz.suhbat.security.Account;
import kz.suhbat.security.Role;

/**
 * A competition with three candidates and a panel of five voting members (a chair and four members,
 * each with their own account and {@link TestOffice#PASSWORD}), a secretary and an observer, all
 * present at an open sitting. The last member has declared a conflict with the first candidate and is
 * recused from that interview, so it is scored by four; every other declaration says there is no conflict
 * (so interviews can start), unless the panel is seated {@link #seatAwaitingDeclarations awaiting them}.
 * Leaves the secretary signed in.
 */
public final class TestPanel {

    public static final String[] VOTING = {"Сейтқали Ерлан", "Оспанов Бауыржан", "Ахметова Динара",
            "Петренко Ирина", "Нұрланұлы Асқар"};
    /** Why the panel recommends the first candidate, below the threshold as they are. */
    public static final String AGAINST_THRESHOLD = "Комиссия тәжірибесін ескерді";
    /** The title of the one-post competition, in Kazakh and Russian. */
    public static final LocalizedText TITLE = LocalizedText.of("Лауазымға конкурс", "Конкурс на должность", "");
    /** The members' organisation, in Kazakh and Russian. */
    public static final LocalizedText AGENCY = LocalizedText.of("Мемлекеттік қызмет істері агенттігі",
            "Агентство по делам государственной службы", "");
    public static final String[] LOGINS = {"chair", "member1", "member2", "member3", "member4"};

    public final Account secretary;
    public final List<Account> memberAccounts = new ArrayList<>();
    public final List<PanelMember> voting = new ArrayList<>();
    public final List<Candidate> candidates = new ArrayList<>();
    public final Campaign campaign;
    public final Sitting sitting;
    public final Account analyst;
    public final Account observer;

    private TestPanel(TestOffice office, boolean twoPosts, boolean declared) {
        this(office, twoPosts, declared, false);
    }

    private TestPanel(TestOffice office, boolean twoPosts, boolean declared, boolean training) {
        secretary = training ? office.addAccount("trainer", "Динара Ахметова", Role.TRAINER)
                : office.addAccount("secretary", "Айгерім Жұмабаева", Role.SECRETARY);
        analyst = office.addAccount("analyst", "Марат Ахметов", Role.ANALYST);
        observer = office.addAccount("observer", "Гүлмира Сәрсенова", Role.OBSERVER);
        for (int i = 0; i < VOTING.length; i++) {
            memberAccounts.add(office.addAccount(LOGINS[i], VOTING[i], training ? Role.TRAINEE : Role.MEMBER));
        }
        office.actAs(secretary);
        Campaign planned = twoPosts
                ? TestCampaigns.twoPosts(office, LocalizedText.of("Лауазымдарға конкурс", "Конкурс на должности", ""))
                : TestCampaigns.competition(office, TITLE);
        campaign = office.services().campaigns().create(training ? TestCampaigns.asTraining(planned) : planned);
        for (int i = 0; i < 3; i++) {
            candidates.add(office.services().campaigns().addCandidate(TestCampaigns.candidate(campaign,
                    campaign.posts().get(i % campaign.posts().size()), "Үміткер" + i, "Аты",
                    TestCampaigns.IINS.get(i))));
        }
        PanelService panels = office.services().panels();
        for (int i = 0; i < VOTING.length; i++) {
            voting.add(panels.addMember(new PanelMember(0, campaign.id(), VOTING[i],
                    i == 0 ? PanelRole.CHAIR : PanelRole.MEMBER, Affiliation.STATE_BODY, AGENCY,
                    memberAccounts.get(i).id(), null)));
        }
        PanelMember clerk = panels.addMember(new PanelMember(0, campaign.id(), "Жұмабаева Айгерім",
                PanelRole.SECRETARY, Affiliation.STATE_BODY, AGENCY, secretary.id(), null));
        panels.declare(new ConflictDeclaration(voting.get(4).id(), candidates.get(0).id(), true,
                "Туысы / родственник"));
        sitting = panels.planSitting(campaign.id(), LocalDate.now(), "Зал 3");
        for (int i = 0; i < candidates.size(); i++) {
            panels.addSlot(sitting.id(), LocalTime.of(10 + i, 0), candidates.get(i).id());
        }
        for (PanelMember member : voting) {
            panels.markPresent(sitting.id(), member.id(), true);
        }
        panels.markPresent(sitting.id(), clerk.id(), true);
        panels.open(sitting.id());
        if (declared) {
            for (int i = 0; i < candidates.size(); i++) {
                declareNoConflicts(office, i);
            }
        }
    }

    public static TestPanel seat(TestOffice office) {
        return new TestPanel(office, false, true);
    }

    /**
     * The same panel as a mock interview: the campaign is a training course created by a trainer (signed in
     * as {@link #secretary}, who also sits as the panel's secretary), and the voting members sign in with
     * training accounts (role trainee).
     */
    public static TestPanel seatTraining(TestOffice office) {
        return new TestPanel(office, false, true, true);
    }

    /** The same panel, whose members have declared nothing yet but the last member's conflict. */
    public static TestPanel seatAwaitingDeclarations(TestOffice office) {
        return new TestPanel(office, false, false);
    }

    /**
     * The secretary records, from the members' signed papers, that every voting member who has not declared
     * anything about the candidate {@code index} has no conflict of interest with them.
     */
    public void declareNoConflicts(TestOffice office, int index) {
        PanelService panels = office.services().panels();
        long candidate = candidates.get(index).id();
        List<ConflictDeclaration> made = panels.declarations(campaign.id());
        for (PanelMember member : voting) {
            if (made.stream().noneMatch(d -> d.memberId() == member.id() && d.candidateId() == candidate)) {
                panels.declare(new ConflictDeclaration(member.id(), candidate, false, ""));
            }
        }
    }

    /**
     * The same panel for a competition for a managerial post ({@link TestCampaigns#MANAGERIAL}) and an
     * executive one ({@link TestCampaigns#EXECUTIVE}): the first and third candidates are for the
     * managerial post, the second for the executive one.
     */
    public static TestPanel seatForTwoPosts(TestOffice office) {
        return new TestPanel(office, true, true);
    }

    /**
     * Holds the first candidate's interview to the end as the secretary would run it: four sheets
     * (the third member scores the first competency 2, the others 4 and 3), the divergence agreed at 3
     * with {@code reason} and the chair's password, three votes for and one against with a separate
     * opinion, each confirmed by its member's password, finalised.
     */
    public kz.suhbat.interview.Interview finaliseFirstInterview(TestOffice office, String reason) {
        var services = office.services();
        var interview = holdFirstInterviewToTheVote(office, reason);
        var raters = services.interviews().raters(interview.id());
        for (int r = 0; r < raters.size(); r++) {
            boolean against = r == raters.size() - 1;
            services.deliberation().vote(interview.id(), raters.get(r).memberId(),
                    against ? kz.suhbat.scoring.Outcome.NOT_RECOMMENDED : kz.suhbat.scoring.Outcome.RECOMMENDED,
                    against ? "Ерекше пікір: тәжірибесі аз" : "", TestOffice.PASSWORD.toCharArray());
        }
        return services.deliberation().finalise(interview.id(), AGAINST_THRESHOLD).interview();
    }

    /** The first candidate's interview as {@link #finaliseFirstInterview} holds it, up to the votes. */
    public kz.suhbat.interview.Interview holdFirstInterviewToTheVote(TestOffice office, String reason) {
        var services = office.services();
        var interview = services.interviews().start(sitting.id(), candidates.get(0).id());
        List<String> codes = services.interviews().guide(interview.id()).competencies().stream()
                .map(kz.suhbat.interview.GuideCompetency::code).toList();
        var raters = services.interviews().raters(interview.id());
        for (int r = 0; r < raters.size(); r++) {
            var key = services.scoring().unlock(interview.id(), raters.get(r).memberId(),
                    TestOffice.PASSWORD.toCharArray());
            for (int c = 0; c < codes.size(); c++) {
                services.scoring().score(key, codes.get(c), c == 0 && r == 2 ? 2 : r % 2 == 0 ? 4 : 3);
                services.scoring().evidence(key, codes.get(c), "Мысал " + (r + 1));
            }
            services.scoring().submit(key);
        }
        services.deliberation().agree(interview.id(), codes.get(0), 3, reason, TestOffice.PASSWORD.toCharArray());
        return interview;
    }

    /**
     * Holds and finalises the interview of candidate {@code index} as the secretary would: every member
     * scores each competency the candidate's base level (2 to 4, varying with the competency), but the
     * member {@code lenient}, who scores one level higher; all vote to recommend.
     */
    public kz.suhbat.interview.Interview finaliseWithLenientMember(TestOffice office, int index, PanelMember lenient) {
        var services = office.services();
        office.actAs(secretary);
        var interview = services.interviews().start(sitting.id(), candidates.get(index).id());
        List<String> codes = services.interviews().guide(interview.id()).competencies().stream()
                .map(kz.suhbat.interview.GuideCompetency::code).toList();
        var raters = services.interviews().raters(interview.id());
        for (var rater : raters) {
            var key = services.scoring().unlock(interview.id(), rater.memberId(), TestOffice.PASSWORD.toCharArray());
            for (int c = 0; c < codes.size(); c++) {
                int base = 2 + (c + index) % 3;
                services.scoring().score(key, codes.get(c), rater.memberId() == lenient.id() ? base + 1 : base);
                services.scoring().evidence(key, codes.get(c), "Мысал");
            }
            services.scoring().submit(key);
        }
        for (var rater : raters) {
            services.deliberation().vote(interview.id(), rater.memberId(), kz.suhbat.scoring.Outcome.RECOMMENDED, "",
                    TestOffice.PASSWORD.toCharArray());
        }
        return services.deliberation().finalise(interview.id(), AGAINST_THRESHOLD).interview();
    }

    /** The member who is recused from the first candidate. */
    public PanelMember recused() {
        return voting.get(4);
    }
}

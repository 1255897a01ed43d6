package kz.suhbat.app;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.suhbat.campaign.Campaign;
import kz.suhbat.campaign.CampaignStatus;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.campaign.Candidate;
import kz.suhbat.campaign.Post;
import kz.suhbat.campaign.Iin;
import kz.suhbat.campaign.Quorum;
import kz.suhbat.campaign.StateBody;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.panel.Affiliation;
import kz.suhbat.panel.ConflictDeclaration;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelRole;
import kz.suhbat.panel.Sitting;
import kz.suhbat.rubric.FrameworkSummary;
import kz.suhbat.security.Account;
import kz.suhbat.security.Office;

/**
 * The demo office's campaigns: one of each type, a dozen candidates each (Kazakh and Russian names,
 * synthetic IINs that pass the check digit), a panel of five with one observer. The competition is for a
 * managerial post and an executive one, each on its own position profile, with candidates of both. The competition sits
 * today: its sitting is open, one candidate's interview is finalised and the next one's is under way.
 * Entered as the demo secretary and members would, through the services.
 */
final class DemoCampaigns {

    private static final String[] KAZAKH_MEN = {"Асқар", "Ерлан", "Нұрлан", "Дәурен", "Ғалым", "Бекзат", "Қайрат"};
    private static final String[] KAZAKH_WOMEN = {"Әйгерім", "Гүлнар", "Жансая", "Аружан", "Мөлдір", "Құралай"};
    private static final String[] KAZAKH_SURNAMES = {"Оспанов", "Сейтқали", "Жұмабаев", "Әбілқасымов", "Төлеуов",
        "Мұқанов", "Серікбаев", "Үмбетов", "Қасымов", "Ержанов"};
    private static final String[] RUSSIAN_MEN = {"Алексей", "Дмитрий", "Сергей", "Андрей"};
    private static final String[] RUSSIAN_WOMEN = {"Ольга", "Наталья", "Елена", "Ирина"};
    /** Stems of Russian patronymics: Алексее-вич, Дмитрие-вна. */
    private static final String[] RUSSIAN_FATHERS = {"Алексее", "Дмитрие", "Сергее", "Андрее", "Викторо"};
    private static final String[] RUSSIAN_SURNAMES = {"Иванов", "Ким", "Петренко", "Соколов", "Волков"};

    /** The built-in framework's profiles for managerial and for executive posts of corps B. */
    static final String MANAGERIAL = "MGR-B";
    static final String EXECUTIVE = "EXE-B";

    private DemoCampaigns() {
    }

    static void create(Services services, Map<String, Account> accounts) {
        services.access().signIn(accounts.get("secretary"));
        FrameworkSummary framework = services.rubric().list().get(0);
        Office office = services.office().office();
        Random random = new Random(2027);
        LocalDate today = LocalDate.now();
        create(services, framework, office, random, LocalizedText.of("ХҚКО бөлімінің лауазымдарына конкурс, Астана қ.",
                "Конкурс на должности отдела ЦОН, г. Астана",
                "Competition for posts in the public service centre department, Astana"),
                CampaignType.COMPETITION, List.of(post("Халыққа қызмет көрсету бөлімінің басшысы",
                        "Руководитель отдела обслуживания населения", "Head of the public service department",
                        MANAGERIAL), post("Тіркеу бөлімінің жетекші маманы", "Ведущий специалист отдела регистрации",
                        "Leading specialist, registration department", EXECUTIVE)), today.minusWeeks(1),
                accounts, true);
        create(services, framework, office, random, LocalizedText.of("Әкімдік мемлекеттік қызметшілерін аттестаттау, 2027",
                "Аттестация государственных служащих акимата, 2027", "Attestation of the akimat's civil servants, 2027"),
                CampaignType.ATTESTATION, List.of(post("Бөлім басшысы", "Руководитель отдела", "Head of department",
                        MANAGERIAL), post("Бас маман", "Главный специалист", "Chief specialist", EXECUTIVE)),
                today.minusWeeks(3), null, false);
        create(services, framework, office, random, LocalizedText.of("«А» корпусының кадр резерві, Астана",
                "Кадровый резерв корпуса «А», Астана", "Corps A personnel reserve, Astana"),
                CampaignType.RESERVE, List.of(post("Басшы лауазымдардың резерві", "Резерв руководящих должностей",
                        "Reserve for managerial posts", MANAGERIAL)), today.minusWeeks(2), null, false);
        // Written in Russian and English only, as a migrated campaign is: the form asks for its Kazakh title.
        create(services, framework, office, random, LocalizedText.of("", "Тренинг оценщиков: структурированное интервью",
                "Rater training: the structured interview"),
                CampaignType.TRAINING, List.of(post("Оқу лауазымы", "Учебная должность", "Training post", EXECUTIVE)),
                today, null, false);
        services.access().signOut();
    }

    private static void create(Services services, FrameworkSummary framework, Office office, Random random,
                               LocalizedText title, CampaignType type, List<Post> posts, LocalDate opens,
                               Map<String, Account> accounts, boolean withSitting) {
        Campaign campaign = services.campaigns().create(new Campaign(0, title, type, posts, opens, opens.plusWeeks(6),
                office.code(), office.region(), framework.id(), CampaignStatus.ACTIVE,
                Quorum.TWO_THIRDS, Campaign.DEFAULT_DIVERGENCE, StateBody.LOCAL));
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            candidates.add(services.campaigns().addCandidate(candidate(campaign.id(),
                    campaign.posts().get(i % campaign.posts().size()), random)));
        }
        PanelBuilder panel = new PanelBuilder(services, campaign.id());
        LocalizedText akimat = LocalizedText.of("Астана қаласының әкімдігі", "Акимат г. Астаны", "Akimat of Astana");
        panel.add("Сейтқали Ерлан Маратұлы", PanelRole.CHAIR, Affiliation.STATE_BODY,
                LocalizedText.of("Мемлекеттік қызмет істері агенттігі", "Агентство по делам государственной службы",
                        "Agency for Civil Service Affairs"), linked(accounts, "chair"));
        panel.add("Оспанов Бауыржан Серікұлы", PanelRole.MEMBER, Affiliation.STATE_BODY, akimat,
                linked(accounts, "member"));
        panel.addDeputy("Ахметова Динара Болатқызы", Affiliation.ACADEMIA,
                LocalizedText.of("Мемлекеттік басқару академиясы", "Академия государственного управления",
                        "Academy of Public Administration"), linked(accounts, "member2"));
        panel.add("Петренко Ирина Владимировна", PanelRole.MEMBER, Affiliation.PUBLIC_COUNCIL,
                LocalizedText.of("Астана қаласының қоғамдық кеңесі", "Общественный совет г. Астаны",
                        "Public Council of Astana"), linked(accounts, "member3"));
        panel.add("Жұмабаева Айгерім Нұрланқызы", PanelRole.SECRETARY, Affiliation.STATE_BODY, akimat,
                linked(accounts, "secretary"));
        PanelMember observer = services.panels().addMember(new PanelMember(0, campaign.id(), "Ким Ольга Сергеевна",
                PanelRole.OBSERVER, Affiliation.NGO, LocalizedText.of("«Ашықтық» қоғамдық қоры",
                        "ОФ «Прозрачность»", "Transparency Foundation"), linked(accounts, "observer"), opens));
        if (withSitting) {
            Sitting earlier = services.panels().planSitting(campaign.id(), LocalDate.now().minusWeeks(1),
                    "Зал заседаний, 3 этаж");
            LocalTime at = LocalTime.of(10, 0);
            for (Candidate candidate : candidates.subList(6, 12)) {
                services.panels().addSlot(earlier.id(), at, candidate.id());
                at = at.plusMinutes(45);
            }
            // the observer registered after that sitting
            for (PanelMember member : services.panels().members(campaign.id())) {
                if (member.role() != PanelRole.OBSERVER) {
                    services.panels().markPresent(earlier.id(), member.id(), true);
                }
            }
            services.panels().open(earlier.id());
            for (PanelMember member : services.panels().members(campaign.id())) {
                for (Candidate candidate : member.role().voting() ? candidates.subList(6, 12) : List.<Candidate>of()) {
                    services.panels().declare(new ConflictDeclaration(member.id(), candidate.id(), false, ""));
                }
            }
            DemoInterviews.holdEarlier(services, earlier, candidates.subList(6, 12));
            services.panels().close(earlier.id());
            Sitting sitting = services.panels().planSitting(campaign.id(), LocalDate.now(), "Зал заседаний, 3 этаж");
            LocalTime time = LocalTime.of(10, 0);
            for (Candidate candidate : candidates.subList(0, 6)) {
                services.panels().addSlot(sitting.id(), time, candidate.id());
                time = time.plusMinutes(45);
            }
            for (PanelMember member : services.panels().members(campaign.id())) {
                services.panels().markPresent(sitting.id(), member.id(), true);
            }
            services.panels().open(sitting.id());
            // the members declared on paper, before the sitting, that none of them has a conflict of interest
            for (PanelMember member : services.panels().members(campaign.id())) {
                for (Candidate candidate : member.role().voting() ? candidates.subList(0, 6) : List.<Candidate>of()) {
                    services.panels().declare(new ConflictDeclaration(member.id(), candidate.id(), false, ""));
                }
            }
            DemoInterviews.hold(services, sitting, candidates.subList(0, 2));
            services.interviews().markAbsent(sitting.id(), candidates.get(2).id());
        }
    }

    private static Post post(String kk, String ru, String en, String profileCode) {
        return new Post(0, LocalizedText.of(kk, ru, en), profileCode);
    }

    /** The id of the demo account {@code login} for the panel member who uses it, if the demo has it. */
    private static Long linked(Map<String, Account> accounts, String login) {
        return accounts == null || !accounts.containsKey(login) ? null : accounts.get(login).id();
    }

    static Candidate candidate(long campaignId, Post post, Random random) {
        boolean kazakh = random.nextInt(4) != 0;
        boolean woman = random.nextBoolean();
        String[] firstNames = kazakh ? (woman ? KAZAKH_WOMEN : KAZAKH_MEN) : (woman ? RUSSIAN_WOMEN : RUSSIAN_MEN);
        String[] surnames = kazakh ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES;
        String surname = surnames[random.nextInt(surnames.length)];
        if (woman) {
            surname = surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ин") ? surname + "а"
                    : surname;
        }
        String middle = kazakh ? KAZAKH_MEN[random.nextInt(KAZAKH_MEN.length)] + (woman ? "қызы" : "ұлы")
                : RUSSIAN_FATHERS[random.nextInt(RUSSIAN_FATHERS.length)] + (woman ? "вна" : "вич");
        return new Candidate(0, campaignId, surname, firstNames[random.nextInt(firstNames.length)], middle,
                iin(random, woman), post);
    }

    /** A synthetic IIN: a birth date between 1975 and 2001, the century-and-sex digit, a valid check digit. */
    static String iin(Random random, boolean woman) {
        while (true) {
            LocalDate born = LocalDate.of(1975, 1, 1).plusDays(random.nextInt(26 * 365));
            int century = born.getYear() >= 2000 ? (woman ? 6 : 5) : (woman ? 4 : 3);
            String first = String.format("%02d%02d%02d%d%04d", born.getYear() % 100, born.getMonthValue(),
                    born.getDayOfMonth(), century, random.nextInt(10_000));
            var complete = Iin.complete(first);
            if (complete.isPresent()) {
                return complete.get();
            }
        }
    }

    /** Adds members to one campaign's panel. */
    private record PanelBuilder(Services services, long campaignId) {
        void add(String name, PanelRole role, Affiliation from, LocalizedText organisation, Long accountId) {
            services.panels().addMember(new PanelMember(0, campaignId, name, role, from, organisation, accountId,
                    null));
        }

        /** The member who takes the chair's part when the chair is absent or recused. */
        void addDeputy(String name, Affiliation from, LocalizedText organisation, Long accountId) {
            services.panels().addMember(new PanelMember(0, campaignId, name, PanelRole.MEMBER, from, organisation,
                    accountId, null, true));
        }
    }
}

package kz.suhbat.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.security.LegalBasis;
import kz.suhbat.security.Letterhead;
import kz.suhbat.security.Account;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeSetup;
import kz.suhbat.security.Region;
import kz.suhbat.security.Role;

/**
 * The demo office of {@code --demo}: one account per role, all with the password {@value #PASSWORD}
 * (documented in the README and shown on the sign-in screen). Never used outside the demo folder.
 */
final class DemoOffice {

    static final String PASSWORD = "suhbat-demo";

    record DemoAccount(String login, String name, Role role) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Ерлан Сейтқали", Role.ADMINISTRATOR),
            new DemoAccount("secretary", "Айгерім Жұмабаева", Role.SECRETARY),
            new DemoAccount("member", "Бауыржан Оспанов", Role.MEMBER),
            new DemoAccount("chair", "Сейтқали Ерлан Маратұлы", Role.MEMBER),
            new DemoAccount("member2", "Ахметова Динара Болатқызы", Role.MEMBER),
            new DemoAccount("member3", "Петренко Ирина Владимировна", Role.MEMBER),
            new DemoAccount("observer", "Ольга Ким", Role.OBSERVER),
            new DemoAccount("trainer", "Динара Ахметова", Role.TRAINER),
            new DemoAccount("trainee1", "Әлібек Нұрсұлтан", Role.TRAINEE),
            new DemoAccount("trainee2", "Светлана Ли", Role.TRAINEE),
            new DemoAccount("trainee3", "Ғалым Жақсылықов", Role.TRAINEE),
            new DemoAccount("trainee4", "Томирис Бекова", Role.TRAINEE),
            new DemoAccount("analyst", "Нұрлан Қасымов", Role.ANALYST));

    /** The issuing body as the demo's protocols print it. */
    static final LocalizedText NAME = LocalizedText.of(
            "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің Астана қаласы бойынша департаменті (демо)",
            "Департамент Агентства Республики Казахстан по делам государственной службы по городу Астане (демо)",
            "Department of the Civil Service Agency of the Republic of Kazakhstan for Astana (demo)");
    static final LocalizedText CITY = LocalizedText.of("Астана қаласы", "г. Астана", "Astana");
    /** The demo's own wording for competitions (the other types print the built-in text). */
    static final LocalizedText COMPETITION_BASIS = LocalizedText.of(
            "«Қазақстан Республикасының мемлекеттік қызметі туралы» Қазақстан Республикасының Заңы, әкімшілік "
                    + "мемлекеттік лауазымға орналасуға конкурс өткізу қағидалары және конкурстық комиссияны құру "
                    + "туралы бұйрық (демо).",
            "Закон Республики Казахстан «О государственной службе Республики Казахстан», Правила проведения "
                    + "конкурса на занятие административной государственной должности и приказ о создании "
                    + "конкурсной комиссии (демо).",
            "The Law of the Republic of Kazakhstan “On the Civil Service of the Republic of Kazakhstan”, the Rules "
                    + "for holding a competition for an administrative civil-service post and the order forming the "
                    + "competition commission (demo).");

    private DemoOffice() {
    }

    private static byte[] letterhead() {
        try (InputStream in = DemoOffice.class.getResourceAsStream("demo-letterhead.png")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets up the demo office in an empty folder, then signs out so that anyone can sign in. */
    static void setUp(Entrance entrance) {
        DemoAccount first = ACCOUNTS.get(0);
        Services services = entrance.setUp(Office.withDefaults(NAME, CITY, "DEMO-AST", Region.ASTANA),
                new OfficeSetup.FirstAdministrator(first.login(), first.name(), PASSWORD.toCharArray(),
                        PASSWORD.toCharArray()));
        Account admin = services.access().current().orElseThrow();
        services.office().updateLegalBasis(new LegalBasis(Map.of("COMPETITION", COMPETITION_BASIS)));
        services.office().changeLetterhead(Optional.of(Letterhead.of(letterhead())));
        java.util.Map<String, Account> byLogin = new java.util.HashMap<>();
        for (DemoAccount account : ACCOUNTS.subList(1, ACCOUNTS.size())) {
            byLogin.put(account.login(), services.setup().addAccount(admin, account.login(), account.name(),
                    account.role(), PASSWORD.toCharArray()));
        }
        DemoCampaigns.create(services, byLogin);
        DemoTraining.create(services, byLogin);
        DemoPackages.receive(services, admin, java.time.LocalDate.now().getYear() - 1);
        entrance.signOut();
    }
}

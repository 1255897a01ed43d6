package kz.suhbat.app;

import java.util.List;
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
            new DemoAccount("analyst", "Нұрлан Қасымов", Role.ANALYST));

    private DemoOffice() {
    }

    /** Sets up the demo office in an empty folder, then signs out so that anyone can sign in. */
    static void setUp(Entrance entrance) {
        DemoAccount first = ACCOUNTS.get(0);
        Services services = entrance.setUp(Office.withDefaults("Астана қаласы бойынша өңірлік кеңсе (демо)",
                        "DEMO-AST", Region.ASTANA),
                new OfficeSetup.FirstAdministrator(first.login(), first.name(), PASSWORD.toCharArray(),
                        PASSWORD.toCharArray()));
        Account admin = services.access().current().orElseThrow();
        java.util.Map<String, Account> byLogin = new java.util.HashMap<>();
        for (DemoAccount account : ACCOUNTS.subList(1, ACCOUNTS.size())) {
            byLogin.put(account.login(), services.setup().addAccount(admin, account.login(), account.name(),
                    account.role(), PASSWORD.toCharArray()));
        }
        DemoCampaigns.create(services, byLogin);
        DemoPackages.receive(services, admin);
        entrance.signOut();
    }
}

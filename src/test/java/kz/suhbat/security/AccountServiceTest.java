package kz.suhbat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import kz.suhbat.app.Entrance;
import kz.suhbat.audit.AuditEntry;
import kz.suhbat.common.Progress;
import kz.suhbat.testsupport.TestOffice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the administrator does with accounts, checked by signing in as the people concerned. */
class AccountServiceTest {

    @TempDir
    Path temp;

    private TestOffice office;
    private AccountService accounts;

    @BeforeEach
    void office() {
        office = TestOffice.create(temp);
        accounts = office.services().accounts();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Entrance.Outcome signIn(String login, String password) {
        try (Entrance entrance = new Entrance(office.folder(), KeyDerivation.OWASP, Clock.systemUTC(),
                new SecureRandom())) {
            return entrance.signIn(login, password.toCharArray());
        }
    }

    @Test
    void aNewAccountSignsInWithItsTemporaryPasswordAndMustChangeIt() {
        Account created = accounts.create(" Aigerim.S ", "Айгерім Сейітова", Role.SECRETARY,
                "kbm4-x7tq-9hzr".toCharArray());
        assertEquals("aigerim.s", created.login());
        assertTrue(created.mustChangePassword());
        Entrance.Outcome outcome = signIn("aigerim.s", "kbm4-x7tq-9hzr");
        Account signedIn = ((Entrance.Outcome.SignedIn) outcome).account();
        assertEquals(Role.SECRETARY, signedIn.role());
        assertTrue(signedIn.mustChangePassword());

        office.actAs(signedIn);
        assertEquals(AccountException.Reason.PASSWORDS_DIFFER, assertThrows(AccountException.class,
                () -> accounts.changeOwnPassword("kbm4-x7tq-9hzr".toCharArray(), "жаңа құпия сөз".toCharArray(),
                        "жаңа құпия соз".toCharArray())).reason());
        assertEquals(AccountException.Reason.WRONG_PASSWORD, assertThrows(AccountException.class,
                () -> accounts.changeOwnPassword("guess".toCharArray(), "жаңа құпия сөз".toCharArray(),
                        "жаңа құпия сөз".toCharArray())).reason());
        accounts.changeOwnPassword("kbm4-x7tq-9hzr".toCharArray(), "жаңа құпия сөз".toCharArray(),
                "жаңа құпия сөз".toCharArray());
        assertInstanceOf(Entrance.Outcome.Refused.class, signIn("aigerim.s", "kbm4-x7tq-9hzr"));
        Entrance.Outcome again = signIn("aigerim.s", "жаңа құпия сөз");
        assertTrue(!((Entrance.Outcome.SignedIn) again).account().mustChangePassword());
    }

    @Test
    void aForgottenPasswordIsResetByTheAdministrator() {
        Account member = office.addAccount("bauyrzhan", "Бауыржан Оспанов", Role.MEMBER);
        accounts.resetPassword(member.id(), "rtyu-8kpm-3vxa".toCharArray(), Progress.NONE);
        assertInstanceOf(Entrance.Outcome.Refused.class, signIn("bauyrzhan", TestOffice.PASSWORD));
        Entrance.Outcome outcome = signIn("bauyrzhan", "rtyu-8kpm-3vxa");
        assertTrue(((Entrance.Outcome.SignedIn) outcome).account().mustChangePassword());
    }

    @Test
    void aDeactivatedAccountCanNoLongerSignIn() {
        Account member = office.addAccount("bauyrzhan", "Бауыржан Оспанов", Role.MEMBER);
        accounts.deactivate(member.id(), Progress.NONE);
        assertInstanceOf(Entrance.Outcome.Refused.class, signIn("bauyrzhan", TestOffice.PASSWORD));
        assertTrue(office.services().accounts().list().stream()
                .anyMatch(a -> a.login().equals("bauyrzhan") && !a.active()), "its record stays");
    }

    @Test
    void theLastAdministratorStaysAndLoginsAreUnique() {
        assertEquals(AccountException.Reason.OWN_ACCOUNT, assertThrows(AccountException.class,
                () -> accounts.deactivate(office.admin().id(), Progress.NONE)).reason());
        assertEquals(AccountException.Reason.LAST_ADMINISTRATOR, assertThrows(AccountException.class,
                () -> accounts.update(office.admin().id(), "Әсем", Role.MEMBER)).reason());
        assertEquals(AccountException.Reason.LOGIN_TAKEN, assertThrows(AccountException.class,
                () -> accounts.create("ADMIN", "Екінші", Role.MEMBER, "long enough pw".toCharArray())).reason());
        assertEquals(AccountException.Reason.LOGIN_INVALID, assertThrows(AccountException.class,
                () -> accounts.create("әсем", "Әсем", Role.MEMBER, "long enough pw".toCharArray())).reason());

        Account second = accounts.create("nurlan", "Нұрлан Қасымов", Role.ADMINISTRATOR,
                "long enough pw".toCharArray());
        accounts.update(office.admin().id(), "Әсем", Role.SECRETARY);
        assertEquals(Role.SECRETARY, office.services().access().current().orElseThrow().role(),
                "the session follows a change of one's own role");
        office.actAs(second);
        assertEquals(Role.SECRETARY, accounts.list().stream().filter(a -> a.id() == office.admin().id())
                .findFirst().orElseThrow().role());
    }

    @Test
    void everyChangeIsInTheAuditTrailWithoutPasswords() {
        Account member = accounts.create("bauyrzhan", "Бауыржан Оспанов", Role.MEMBER,
                "first temporary".toCharArray());
        accounts.resetPassword(member.id(), "second temporary".toCharArray(), Progress.NONE);
        accounts.update(member.id(), "Бауыржан Оспанұлы", Role.MEMBER);
        accounts.deactivate(member.id(), Progress.NONE);
        List<AuditEntry> newest = office.services().audit().newest(6);
        assertEquals(List.of("security.databaseKeyRenew", "account.deactivate", "account.update",
                "security.databaseKeyRenew", "account.resetPassword", "account.create"),
                newest.stream().map(AuditEntry::action).toList(), "a reset and a deactivation renew the key");
        assertTrue(newest.stream().allMatch(e -> e.actorLogin().equals(TestOffice.ADMIN)));
        assertTrue(newest.get(2).before().contains("Бауыржан Оспанов")
                && newest.get(2).after().contains("Бауыржан Оспанұлы"));
        assertTrue(newest.stream().noneMatch(e -> String.valueOf(e.after()).contains("temporary")));
        assertTrue(office.services().audit().verify().intact());
    }
}

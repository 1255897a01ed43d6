package kz.suhbat.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import kz.suhbat.common.db.DatabaseKey;
import kz.suhbat.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords are stored per the OWASP Password Storage Cheat Sheet, and guessing them is slowed down. */
class PasswordStorageTest {

    @TempDir
    Path folder;

    private final SecureRandom random = new SecureRandom();
    private final DatabaseKey key = DatabaseKey.random(random);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

    @Test
    void theKeyringKeepsAlgorithmIterationsAndAUniqueSaltWithEveryHash() throws Exception {
        Keyring keyring = Keyring.open(folder);
        keyring.put(Credential.create(1, "aigerim", "same password here".toCharArray(), key, KeyDerivation.OWASP,
                random));
        keyring.put(Credential.create(2, "bauyrzhan", "same password here".toCharArray(), key, KeyDerivation.OWASP,
                random));

        JsonNode stored = new ObjectMapper().readTree(Keyring.fileIn(folder).toFile());
        JsonNode first = stored.path("credentials").get(0);
        JsonNode second = stored.path("credentials").get(1);
        assertEquals("PBKDF2-HMAC-SHA256", first.path("algorithm").asText());
        assertTrue(first.path("iterations").asInt() >= 600_000, "OWASP asks for 600,000 iterations at least");
        assertEquals(16, Base64.getDecoder().decode(first.path("salt").asText()).length);
        assertFalse(first.path("salt").asText().equals(second.path("salt").asText()), "salts are unique");
        assertFalse(first.path("verifier").asText().equals(second.path("verifier").asText()),
                "the same password hashes differently for two accounts");
        String raw = java.nio.file.Files.readString(Keyring.fileIn(folder));
        assertFalse(raw.contains("same password here"));
        assertFalse(raw.contains(java.util.HexFormat.of().formatHex(key.bytes())), "the database key is wrapped");
    }

    @Test
    void onlyTheRightPasswordUnwrapsTheDatabaseKey() {
        Credential credential = Credential.create(7, "Aigerim", "correct horse battery".toCharArray(), key,
                KeyDerivation.OWASP, random);
        assertEquals("aigerim", credential.login(), "logins are kept in lower case");
        assertTrue(credential.open("wrong horse battery".toCharArray()).isEmpty());
        assertArrayEquals(key.bytes(), credential.open("correct horse battery".toCharArray()).orElseThrow()
                .databaseKey().orElseThrow().bytes());
    }

    @Test
    void anEntryMovedToAnotherLoginOpensNothing() {
        Credential real = Credential.create(7, "aigerim", "correct horse battery".toCharArray(), key,
                KeyDerivation.OWASP, random);
        Credential moved = new Credential(8, "intruder", real.version(), real.algorithm(), real.iterations(),
                real.salt(), real.verifier(), real.iv(), real.wrappedKey(), real.publicKey(), real.seals(), 0, null);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> moved.open("correct horse battery".toCharArray()));
    }

    @Test
    void aWeakerHashIsRedoneWithTodaysParametersAtSignIn() {
        Keyring keyring = Keyring.open(folder);
        keyring.put(Credential.create(1, "aigerim", "correct horse battery".toCharArray(), key,
                new KeyDerivation(10_000), random));
        Authenticator authenticator = new Authenticator(keyring, KeyDerivation.OWASP, clock, random);

        assertInstanceOf(Authenticator.Verdict.Unlocked.class,
                authenticator.verify("aigerim", "correct horse battery".toCharArray()));
        Credential redone = Keyring.open(folder).find("aigerim").orElseThrow();
        assertEquals(KeyDerivation.OWASP_ITERATIONS, redone.iterations());
        assertArrayEquals(key.bytes(), redone.open("correct horse battery".toCharArray()).orElseThrow()
                .databaseKey().orElseThrow().bytes());
    }

    @Test
    void repeatedFailuresSlowFurtherAttemptsEvenAcrossARestart() {
        Keyring keyring = Keyring.open(folder);
        keyring.put(Credential.create(1, "aigerim", "correct horse battery".toCharArray(), key, KeyDerivation.OWASP,
                random));
        Authenticator authenticator = new Authenticator(keyring, KeyDerivation.OWASP, clock, random);
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertInstanceOf(Authenticator.Verdict.Refused.class, authenticator.verify("aigerim", "guess".toCharArray()));
        }
        Authenticator.Verdict third = authenticator.verify("aigerim", "guess".toCharArray());
        assertEquals(new Authenticator.Verdict.Wait(Duration.ofSeconds(1)), third);

        Authenticator afterRestart = new Authenticator(Keyring.open(folder), KeyDerivation.OWASP, clock, random);
        assertInstanceOf(Authenticator.Verdict.Wait.class,
                afterRestart.verify("aigerim", "correct horse battery".toCharArray()),
                "even the right password waits while the delay runs");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(new Authenticator.Verdict.Wait(Duration.ofSeconds(2)),
                afterRestart.verify("aigerim", "guess".toCharArray()), "each failure doubles the wait");
        clock.advance(Duration.ofSeconds(2));
        assertInstanceOf(Authenticator.Verdict.Unlocked.class,
                afterRestart.verify("aigerim", "correct horse battery".toCharArray()));
        assertEquals(0, Keyring.open(folder).find("aigerim").orElseThrow().failures(), "a success clears the count");
    }

    @Test
    void theDelayGrowsToFiveMinutesAtMost() {
        assertEquals(Duration.ZERO, SignInThrottle.delayAfter(2));
        assertEquals(Duration.ofSeconds(1), SignInThrottle.delayAfter(3));
        assertEquals(Duration.ofSeconds(64), SignInThrottle.delayAfter(9));
        assertEquals(Duration.ofMinutes(5), SignInThrottle.delayAfter(40));
    }

    @Test
    void anUnknownLoginIsRefusedLikeAWrongPassword() {
        Authenticator authenticator = new Authenticator(Keyring.open(folder), KeyDerivation.OWASP, clock, random);
        assertInstanceOf(Authenticator.Verdict.Refused.class, authenticator.verify("nobody", "x".toCharArray()));
    }

    @Test
    void passwordRulesFollowNistAndOwasp() {
        assertEquals(AccountException.Reason.PASSWORD_TOO_SHORT,
                PasswordRules.check("aigerim", "short".toCharArray()).orElseThrow());
        assertEquals(AccountException.Reason.PASSWORD_IS_LOGIN,
                PasswordRules.check("aigerim.s", "Aigerim.S ".toCharArray()).orElseThrow());
        assertTrue(PasswordRules.check("aigerim", "қызыл алма жасыл".toCharArray()).isEmpty(),
                "any characters, Kazakh letters and spaces included");
        String temporary = TemporaryPasswords.generate(random);
        assertTrue(temporary.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"), temporary);
        assertTrue(PasswordRules.check("aigerim", temporary.toCharArray()).isEmpty());
    }

    @Test
    void aDamagedKeyringIsRefusedNeverTakenAsEmpty() throws Exception {
        Keyring keyring = Keyring.open(folder);
        keyring.put(Credential.create(1, "aigerim", "correct horse battery".toCharArray(), key, KeyDerivation.OWASP,
                random));
        byte[] whole = java.nio.file.Files.readAllBytes(Keyring.fileIn(folder));
        java.nio.file.Files.write(Keyring.fileIn(folder), java.util.Arrays.copyOf(whole, whole.length / 2));
        org.junit.jupiter.api.Assertions.assertThrows(KeyringException.class, () -> Keyring.open(folder));
    }
}

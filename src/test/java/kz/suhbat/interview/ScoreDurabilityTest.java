package kz.suhbat.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import kz.suhbat.app.Entrance;
import kz.suhbat.app.Services;
import kz.suhbat.audit.AuditAction;
import kz.suhbat.audit.AuditVerification;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.scoring.Score;
import kz.suhbat.testsupport.ChildJvm;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores survive kill -9. A second process signs in to a data folder with an interview under way and
 * enters levels and evidence on the raters' sheets until it is killed with SIGKILL after a random
 * number of entries it reported as saved; this is done three times on the same folder. Reopened, every
 * sheet holds, for each competency, the last level and the last evidence reported as saved, or one
 * entered after it (the entry in flight when the process was killed may have been stored without being
 * reported). The audit trail is intact and records each stored entry once.
 */
class ScoreDurabilityTest {

    private static final int ROUNDS = 3;
    private static final char[] PASSWORD = TestOffice.PASSWORD.toCharArray();

    @TempDir
    Path temp;

    /** One value on the sheets: the level or the evidence of a member's competency. */
    private record Field(long memberId, String code, boolean level) {
    }

    @Test
    void everyScoreReportedAsSavedSurvivesKillNine() throws Exception {
        Path data = temp.resolve("data");
        long interviewId;
        List<Long> members;
        List<String> codes;
        int lowest;
        int highest;
        try (TestOffice office = TestOffice.create(data, ScoringChild.DERIVATION)) {
            TestPanel panel = TestPanel.seat(office);
            interviewId = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(0).id()).id();
            members = office.services().interviews().raters(interviewId).stream().map(Rater::memberId).sorted()
                    .toList();
            ScoringService scoring = office.services().scoring();
            SheetKey key = scoring.unlock(interviewId, members.get(0), PASSWORD);
            codes = key.competencyCodes();
            lowest = key.lowest();
            highest = key.highest();
            scoring.close(key);
        }
        assertEquals(4, members.size(), "the recused member does not score");

        long seed = ThreadLocalRandom.current().nextLong();
        String trial = "seed " + seed;
        // What each value may be now: the last one reported as saved, or one entered after it.
        Map<Field, Set<Object>> allowed = new HashMap<>();
        for (long member : members) {
            for (String code : codes) {
                allowed.put(new Field(member, code, true), values(null));
                allowed.put(new Field(member, code, false), values(""));
            }
        }
        int reported = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int killAfter = 20 + ThreadLocalRandom.current().nextInt(181);
            trial += ", round " + round + " killed after " + killAfter;
            Path errors = temp.resolve("child-" + round + ".err");
            Process child = ChildJvm.builder(ScoringChild.class, data.toString(), Long.toString(interviewId),
                    Long.toString(seed), Integer.toString(round)).redirectError(errors.toFile()).start();
            // SIGKILL through the process handle: unlike Process.destroyForcibly it leaves the pipe open, so
            // what the child wrote before it died can still be read. A child that hangs is killed all the
            // same, and the round fails below.
            ProcessHandle handle = child.toHandle();
            CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS).execute(handle::destroyForcibly);
            int saved = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.US_ASCII))) {
                String line;
                while (saved < killAfter && (line = out.readLine()) != null) {
                    if (report(line, saved, seed, round, members, codes, lowest, highest)) {
                        saved++;
                    }
                }
                handle.destroyForcibly();
                assertEquals(killAfter, saved, "the child stopped before it was killed (" + trial + "): "
                        + Files.readString(errors));
                // What it had reported before it died, still in the pipe, was reported as saved too.
                while ((line = out.readLine()) != null) {
                    if (report(line, saved, seed, round, members, codes, lowest, highest)) {
                        saved++;
                    }
                }
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
            assertEquals(137, child.exitValue(), "the child was killed with SIGKILL");
            trial += " (" + saved + " reported)";
            reported += saved;
            for (int step = 0; step < saved; step++) {
                ScoringChild.Entry entry = ScoringChild.entry(seed, round, step, members, codes, lowest, highest);
                allowed.put(field(entry), values(value(entry)));
            }
            ScoringChild.Entry inFlight = ScoringChild.entry(seed, round, saved, members, codes, lowest, highest);
            allowed.get(field(inFlight)).add(value(inFlight));
        }

        Entrance entrance = new Entrance(new DataFolder(data, DataFolder.Kind.EXPLICIT), ScoringChild.DERIVATION,
                Clock.systemUTC(), new SecureRandom());
        try (entrance) {
            Services services = assertInstanceOf(Entrance.Outcome.SignedIn.class,
                    entrance.signIn("secretary", PASSWORD)).services();
            ScoringService scoring = services.scoring();
            List<String> wrong = new ArrayList<>();
            for (long member : members) {
                SheetKey key = scoring.unlock(interviewId, member, PASSWORD);
                ScoreSheet sheet = scoring.sheet(key);
                for (String code : codes) {
                    Score score = sheet.score(code).orElse(null);
                    Integer level = score == null ? null : score.level();
                    String evidence = score == null ? "" : score.evidence();
                    Set<Object> levels = allowed.get(new Field(member, code, true));
                    Set<Object> evidences = allowed.get(new Field(member, code, false));
                    if (!levels.contains(level)) {
                        wrong.add("member " + member + " " + code + ": level " + level + ", expected one of " + levels);
                    }
                    if (!evidences.contains(evidence)) {
                        wrong.add("member " + member + " " + code + ": evidence \"" + evidence + "\", expected one of "
                                + evidences);
                    }
                }
                scoring.close(key);
            }
            assertTrue(wrong.isEmpty(), "after kill -9 (" + trial + "): " + String.join("; ", wrong));

            assertInstanceOf(Entrance.Outcome.SignedIn.class, entrance.signIn(TestOffice.ADMIN, PASSWORD));
            AuditVerification verification = services.audit().verify();
            assertTrue(verification.intact(), "audit trail broken after kill -9: " + verification.firstBreak());
            long entries = services.audit().newest(10_000).stream()
                    .filter(e -> e.action().equals(AuditAction.SCORE_ENTER.code())).count();
            assertTrue(entries >= reported && entries <= reported + ROUNDS, "audit entries of scores: " + entries
                    + " for " + reported + " reported as saved (" + trial + ")");
        }
    }

    /** Whether {@code line} reports step {@code step} as saved; a line cut short by the kill does not. */
    private static boolean report(String line, int step, long seed, int round, List<Long> members, List<String> codes,
                                  int lowest, int highest) {
        if (!line.startsWith("SAVED ") || !line.endsWith(" .")) {
            return false;
        }
        assertEquals(ScoringChild.entry(seed, round, step, members, codes, lowest, highest).line(step), line,
                "the child reports its entries in order");
        return true;
    }

    private static Field field(ScoringChild.Entry entry) {
        return new Field(entry.memberId(), entry.code(), entry.level() != null);
    }

    private static Object value(ScoringChild.Entry entry) {
        return entry.level() != null ? entry.level() : entry.evidence();
    }

    private static Set<Object> values(Object value) {
        Set<Object> values = new HashSet<>();
        values.add(value);
        return values;
    }
}

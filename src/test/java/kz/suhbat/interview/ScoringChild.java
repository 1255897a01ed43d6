package kz.suhbat.interview;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import kz.suhbat.app.Entrance;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;

/**
 * Child process of {@link ScoreDurabilityTest}: the secretary signs in to the data folder, the raters'
 * sheets are opened with their passwords, and levels and evidence are entered one after another, as
 * fast as the scoring service takes them, until the process is killed. Each entry is reported on
 * standard output ({@code SAVED step member code value .}) only after the service call has returned,
 * as the sheet shows "saved" only then. What entry comes at which step is {@link #entry}, so the test
 * can tell what the entry in flight at the kill would have written.
 *
 * <p>Arguments: data folder, interview id, seed, round.
 */
public final class ScoringChild {

    /** The same cheap derivation the test's office was set up with. */
    static final KeyDerivation DERIVATION = new KeyDerivation(1_000);

    /** One entry on a sheet: a level (evidence null) or evidence (level null). */
    record Entry(long memberId, String code, Integer level, String evidence) {

        /** The line reported once the entry is stored: ASCII only, ending with a mark of completeness. */
        String line(int step) {
            return "SAVED " + step + " " + memberId + " " + code + " "
                    + (level != null ? "L" + level : "E" + evidence.substring(evidence.lastIndexOf(' ') + 1)) + " .";
        }
    }

    private ScoringChild() {
    }

    /**
     * The entry made at {@code step} of {@code round}: a member and competency drawn at random, then a
     * level (three times in five) or evidence that names the round and step, so no two evidence texts
     * are alike.
     */
    static Entry entry(long seed, int round, int step, List<Long> members, List<String> codes, int lowest,
                       int highest) {
        SplittableRandom random = new SplittableRandom(seed ^ (round * 0x9E3779B97F4A7C15L) ^ (step * 0xC2B2AE3D27D4EB4FL));
        long member = members.get(random.nextInt(members.size()));
        String code = codes.get(random.nextInt(codes.size()));
        if (random.nextInt(5) < 3) {
            return new Entry(member, code, lowest + random.nextInt(highest - lowest + 1), null);
        }
        return new Entry(member, code, null, "Привёл пример из практики, раунд r" + round + "s" + step);
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        long interviewId = Long.parseLong(args[1]);
        long seed = Long.parseLong(args[2]);
        int round = Integer.parseInt(args[3]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.US_ASCII);

        Entrance entrance = new Entrance(new DataFolder(folder, DataFolder.Kind.EXPLICIT), DERIVATION,
                Clock.systemUTC(), new SecureRandom());
        if (!(entrance.signIn("secretary", TestOffice.PASSWORD.toCharArray())
                instanceof Entrance.Outcome.SignedIn signedIn)) {
            throw new IllegalStateException("the secretary could not sign in");
        }
        ScoringService scoring = signedIn.services().scoring();
        List<Long> members = signedIn.services().interviews().raters(interviewId).stream().map(Rater::memberId)
                .sorted().toList();
        Map<Long, SheetKey> keys = new HashMap<>();
        for (long member : members) {
            keys.put(member, scoring.unlock(interviewId, member, TestOffice.PASSWORD.toCharArray()));
        }
        SheetKey any = keys.get(members.get(0));
        out.println("READY");
        out.flush();

        for (int step = 0; ; step++) {
            Entry entry = entry(seed, round, step, members, any.competencyCodes(), any.lowest(), any.highest());
            SheetKey key = keys.get(entry.memberId());
            if (entry.level() != null) {
                scoring.score(key, entry.code(), entry.level());
            } else {
                scoring.evidence(key, entry.code(), entry.evidence());
            }
            // One short line in one write: the parent sees a line whole or not at all.
            byte[] line = (entry.line(step) + "\n").getBytes(StandardCharsets.US_ASCII);
            out.write(line, 0, line.length);
            out.flush();
        }
    }
}

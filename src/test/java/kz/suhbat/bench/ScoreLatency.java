package kz.suhbat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kz.suhbat.interview.Rater;
import kz.suhbat.interview.ScoringService;
import kz.suhbat.interview.SheetKey;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;

/**
 * Keypress-to-saved latency of score entry: the time one call of the scoring service takes, from the
 * member's keypress to the entry being committed to the database file (the sheet checks, the
 * append-only score row and its audit entry, one transaction, H2 with {@code WRITE_DELAY=0} on an
 * AES-encrypted file). An office is set up in a temporary folder with the production password
 * derivation, a panel is seated, an interview started and one member's sheet opened; after a warm-up
 * each call is timed on its own.
 *
 * <p>Usage: {@code ScoreLatency [calls] [warm-up calls] [folder to create the office in]} (default 2000,
 * 200, the system's temporary folder). Run by {@code bench/score-latency.sh}.
 */
public final class ScoreLatency {

    private ScoreLatency() {
    }

    public static void main(String[] args) throws IOException {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path parent = args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(parent);
        Path folder = Files.createTempDirectory(parent, "suhbat-score-latency");
        try {
            run(folder, calls, warmUp);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void run(Path folder, int calls, int warmUp) throws IOException {
        System.out.println("Score entry latency: one call of the scoring service = one committed transaction");
        System.out.printf("Java %s (%s, %s), %s %s %s, %d cores, %s%n", System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), cpuModel());
        System.out.printf("H2 %s, data folder %s (file system %s)%n", org.h2.engine.Constants.FULL_VERSION, folder,
                Files.getFileStore(folder).type());

        long setUp = System.nanoTime();
        try (TestOffice office = TestOffice.create(folder.resolve("data"), KeyDerivation.OWASP)) {
            TestPanel panel = TestPanel.seat(office);
            long interviewId = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(0).id())
                    .id();
            List<Rater> raters = office.services().interviews().raters(interviewId);
            ScoringService scoring = office.services().scoring();
            SheetKey key = scoring.unlock(interviewId, raters.get(0).memberId(),
                    TestOffice.PASSWORD.toCharArray());
            List<String> codes = key.competencyCodes();
            System.out.printf("set-up (office, panel, interview, sheet opened; passwords derived with %d "
                    + "iterations): %.1f s%n", KeyDerivation.OWASP.iterations(), (System.nanoTime() - setUp) / 1e9);
            System.out.printf("sheet of %s: %d competencies, levels %d-%d%n", raters.get(0).fullName(), codes.size(),
                    key.lowest(), key.highest());

            for (int i = 0; i < warmUp; i++) {
                scoring.score(key, codes.get(i % codes.size()), level(key, i));
                scoring.evidence(key, codes.get(i % codes.size()), evidence(i));
            }
            long[] score = new long[calls];
            for (int i = 0; i < calls; i++) {
                String code = codes.get(i % codes.size());
                int level = level(key, i);
                long start = System.nanoTime();
                scoring.score(key, code, level);
                score[i] = System.nanoTime() - start;
            }
            long[] evidence = new long[calls];
            for (int i = 0; i < calls; i++) {
                String code = codes.get(i % codes.size());
                String text = evidence(i);
                long start = System.nanoTime();
                scoring.evidence(key, code, text);
                evidence[i] = System.nanoTime() - start;
            }
            System.out.printf("warm-up %d + %d calls, then %d calls of each, timed one by one (ms):%n", warmUp, warmUp,
                    calls);
            report("score", score);
            report("evidence", evidence);
            System.out.printf("score entries on the sheet at the end: %d%n", 2 * (warmUp + calls));
            trend("score", score);
            trend("evidence", evidence);
        }
    }

    /** Levels go up and down the scale, so consecutive entries differ. */
    private static int level(SheetKey key, int i) {
        int span = key.highest() - key.lowest() + 1;
        return key.lowest() + (i / 8 + i) % span;
    }

    private static String evidence(int i) {
        return "Кандидат привёл пример из практики: согласовал решение с тремя госорганами за неделю (" + i + ")";
    }

    private static void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-9s count %5d   median %6.2f   p90 %6.2f   p99 %6.2f   max %7.2f%n", name,
                sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 99)),
                ms(sorted[sorted.length - 1]));
    }

    /** The median of the first and of the last tenth of the calls: whether a longer sheet history costs more. */
    private static void trend(String name, long[] nanos) {
        int tenth = Math.max(1, nanos.length / 10);
        long[] first = Arrays.copyOfRange(nanos, 0, tenth);
        long[] last = Arrays.copyOfRange(nanos, nanos.length - tenth, nanos.length);
        Arrays.sort(first);
        Arrays.sort(last);
        System.out.printf(Locale.ROOT, "%-9s median of the first tenth %.2f ms, of the last tenth %.2f ms%n", name,
                ms(percentile(first, 50)), ms(percentile(last, 50)));
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1)
                    .strip()).orElse("CPU model unknown");
        } catch (IOException | RuntimeException e) {
            return "CPU model unknown";
        }
    }
}

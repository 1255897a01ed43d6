package kz.suhbat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * derivation, a panel is seated, an interview started and three members' sheets opened: the warm-up
 * enters levels and evidence on the first, then levels are timed on the second and evidence on the
 * third, each call on its own. Both timed sheets start empty and grow by one entry a call, so the
 * figures are also given by the number of entries already on the sheet.
 *
 * <p>Usage: {@code ScoreLatency [calls] [warm-up calls] [folder to create the office in]} (default 2000,
 * 200, the system's temporary folder). Run by {@code bench/score-latency.sh}.
 */
public final class ScoreLatency {

    private ScoreLatency() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        ScratchFolder.use(args.length > 2 ? args[2] : null, "suhbat-score-latency",
                folder -> run(folder, calls, warmUp));
    }

    private static void run(Path folder, int calls, int warmUp) throws IOException {
        System.out.println("Score entry latency: one call of the scoring service = one committed transaction");
        System.out.printf("Java %s (%s, %s), %s %s %s, %d cores, %s%n", System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), LatencyFigures.cpuModel());
        System.out.printf("H2 %s, data folder %s (file system %s)%n", org.h2.engine.Constants.FULL_VERSION, folder,
                Files.getFileStore(folder).type());
        System.out.println("load average at start: " + LatencyFigures.loadAverage());

        long setUp = System.nanoTime();
        try (TestOffice office = TestOffice.create(folder.resolve("data"), KeyDerivation.OWASP)) {
            TestPanel panel = TestPanel.seat(office);
            long interviewId = office.services().interviews().start(panel.sitting.id(), panel.candidates.get(0).id())
                    .id();
            List<Rater> raters = office.services().interviews().raters(interviewId);
            ScoringService scoring = office.services().scoring();
            char[] password = TestOffice.PASSWORD.toCharArray();
            // Three sheets, each empty at first: one to warm up on, one for levels, one for evidence.
            SheetKey warm = scoring.unlock(interviewId, raters.get(2).memberId(), password);
            SheetKey levels = scoring.unlock(interviewId, raters.get(0).memberId(), password);
            SheetKey texts = scoring.unlock(interviewId, raters.get(1).memberId(), password);
            List<String> codes = levels.competencyCodes();
            System.out.printf("set-up (office, panel, interview, three sheets opened; passwords derived with %d "
                    + "iterations): %.1f s%n", KeyDerivation.OWASP.iterations(), (System.nanoTime() - setUp) / 1e9);
            System.out.printf("sheets of %d competencies, levels %d-%d%n", codes.size(), levels.lowest(),
                    levels.highest());

            for (int i = 0; i < warmUp; i++) {
                String code = codes.get(i % codes.size());
                if (i % 2 == 0) {
                    scoring.score(warm, code, level(warm, i));
                } else {
                    scoring.evidence(warm, code, evidence(i));
                }
            }
            long[] score = new long[calls];
            for (int i = 0; i < calls; i++) {
                String code = codes.get(i % codes.size());
                int level = level(levels, i);
                long start = System.nanoTime();
                scoring.score(levels, code, level);
                score[i] = System.nanoTime() - start;
            }
            long[] evidence = new long[calls];
            for (int i = 0; i < calls; i++) {
                String code = codes.get(i % codes.size());
                String text = evidence(i);
                long start = System.nanoTime();
                scoring.evidence(texts, code, text);
                evidence[i] = System.nanoTime() - start;
            }
            System.out.printf("warm-up %d calls on another sheet; then %d calls of score on one sheet and %d of "
                    + "evidence on another, each sheet empty at first, timed one by one (ms):%n", warmUp, calls, calls);
            report("score", score, 0, calls);
            report("evidence", evidence, 0, calls);
            System.out.println("the same by the number of entries already on the sheet (ms):");
            int[] bounds = {0, 50, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, Integer.MAX_VALUE};
            for (int b = 0; b + 1 < bounds.length && bounds[b] < calls; b++) {
                int to = Math.min(bounds[b + 1], calls);
                report("score " + bounds[b] + "-" + (to - 1), score, bounds[b], to);
                report("evidence " + bounds[b] + "-" + (to - 1), evidence, bounds[b], to);
            }
            System.out.println("load average at the end: " + LatencyFigures.loadAverage());
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

    private static void report(String name, long[] nanos, int from, int to) {
        LatencyFigures.report(name, nanos, from, to);
    }
}

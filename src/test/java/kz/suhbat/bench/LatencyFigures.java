package kz.suhbat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/** How the latency benchmarks report: percentiles of timed calls in ms, and what the machine was doing. */
final class LatencyFigures {

    private LatencyFigures() {
    }

    /** Prints the count, median, p90, p99 and maximum of {@code nanos[from, to)} in ms. */
    static void report(String name, long[] nanos, int from, int to) {
        long[] sorted = Arrays.copyOfRange(nanos, from, to);
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-20s count %5d   median %7.2f   p90 %7.2f   p99 %7.2f   max %7.2f%n", name,
                sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 99)),
                ms(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The system's load over the last 1, 5 and 15 minutes: other work on the machine skews the figures. */
    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1)
                    .strip()).orElse("CPU model unknown");
        } catch (IOException | RuntimeException e) {
            return "CPU model unknown";
        }
    }
}

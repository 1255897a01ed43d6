package kz.suhbat.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.common.i18n.LocalizedText;
import kz.suhbat.exchange.CentralRecipient;
import kz.suhbat.exchange.Manifest;
import kz.suhbat.exchange.PackageData;
import kz.suhbat.exchange.PackageFormat;
import kz.suhbat.exchange.PackageWriter;
import kz.suhbat.exchange.SigningKey;
import kz.suhbat.rubric.Framework;
import kz.suhbat.rubric.PositionProfile;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.security.Office;
import kz.suhbat.security.Region;

/**
 * A synthetic national attestation of corps "B" servants, as the central office receives it: offices in
 * every region, each sending the signed packages of its attestation campaigns, for the territorial
 * departments of ministries (central state bodies) and for akimats (local executive bodies), on the
 * built-in framework's managerial (MGR-B) and executive (EXE-B) profiles. Everything follows from the
 * seed, so the demo and the benchmarks hold the same shape whatever their size:
 * <ul>
 *   <li>the decisions split as in 2017 ({@link #SEED_004}: 61,115 fit the post, 4,851 promotion,
 *       747 demotion, 140 dismissal of 66,853), scaled exactly to the number decided by largest remainder;
 *       levels follow the decision (promotion high, demotion and dismissal low), except a few decisions the
 *       panel took against the threshold; some candidates did not appear, some competencies were divergent
 *       and the panel agreed a level, some members recused themselves and some dissented;</li>
 *   <li>differences a report must find: central bodies' servants are weaker on cooperation
 *       ({@value #CENTRAL_WEAK}), local bodies' on self-development ({@value #LOCAL_WEAK}), and the regions
 *       of {@link #REGION_WEAK} each on one more competency;</li>
 *   <li>raters of known temper ({@link #temper}): in every office member 2 scores about a level above the
 *       others, member 3 a level below in every fifth office (0, 5, 10 …), and member 4 gives one level to
 *       every competency of a candidate (a strong halo) in every fourth office (1, 5, 9 …); where a member is
 *       severe, the others lean a fifth of a level up, so that every panel's average leans alike and no
 *       office looks weaker for its severe member alone.</li>
 * </ul>
 * Office {@code o} (from 0) is in region {@code Region.values()[o % 20]}; each package's data is made on
 * its own from the seed, so a package can be made again without the others.
 */
public final class NationalAttestation {

    /** The decisions of the 2017 attestation of 66,853 corps "B" servants. */
    public static final Map<Outcome, Integer> SEED_004 = seed004();
    public static final String CENTRAL_WEAK = "COO";
    public static final String LOCAL_WEAK = "DEV";
    /** The regions weaker on one competency more: stress resistance, and informing service users. */
    public static final Map<Region, String> REGION_WEAK = Map.of(Region.KYZYLORDA, "STR", Region.MANGYSTAU, "INF");
    /** How far below the others a weaker group's true level lies. */
    static final double WEAKER_BY = 0.6;

    /** How a member scores against the rest of the panel. */
    public enum Temper { EVEN, LENIENT, SEVERE, HALO }

    /**
     * How large: {@code offices} offices, each sending {@code campaignsPerOffice} campaigns (with two, the
     * first for central bodies and the second for local ones; with one, offices 1 to 20 send central bodies'
     * campaigns, 21 to 40 local ones, and so on), {@code decided} candidates decided among them, sitting in {@code year}. Office codes are
     * {@code codePrefix-001} on; {@code nameSuffix} ends each office's name.
     */
    public record Shape(int offices, int campaignsPerOffice, int decided, int year, String codePrefix,
                       String nameSuffix) {
        public Shape {
            if (offices < 1 || campaignsPerOffice < 1 || campaignsPerOffice > 2 || decided < offices * campaignsPerOffice) {
                throw new IllegalArgumentException("Too few candidates for the offices");
            }
        }
    }

    /** One package the central office receives: office {@code office}'s {@code sequence}-th campaign. */
    public record Sending(int index, int officeIndex, Office office, String body, long sequence, int decided,
                          int firstDecided) {
    }

    private final Framework framework;
    private final Shape shape;
    private final long seed;
    private final List<Office> offices;
    private final List<Sending> sendings;
    private final Outcome[] outcomes;

    public NationalAttestation(Framework framework, Shape shape, long seed) {
        this.framework = framework;
        this.shape = shape;
        this.seed = seed;
        this.offices = new ArrayList<>();
        for (int o = 0; o < shape.offices(); o++) {
            offices.add(office(o));
        }
        this.sendings = new ArrayList<>();
        int count = shape.offices() * shape.campaignsPerOffice();
        int first = 0;
        for (int k = 0; k < count; k++) {
            int o = k / shape.campaignsPerOffice();
            int j = k % shape.campaignsPerOffice();
            int share = shape.decided() / count + (k < shape.decided() % count ? 1 : 0);
            boolean central = shape.campaignsPerOffice() == 2 ? j == 0 : (o / Region.values().length) % 2 == 0;
            sendings.add(new Sending(k, o, offices.get(o), central ? "CENTRAL" : "LOCAL", j + 1, share, first));
            first += share;
        }
        this.outcomes = shuffled(outcomeCounts(shape.decided()), new Random(seed));
    }

    public List<Office> offices() {
        return List.copyOf(offices);
    }

    public List<Sending> sendings() {
        return List.copyOf(sendings);
    }

    /** The data of one package, made again the same each time. */
    public PackageData data(Sending sending) {
        Random random = new Random(seed * 1_000_003L + sending.index());
        List<PositionProfile> profiles = List.of(profile("MGR-B"), profile("EXE-B"));
        AttestationPanel panel = new AttestationPanel(framework, profiles, sending, shape.year(), random);
        Outcome[] planned = new Outcome[sending.decided()];
        System.arraycopy(outcomes, sending.firstDecided(), planned, 0, planned.length);
        return panel.campaign(planned, title(sending));
    }

    /** The decisions {@code decided} candidates receive: the 2017 shares, scaled by largest remainder. */
    public static Map<Outcome, Integer> outcomeCounts(int decided) {
        int whole = SEED_004.values().stream().mapToInt(Integer::intValue).sum();
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        Map<Outcome, Long> remainders = new EnumMap<>(Outcome.class);
        int given = 0;
        for (Map.Entry<Outcome, Integer> share : SEED_004.entrySet()) {
            long scaled = (long) share.getValue() * decided;
            counts.put(share.getKey(), (int) (scaled / whole));
            remainders.put(share.getKey(), scaled % whole);
            given += (int) (scaled / whole);
        }
        List<Outcome> byRemainder = new ArrayList<>(SEED_004.keySet());
        byRemainder.sort((a, b) -> Long.compare(remainders.get(b), remainders.get(a)));
        for (int i = 0; i < decided - given; i++) {
            counts.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return counts;
    }

    /** How member {@code member} of office {@code officeIndex}'s panels scores (see the class comment). */
    public static Temper temper(int officeIndex, long member) {
        if (member == 2) {
            return Temper.LENIENT;
        }
        if (member == 3 && officeIndex % 5 == 0) {
            return Temper.SEVERE;
        }
        if (member == 4 && officeIndex % 4 == 1) {
            return Temper.HALO;
        }
        return Temper.EVEN;
    }

    /** Signs {@code data} as {@code office}'s package number {@code sequence} and writes it into {@code folder}. */
    public static Path writeSigned(Path folder, Office office, SigningKey key, long sequence, PackageData data)
            throws IOException {
        return writeSigned(folder, office, key, sequence, data, Optional.empty());
    }

    /** The package, encrypted for {@code recipient} when there is one. */
    public static Path writeSigned(Path folder, Office office, SigningKey key, long sequence, PackageData data,
                                   Optional<CentralRecipient> recipient) throws IOException {
        Instant now = Instant.now();
        Manifest metadata = new Manifest(PackageFormat.VERSION, UUID.randomUUID().toString(), office.code(), sequence,
                now.toString(), "0".repeat(64), 0L, key.fingerprint(), data.campaign().id(), data.campaign().title(),
                null, List.of());
        PackageWriter.SignedPackage signed = PackageWriter.sign(metadata,
                List.of(new PackageWriter.Entry(PackageFormat.DATA, data.toJson())), recipient, key.privateKey());
        Path file = folder.resolve(office.code() + "-" + sequence + PackageFormat.EXTENSION);
        Files.write(file, signed.toBytes(now, key.privateKey()));
        return file;
    }

    /** The true level's offset of a candidate of {@code body} in {@code region} on {@code competency}. */
    static double effect(String body, Region region, String competency) {
        double effect = 0;
        if (body.equals("CENTRAL") && competency.equals(CENTRAL_WEAK)
                || body.equals("LOCAL") && competency.equals(LOCAL_WEAK)) {
            effect -= WEAKER_BY;
        }
        if (competency.equals(REGION_WEAK.get(region))) {
            effect -= WEAKER_BY;
        }
        return effect;
    }

    private PositionProfile profile(String code) {
        return framework.profiles().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The framework has no profile " + code));
    }

    private Office office(int o) {
        Region region = Region.values()[o % Region.values().length];
        int number = o / Region.values().length + 1;
        boolean several = shape.offices() > Region.values().length;
        String suffix = (several ? " №" + number : "") + shape.nameSuffix();
        String kk = I18n.bundleFor(Language.KK).getString("region." + region.name());
        String ru = I18n.bundleFor(Language.RU).getString("region." + region.name());
        String en = I18n.bundleFor(Language.EN).getString("region." + region.name());
        return Office.withDefaults(LocalizedText.of(kk + " бойынша департамент" + suffix,
                        "Департамент: " + ru + suffix, "Department for " + en + suffix),
                LocalizedText.of(kk, ru, en), String.format("%s-%03d", shape.codePrefix(), o + 1), region);
    }

    private String title(Sending sending) {
        return (sending.body().equals("CENTRAL") ? "Орталық органдардың аумақтық бөлімшелері"
                : "Жергілікті атқарушы органдар") + ": қызметшілерді аттестаттау, " + shape.year();
    }

    private static Outcome[] shuffled(Map<Outcome, Integer> counts, Random random) {
        List<Outcome> all = new ArrayList<>();
        counts.forEach((outcome, n) -> {
            for (int i = 0; i < n; i++) {
                all.add(outcome);
            }
        });
        java.util.Collections.shuffle(all, random);
        return all.toArray(Outcome[]::new);
    }

    private static Map<Outcome, Integer> seed004() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        counts.put(Outcome.FITS_POST, 61_115);
        counts.put(Outcome.PROMOTION, 4_851);
        counts.put(Outcome.DEMOTION, 747);
        counts.put(Outcome.DISMISSAL, 140);
        return java.util.Collections.unmodifiableMap(counts);
    }
}

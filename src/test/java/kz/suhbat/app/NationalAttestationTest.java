package kz.suhbat.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.suhbat.exchange.PackageData;
import kz.suhbat.rubric.DemoFramework;
import kz.suhbat.scoring.Outcome;
import kz.suhbat.security.Region;
import org.junit.jupiter.api.Test;

/** The synthetic national attestation: the 2017 shares, its built-in raters, and the same data from the same seed. */
class NationalAttestationTest {

    private static final NationalAttestation SMALL = new NationalAttestation(DemoFramework.read(),
            new NationalAttestation.Shape(20, 2, 1_000, 2017, "T", ""), 7);

    @Test
    void theWholeAttestationHasThe2017DecisionsAndASampleTheirSharesScaledExactly() {
        assertEquals(NationalAttestation.SEED_004, NationalAttestation.outcomeCounts(66_853));
        assertEquals(Map.of(Outcome.FITS_POST, 1828, Outcome.PROMOTION, 145, Outcome.DEMOTION, 23,
                Outcome.DISMISSAL, 4), NationalAttestation.outcomeCounts(2_000));
        assertEquals(Map.of(Outcome.FITS_POST, 914, Outcome.PROMOTION, 73, Outcome.DEMOTION, 11,
                Outcome.DISMISSAL, 2), NationalAttestation.outcomeCounts(1_000));
        Map<Outcome, Integer> decided = new EnumMap<>(Outcome.class);
        int absent = 0;
        for (NationalAttestation.Sending sending : SMALL.sendings()) {
            for (PackageData.CandidatePart c : SMALL.data(sending).candidates()) {
                if (c.absent()) {
                    absent++;
                } else {
                    decided.merge(Outcome.valueOf(c.decision()), 1, Integer::sum);
                }
            }
        }
        assertEquals(NationalAttestation.outcomeCounts(1_000), decided);
        assertEquals(40, absent, "one candidate of each campaign did not appear");
    }

    @Test
    void everyRegionHasAnOfficeSendingACentralAndALocalCampaign() {
        assertEquals(List.of(Region.values()), SMALL.offices().stream().map(o -> o.region()).toList());
        Map<String, List<String>> bodies = SMALL.sendings().stream().collect(Collectors.groupingBy(
                s -> s.office().code(), Collectors.mapping(NationalAttestation.Sending::body, Collectors.toList())));
        bodies.values().forEach(b -> assertEquals(List.of("CENTRAL", "LOCAL"), b));
    }

    /** About a level: less where the scale's top (or bottom) cuts the lenient (severe) member's levels off. */
    @Test
    void theLenientMemberScoresAboutALevelAboveTheOthersAndTheHaloMemberGivesOneLevel() {
        for (NationalAttestation.Sending sending : SMALL.sendings()) {
            Map<Long, double[]> sums = new HashMap<>();
            for (PackageData.CandidatePart c : SMALL.data(sending).candidates()) {
                Map<Long, Double> levels = c.scores().stream().collect(Collectors.groupingBy(
                        PackageData.ScorePart::member, Collectors.averagingInt(PackageData.ScorePart::level)));
                if (levels.size() < 5) {
                    continue;
                }
                double others = (levels.get(1L) + levels.get(5L)) / 2;
                sums.computeIfAbsent(2L, m -> new double[2])[0] += levels.get(2L) - others;
                sums.get(2L)[1]++;
                sums.computeIfAbsent(3L, m -> new double[2])[0] += levels.get(3L) - others;
                sums.get(3L)[1]++;
                if (NationalAttestation.temper(sending.officeIndex(), 4) == NationalAttestation.Temper.HALO) {
                    assertEquals(1, c.scores().stream().filter(s -> s.member() == 4).map(PackageData.ScorePart::level)
                            .distinct().count(), "a halo: one level for every competency");
                }
            }
            double lenient = sums.get(2L)[0] / sums.get(2L)[1];
            double third = sums.get(3L)[0] / sums.get(3L)[1];
            assertTrue(lenient > 0.5 && lenient < 1.2, "member 2 of " + sending.office().code() + ": " + lenient);
            boolean severe = NationalAttestation.temper(sending.officeIndex(), 3) == NationalAttestation.Temper.SEVERE;
            assertTrue(severe ? third < -0.5 && third > -1.2 : Math.abs(third) < 0.25,
                    "member 3 of " + sending.office().code() + ": " + third);
        }
    }

    @Test
    void theSameSeedMakesTheSameData() {
        NationalAttestation again = new NationalAttestation(DemoFramework.read(),
                new NationalAttestation.Shape(20, 2, 1_000, 2017, "T", ""), 7);
        NationalAttestation.Sending last = SMALL.sendings().get(39);
        assertArrayEquals(SMALL.data(last).toJson(), again.data(again.sendings().get(39)).toJson());
        NationalAttestation other = new NationalAttestation(DemoFramework.read(),
                new NationalAttestation.Shape(20, 2, 1_000, 2017, "T", ""), 8);
        assertTrue(!java.util.Arrays.equals(SMALL.data(last).toJson(), other.data(other.sendings().get(39)).toJson()));
    }
}

package kz.suhbat.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import kz.suhbat.common.i18n.Language;
import kz.suhbat.panel.PanelMember;
import kz.suhbat.panel.PanelService;
import kz.suhbat.panel.Sitting;
import kz.suhbat.protocol.pdf.ProtocolPdf;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.MutableClock;
import kz.suhbat.testsupport.TestOffice;
import kz.suhbat.testsupport.TestPanel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Protocol numbers: given once per sitting when its protocol is first produced, one after another in
 * the office's register of the year, the same on every later print, never to a sitting that has not
 * opened, and from 1 again in a new year.
 */
class ProtocolNumberTest {

    @TempDir
    Path temp;

    private TestOffice office;
    private TestPanel panel;
    private PanelService panels;
    private ProtocolService protocols;

    @BeforeEach
    void office() {
        office = TestOffice.create(temp, new KeyDerivation(1_000),
                new MutableClock(Instant.parse("2026-12-30T05:00:00Z")));
        panel = TestPanel.seat(office);
        panels = office.services().panels();
        protocols = office.services().protocols();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Sitting sittingOn(LocalDate date, boolean open) {
        Sitting sitting = panels.planSitting(panel.campaign.id(), date, "Зал 5");
        panels.addSlot(sitting.id(), LocalTime.of(15, 0), panel.candidates.get(2).id());
        for (PanelMember member : panel.voting) {
            panels.markPresent(sitting.id(), member.id(), true);
        }
        return open ? panels.open(sitting.id()) : sitting;
    }

    private int number(Sitting sitting) {
        return protocols.protocol(sitting.id()).number().orElseThrow().number();
    }

    @Test
    void twoSittingsGetConsecutiveNumbersAndAReprintKeepsItsNumber() throws Exception {
        Sitting second = sittingOn(panel.sitting.date(), true);
        assertEquals(1, number(panel.sitting));
        assertEquals(2, number(second));
        assertEquals(1, number(panel.sitting), "printed again, the first keeps its number");
        panels.close(panel.sitting.id());
        assertEquals(1, number(panel.sitting), "and keeps it once the sitting is closed");
        assertEquals(2, number(second));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProtocolPdf(Language.RU).write(protocols.protocol(second.id()), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("ПРОТОКОЛ № 2"));
        }
    }

    @Test
    void aSittingNotYetOpenedHasNoNumberAndTakesNone() {
        Sitting planned = sittingOn(panel.sitting.date(), false);
        assertEquals(Optional.empty(), protocols.protocol(planned.id()).number());
        assertEquals(1, number(panel.sitting), "the planned sitting took no number");
        panels.open(planned.id());
        assertEquals(2, number(planned));
    }

    @Test
    void twoSavesAtTheSameMomentNeverShareANumber() throws Exception {
        java.util.List<Sitting> sittings = new java.util.ArrayList<>(java.util.List.of(panel.sitting));
        for (int i = 0; i < 3; i++) {
            sittings.add(sittingOn(panel.sitting.date(), true));
        }
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(sittings.size());
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(
                sittings.size());
        try {
            java.util.List<java.util.concurrent.Future<Integer>> numbers = new java.util.ArrayList<>();
            for (Sitting sitting : sittings) {
                numbers.add(threads.submit(() -> {
                    together.await();
                    return number(sitting);
                }));
            }
            java.util.Set<Integer> given = new java.util.TreeSet<>();
            for (var number : numbers) {
                given.add(number.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(java.util.Set.of(1, 2, 3, 4), given, "four sittings, four different numbers");
        } finally {
            threads.shutdownNow();
        }
        for (int i = 0; i < sittings.size(); i++) {
            assertEquals(number(sittings.get(i)), number(sittings.get(i)), "each keeps the number it got");
        }
    }

    @Test
    void aNewYearStartsAgainAtOne() {
        int year = panel.sitting.date().getYear();
        assertEquals(1, number(panel.sitting));
        Sitting nextYear = sittingOn(LocalDate.of(year + 1, 1, 14), true);
        Sitting alsoNextYear = sittingOn(LocalDate.of(year + 1, 1, 15), true);
        assertEquals(1, number(nextYear));
        assertEquals(2, number(alsoNextYear));
        Sitting laterThisYear = sittingOn(panel.sitting.date(), true);
        assertEquals(2, number(laterThisYear), "the year's register goes on where it was");
        assertEquals(year + 1, protocols.protocol(nextYear.id()).number().orElseThrow().year());
    }
}

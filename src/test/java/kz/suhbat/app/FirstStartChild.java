package kz.suhbat.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import kz.suhbat.campaign.CampaignFilter;
import kz.suhbat.campaign.CampaignType;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.interview.Interview;
import kz.suhbat.panel.Agenda;
import kz.suhbat.panel.Sitting;
import kz.suhbat.security.KeyDerivation;

/**
 * Child process of {@link FirstStartDurabilityTest}: the demo's first start as the window makes it. The
 * demo office is set up in the empty folder, the sign-in screen waits until {@code idleSeconds} have passed
 * since the set-up began, then the secretary signs in (the scheduled backup is made, as on every sign-in
 * when one is due) and starts the interview of the first candidate on the sitting's agenda who has none.
 * Prints {@code STARTED <sitting> <candidate> <interview>} once the start has returned, and waits to be
 * killed.
 */
public final class FirstStartChild {

    static final KeyDerivation DERIVATION = new KeyDerivation(10_000);

    private FirstStartChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path data = Path.of(args[0]);
        long idleMillis = Long.parseLong(args[1]) * 1000;
        long began = System.nanoTime();
        Entrance entrance = new Entrance(new DataFolder(data, DataFolder.Kind.EXPLICIT), DERIVATION,
                Clock.systemUTC(), new SecureRandom());
        if (!entrance.isSetUp()) {
            DemoOffice.setUp(entrance);
        }
        long waited = (System.nanoTime() - began) / 1_000_000;
        Thread.sleep(Math.max(0, idleMillis - waited));

        Services services = ((Entrance.Outcome.SignedIn) entrance.signIn("secretary",
                DemoOffice.PASSWORD.toCharArray())).services();
        services.backups().backupIfDue();
        Sitting sitting = competitionSitting(services);
        Set<Long> started = services.interviews().interviews(sitting.id()).stream().map(Interview::candidateId)
                .collect(Collectors.toSet());
        Agenda.Item next = services.panels().agenda(sitting.id()).items().stream()
                .filter(item -> !item.absent() && !started.contains(item.candidate().id())).findFirst()
                .orElseThrow();
        Interview interview = services.interviews().start(sitting.id(), next.candidate().id());
        System.out.println("STARTED " + sitting.id() + " " + next.candidate().id() + " " + interview.id());
        System.out.flush();
        Thread.sleep(120_000);
    }

    /** The sitting of the demo's competition: the one that sits today. */
    static Sitting competitionSitting(Services services) {
        long campaignId = services.campaigns().list(CampaignFilter.ALL).stream()
                .filter(summary -> summary.campaign().type() == CampaignType.COMPETITION).findFirst().orElseThrow()
                .campaign().id();
        return services.panels().sittings(campaignId).stream()
                .filter(sitting -> sitting.status() == kz.suhbat.panel.SittingStatus.OPEN).findFirst().orElseThrow();
    }
}

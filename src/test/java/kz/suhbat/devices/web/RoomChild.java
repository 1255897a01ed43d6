package kz.suhbat.devices.web;

import java.nio.file.Path;
import java.security.SecureRandom;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.panel.SittingStatus;
import kz.suhbat.security.KeyDerivation;
import kz.suhbat.testsupport.TestOffice;

/**
 * Child process of {@link KilledDuringEntriesTest}: Suhbat on the secretary's laptop with the members'
 * devices of the open sitting started on 127.0.0.1 at the given port (0: any). Prints
 * {@code READY <address>} once devices can connect, and runs until it is killed.
 */
public final class RoomChild {

    static final KeyDerivation DERIVATION = new KeyDerivation(1_000);

    private RoomChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        DataFolder folder = new DataFolder(Path.of(args[0]), DataFolder.Kind.EXPLICIT);
        int port = Integer.parseInt(args[1]);
        TestOffice office = TestOffice.signIn(folder, DERIVATION);
        office.actAs(office.services().accountRepository().findByLogin("secretary").orElseThrow());
        long campaign = office.services().campaigns().list(kz.suhbat.campaign.CampaignFilter.ALL).get(0)
                .campaign().id();
        long sitting = office.services().panels().sittings(campaign).stream()
                .filter(s -> s.status() == SittingStatus.OPEN).findFirst().orElseThrow().id();
        RoomServer server = RoomServer.start(office.services().room().open(sitting),
                office.services().room().certificate(), "127.0.0.1", port, new SecureRandom());
        System.out.println("READY " + server.address());
        System.out.flush();
        Thread.sleep(600_000);
    }
}

package kz.suhbat.exchange;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import kz.suhbat.app.Entrance;
import kz.suhbat.common.Progress;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.testsupport.TestOffice;

/**
 * Child process of {@link ImportKillTest}: the analyst signs in to the central office's folder and
 * imports the packages named, one after another, until the process is killed. Each package is reported
 * on standard output ({@code IMPORTED file .}) only after the import service returned.
 *
 * <p>Arguments: data folder, package files.
 */
public final class ImportChild {

    private ImportChild() {
    }

    public static void main(String[] args) {
        Entrance entrance = new Entrance(new DataFolder(Path.of(args[0]), DataFolder.Kind.EXPLICIT),
                ExchangeFixture.FAST, Clock.systemUTC(), new SecureRandom());
        Entrance.Outcome outcome = entrance.signIn("analyst", TestOffice.PASSWORD.toCharArray());
        ImportService imports = ((Entrance.Outcome.SignedIn) outcome).services().imports();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            ImportOutcome done = imports.importPackages(List.of(file), Progress.NONE).get(0);
            System.out.println(done.kind() + " " + file.getFileName()
                    + done.refusal().map(r -> " " + r.reason()).orElse("") + " .");
            System.out.flush();
        }
        System.out.println("DONE");
    }
}

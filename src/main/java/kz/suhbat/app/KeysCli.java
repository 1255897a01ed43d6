package kz.suhbat.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import kz.suhbat.common.db.DataFolder;
import kz.suhbat.common.i18n.I18n;
import kz.suhbat.exchange.ExchangeRefusal;
import kz.suhbat.exchange.KeyFiles;
import kz.suhbat.exchange.KeyRegistryService;
import kz.suhbat.exchange.OfficeKeyFile;
import kz.suhbat.exchange.RegisteredKey;
import kz.suhbat.exchange.ui.ExchangeErrors;

/**
 * {@code suhbat keys list|register|revoke …}: the central office's registry of office keys for scripts,
 * with the same rules as the Exchange screen (an administrator registers and revokes).
 */
final class KeysCli {

    /** The shortest beginning of a fingerprint taken to name a key: the first group of the short form. */
    private static final int MIN_FINGERPRINT = 8;

    private final I18n i18n;
    private final PrintStream out;
    private final PrintStream err;
    private final CliAccess access;

    private KeysCli(DataFolder folder, I18n i18n, PrintStream out, PrintStream err, CliPasswords passwords) {
        this.i18n = i18n;
        this.out = out;
        this.err = err;
        this.access = new CliAccess(folder, i18n, err, passwords);
    }

    /** Runs the command given after {@code keys}; returns the process exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err, CliPasswords passwords) {
        return CliAccess.start(args, err, "keys.cli.usage", KeysCliCommand::parse,
                (folder, i18n, command) -> new KeysCli(folder, i18n, out, err, passwords).execute(command));
    }

    private int execute(KeysCliCommand command) {
        if (command.action() == KeysCliCommand.Action.HELP) {
            out.print(i18n.format("keys.cli.usage"));
            return CliAccess.OK;
        }
        return access.withServices(command.user(), services -> {
            KeyRegistryService keys = services.keyRegistry();
            try {
                return switch (command.action()) {
                    case LIST -> list(keys);
                    case REGISTER -> register(keys, command);
                    case REVOKE -> revoke(keys, command.argument());
                    case HELP -> CliAccess.OK;
                };
            } catch (ExchangeRefusal refusal) {
                err.println(ExchangeErrors.text(refusal, i18n));
                return CliAccess.REFUSED;
            }
        });
    }

    private int list(KeyRegistryService keys) {
        List<RegisteredKey> registered = keys.keys();
        if (registered.isEmpty()) {
            out.println(i18n.get("keys.cli.none"));
            return CliAccess.OK;
        }
        out.println(String.join("\t", i18n.get("keys.cli.office"), i18n.get("keys.cli.name"),
                i18n.get("keys.cli.region"), i18n.get("keys.cli.fingerprint"), i18n.get("keys.cli.registered"),
                i18n.get("keys.cli.revoked")));
        for (RegisteredKey key : registered) {
            out.println(String.join("\t", key.officeCode(), key.officeName(), i18n.get("region." + key.region()),
                    key.shortFingerprint(), date(key.registeredAt()),
                    key.revokedAt().map(this::date).orElse("—")));
        }
        return CliAccess.OK;
    }

    private int register(KeyRegistryService keys, KeysCliCommand command) {
        OfficeKeyFile file;
        try {
            file = KeyFiles.office(command.file());
        } catch (NoSuchFileException e) {
            err.println(ExchangeErrors.text(new ExchangeRefusal(ExchangeRefusal.Reason.NOT_FOUND, command.file()),
                    i18n));
            return CliAccess.REFUSED;
        } catch (IOException e) {
            err.println(ExchangeErrors.text(new ExchangeRefusal(ExchangeRefusal.Reason.UNREADABLE, command.file(),
                    String.valueOf(e.getMessage())), i18n));
            return CliAccess.REFUSED;
        }
        RegisteredKey key = keys.register(file);
        out.println(i18n.format("exchange.keyRegistered", key.officeCode(), key.shortFingerprint()));
        return CliAccess.OK;
    }

    /** Revokes the one key not yet revoked whose fingerprint begins as given (spaces and case aside). */
    private int revoke(KeyRegistryService keys, String given) {
        String wanted = given.replace(" ", "").toLowerCase(Locale.ROOT);
        List<RegisteredKey> matching = wanted.length() < MIN_FINGERPRINT ? List.of() : keys.keys().stream()
                .filter(k -> !k.revoked() && k.fingerprint().startsWith(wanted)).toList();
        if (matching.size() > 1) {
            err.println(i18n.format("keys.cli.ambiguous", given));
            return CliAccess.REFUSED;
        }
        if (matching.isEmpty()) {
            err.println(i18n.format("exchange.refusal.KEY_NOT_FOUND", given));
            return CliAccess.REFUSED;
        }
        RegisteredKey key = matching.get(0);
        keys.revoke(key.fingerprint());
        out.println(i18n.format("keys.cli.revokedKey", key.officeCode(), key.shortFingerprint()));
        return CliAccess.OK;
    }

    private String date(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.language().locale())
                .format(instant.atZone(ZoneId.systemDefault()));
    }
}

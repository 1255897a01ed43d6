package kz.suhbat.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.suhbat.common.i18n.Language;

/**
 * What {@code suhbat export|verify|import …} asked for:
 * {@code export --user LOGIN --admin LOGIN --campaign ID --to FOLDER [--language kk|ru|en]
 * [--encryption central|none] [--data-dir DIR]} (an administrator's login unlocks the office's signing key;
 * {@code none}: the secretary accepts an unencrypted package, while no central key is registered),
 * {@code verify --user LOGIN PACKAGE… [--data-dir DIR]} or
 * {@code import --user LOGIN PACKAGE|FOLDER… [--data-dir DIR]}.
 */
record ExchangeCliCommand(Action action, String user, long campaignId, Optional<Path> to,
                          Optional<Language> language, List<Path> packages, Optional<String> admin,
                          boolean unencrypted) {

    enum Action { EXPORT, VERIFY, IMPORT }

    static final Set<String> COMMANDS = Set.of("export", "verify", "import");

    private static final String USER = "--user";
    private static final String ADMIN = "--admin";
    private static final String CAMPAIGN = "--campaign";
    private static final String TO = "--to";
    private static final String LANGUAGE = "--language";
    private static final String ENCRYPTION = "--encryption";
    private static final Map<Action, Set<String>> OPTIONS = Map.of(
            Action.EXPORT, Set.of(USER, ADMIN, CAMPAIGN, TO, LANGUAGE, ENCRYPTION, RubricCliCommand.DATA_DIR),
            Action.VERIFY, Set.of(USER, RubricCliCommand.DATA_DIR),
            Action.IMPORT, Set.of(USER, RubricCliCommand.DATA_DIR));

    static ExchangeCliCommand parse(List<String> args) throws RubricCliCommand.UsageException {
        Action action = Action.valueOf(args.get(0).toUpperCase(java.util.Locale.ROOT));
        Map<String, String> options = new HashMap<>();
        List<Path> packages = new ArrayList<>();
        int i = 1;
        while (i < args.size()) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                CliOption option = CliOption.at(args, i);
                option.storeIn(options, OPTIONS.get(action));
                i = option.next();
            } else if (action == Action.EXPORT) {
                throw new RubricCliCommand.UsageException("rubricfile.cli.extraArgument", arg);
            } else {
                packages.add(Path.of(arg));
                i++;
            }
        }
        String user = required(options, USER);
        if (action != Action.EXPORT) {
            if (packages.isEmpty()) {
                throw new RubricCliCommand.UsageException("exchange.cli.noPackageNamed");
            }
            return new ExchangeCliCommand(action, user, 0, Optional.empty(), Optional.empty(), packages,
                    Optional.empty(), false);
        }
        String admin = required(options, ADMIN);
        String campaign = required(options, CAMPAIGN);
        long campaignId;
        try {
            campaignId = Long.parseLong(campaign.strip());
        } catch (NumberFormatException e) {
            throw new RubricCliCommand.UsageException("exchange.cli.badCampaign", campaign);
        }
        Optional<Language> language = Optional.empty();
        if (options.containsKey(LANGUAGE)) {
            language = Optional.of(Language.fromCode(options.get(LANGUAGE).strip())
                    .orElseThrow(() -> new RubricCliCommand.UsageException("exchange.cli.badLanguage",
                            options.get(LANGUAGE))));
        }
        String encryption = options.getOrDefault(ENCRYPTION, "central").strip();
        if (!encryption.equals("central") && !encryption.equals("none")) {
            throw new RubricCliCommand.UsageException("exchange.cli.badEncryption", encryption);
        }
        return new ExchangeCliCommand(action, user, campaignId, Optional.of(Path.of(required(options, TO))), language,
                List.of(), Optional.of(admin), encryption.equals("none"));
    }

    private static String required(Map<String, String> options, String name) throws RubricCliCommand.UsageException {
        String value = options.get(name);
        if (value == null) {
            throw new RubricCliCommand.UsageException("rubricfile.cli.missingOption", name);
        }
        return value;
    }
}

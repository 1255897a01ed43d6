package kz.suhbat.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code suhbat keys …} asked for: {@code keys list --user LOGIN [--data-dir DIR]},
 * {@code keys register FILE --user LOGIN [--data-dir DIR]} or
 * {@code keys revoke FINGERPRINT --user LOGIN [--data-dir DIR]}; {@code argument} is the key file or the
 * fingerprint, empty for {@code list}.
 */
record KeysCliCommand(Action action, String user, String argument) {

    enum Action { LIST, REGISTER, REVOKE, HELP }

    static final String COMMAND = "keys";

    private static final String USER = "--user";
    private static final Set<String> OPTIONS = Set.of(USER, RubricCliCommand.DATA_DIR);

    static KeysCliCommand parse(List<String> args) throws RubricCliCommand.UsageException {
        if (args.isEmpty()) {
            throw new RubricCliCommand.UsageException("keys.cli.missingAction");
        }
        Action action = switch (args.get(0)) {
            case "list" -> Action.LIST;
            case "register" -> Action.REGISTER;
            case "revoke" -> Action.REVOKE;
            case "help", "--help", "-h" -> Action.HELP;
            default -> throw new RubricCliCommand.UsageException("keys.cli.unknownAction", args.get(0));
        };
        if (action == Action.HELP) {
            return new KeysCliCommand(action, "", "");
        }
        Map<String, String> options = new HashMap<>();
        String argument = null;
        int i = 1;
        while (i < args.size()) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                CliOption option = CliOption.at(args, i);
                option.storeIn(options, OPTIONS);
                i = option.next();
            } else if (action != Action.LIST && argument == null) {
                argument = arg;
                i++;
            } else {
                throw new RubricCliCommand.UsageException("rubricfile.cli.extraArgument", arg);
            }
        }
        String user = options.get(USER);
        if (user == null) {
            throw new RubricCliCommand.UsageException("rubricfile.cli.missingOption", USER);
        }
        if (action == Action.REGISTER && argument == null) {
            throw new RubricCliCommand.UsageException("keys.cli.missingFile");
        }
        if (action == Action.REVOKE && argument == null) {
            throw new RubricCliCommand.UsageException("keys.cli.missingFingerprint");
        }
        return new KeysCliCommand(action, user, argument == null ? "" : argument);
    }

    Path file() {
        return Path.of(argument);
    }
}

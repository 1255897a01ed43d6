package kz.suhbat.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the command line asked for. */
record LaunchOptions(Optional<Path> dataDir, boolean help, boolean exitWhenReady, boolean demo) {

    static final String USAGE = """
            Usage: suhbat [--data-dir DIR] [--demo]
              --data-dir DIR   keep the database, settings and logs in DIR
              --demo           open the demo office (a folder of its own, "demo" inside the data
                               folder unless --data-dir is given), set up with demo data at first start
              --help           show this text
              --exit-when-ready  start, show the framework, then close (checks an installation)
            """;

    static LaunchOptions parse(List<String> args) {
        Optional<Path> dataDir = Optional.empty();
        boolean help = false;
        boolean exitWhenReady = false;
        boolean demo = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--exit-when-ready")) {
                exitWhenReady = true;
            } else if (arg.equals("--data-dir")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException("--data-dir needs a folder");
                }
                dataDir = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Optional.of(Path.of(arg.substring("--data-dir=".length())));
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        return new LaunchOptions(dataDir, help, exitWhenReady, demo);
    }
}

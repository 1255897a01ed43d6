package kz.suhbat.app;

import java.util.Optional;

/** Where a command gets the password of {@code --user}. */
@FunctionalInterface
interface CliPasswords {

    String ENVIRONMENT = "SUHBAT_PASSWORD";

    /** The password, or empty when there is no way to ask for one. */
    Optional<char[]> password(String prompt);

    /** The environment variable {@value #ENVIRONMENT} (for scripts), otherwise the console. */
    static CliPasswords standard() {
        return prompt -> {
            String fromEnvironment = System.getenv(ENVIRONMENT);
            if (fromEnvironment != null) {
                return Optional.of(fromEnvironment.toCharArray());
            }
            java.io.Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
        };
    }
}

package kz.suhbat.common.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Where a central office's data lives when it is not the laptop's embedded file: the file
 * {@value #FILE_NAME} in the data folder names a PostgreSQL 15+ server. Without that file the data folder
 * keeps the embedded H2 database, as every regional office does.
 *
 * <pre>
 * hosts = db1.central.gov.kz:5432, db2.central.gov.kz:5432   (primary and standbys, in any order)
 * database = suhbat
 * user = suhbat
 * password-file = server.password      (relative to the data folder; readable by its owner only;
 *                                        without it the password is asked for when Suhbat starts)
 * tls = verify-full                     (or off, for a server on this computer only)
 * root-certificate = root.crt           (the certificate of the authority that signed the server's)
 * </pre>
 */
public record ServerSetting(List<String> hosts, String database, String user, Optional<Path> passwordFile,
                            boolean verifyFull,
                            Optional<Path> rootCertificate) {

    public static final String FILE_NAME = "server.properties";
    private static final int DEFAULT_PORT = 5432;

    public ServerSetting {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty() || database.isBlank() || user.isBlank()) {
            throw new IllegalArgumentException("A server needs hosts, a database and a user");
        }
    }

    /** The server the data folder names, or empty for the embedded database. */
    public static Optional<ServerSetting> in(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.SERVER_SETTING, e);
        }
        try {
            List<String> hosts = new ArrayList<>();
            for (String host : properties.getProperty("hosts", "").split(",")) {
                if (!host.isBlank()) {
                    hosts.add(host.strip().contains(":") ? host.strip() : host.strip() + ":" + DEFAULT_PORT);
                }
            }
            String tls = properties.getProperty("tls", "verify-full").strip();
            if (!tls.equals("verify-full") && !tls.equals("off")) {
                throw new IllegalArgumentException("tls is verify-full or off, not " + tls);
            }
            String root = properties.getProperty("root-certificate", "").strip();
            return Optional.of(new ServerSetting(hosts, properties.getProperty("database", "").strip(),
                    properties.getProperty("user", "").strip(),
                    Optional.ofNullable(properties.getProperty("password-file")).map(String::strip)
                            .filter(f -> !f.isEmpty()).map(dataFolder::resolve),
                    tls.equals("verify-full"), root.isEmpty() ? Optional.empty() : Optional.of(dataFolder.resolve(root))));
        } catch (IllegalArgumentException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.SERVER_SETTING, e);
        }
    }

    /** Writes this setting into {@code dataFolder} (the set-up script and the tests do). */
    public void writeTo(Path dataFolder) {
        Properties properties = new Properties();
        properties.setProperty("hosts", String.join(",", hosts));
        properties.setProperty("database", database);
        properties.setProperty("user", user);
        passwordFile.ifPresent(file -> properties.setProperty("password-file", dataFolder.relativize(file).toString()));
        properties.setProperty("tls", verifyFull ? "verify-full" : "off");
        rootCertificate.ifPresent(root -> properties.setProperty("root-certificate", root.toString()));
        try (var out = Files.newBufferedWriter(dataFolder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.store(out, "The PostgreSQL server that keeps this office's data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The driver's address: every host, the primary chosen among them (so a promoted standby is found after
     * a failover), TLS verified against the root certificate when {@code tls = verify-full}.
     */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(String.join(",", hosts)).append('/')
                .append(URLEncoder.encode(database, StandardCharsets.UTF_8))
                .append("?targetServerType=primary&connectTimeout=10&tcpKeepAlive=true&ApplicationName=Suhbat");
        if (verifyFull) {
            url.append("&sslmode=verify-full");
            rootCertificate.ifPresent(root -> url.append("&sslrootcert=")
                    .append(URLEncoder.encode(root.toString(), StandardCharsets.UTF_8)));
        } else {
            url.append("&sslmode=disable");
        }
        return url.toString();
    }

    /** Whether the role's password is asked for at the start, there being no file that holds it. */
    public boolean asksForPassword() {
        return passwordFile.isEmpty();
    }

    /**
     * The role's password, from its file. A file others may read is refused, as PostgreSQL's own
     * {@code .pgpass} is: the password opens every record of every office.
     */
    public char[] password() {
        Path passwordFile = this.passwordFile.orElseThrow(() -> new IllegalStateException("The password is asked for"));
        try {
            if (Files.getFileStore(passwordFile).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(passwordFile);
                if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                    throw new DatabaseOpenException(DatabaseOpenException.Reason.SERVER_PASSWORD_FILE,
                            new IOException(passwordFile + " may be read by others"));
                }
            }
            String text = Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            return text.toCharArray();
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.SERVER_PASSWORD_FILE, e);
        }
    }
}

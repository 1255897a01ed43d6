package kz.suhbat.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One {@link Credential} per account that may sign in: the file {@code keyring.json} beside a laptop's
 * database ({@link KeyringFile}), or the keyring document in a central office's server database, where
 * every workstation reads it ({@link KeyringStore}). Each change is a read, change and write of the
 * whole document under the store's lock, so workstations never undo each other's changes. It holds no
 * names, roles or data, only what it takes to check a password and unwrap the database key. Every change
 * is written atomically, and the file is readable by its owner alone.
 * Version 2 holds each account's public key and what is sealed to it; a version-1 file is read and
 * written back as version 2, its entries upgraded one by one as their accounts sign in.
 */
public final class Keyring {

    public static final String FILE_NAME = "keyring.json";
    static final String FORMAT = "suhbat-keyring";
    static final int VERSION = 2;
    private static final int FIRST_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final KeyringStore store;

    private Keyring(KeyringStore store) {
        this.store = store;
    }

    public static Path fileIn(Path dataFolder) {
        return dataFolder.resolve(FILE_NAME);
    }

    public static boolean existsIn(Path dataFolder) {
        return Files.isRegularFile(fileIn(dataFolder));
    }

    /**
     * Reads the keyring of {@code dataFolder}; an absent file is an empty keyring (not yet saved). A file
     * that is there but not a readable keyring is refused ({@link KeyringException}), never taken as
     * empty: that would offer to set the office up again over its data.
     */
    public static Keyring open(Path dataFolder) {
        Path file = fileIn(dataFolder);
        Keyring keyring = new Keyring(KeyringFile.open(file));
        keyring.load();
        return keyring;
    }

    /** The keyring kept in {@code store} (a server's database); an unreadable document is refused. */
    public static Keyring in(KeyringStore store) {
        Keyring keyring = new Keyring(store);
        keyring.load();
        return keyring;
    }

    public synchronized Optional<Credential> find(String login) {
        return Optional.ofNullable(load().get(Credential.normalize(login)));
    }

    public synchronized List<Credential> credentials() {
        return List.copyOf(load().values());
    }

    public synchronized boolean isEmpty() {
        return load().isEmpty();
    }

    /** Adds or replaces the credential of its account, and writes the keyring. */
    public synchronized void put(Credential credential) {
        change(byLogin -> {
            byLogin.values().removeIf(c -> c.accountId() == credential.accountId());
            byLogin.put(credential.login(), credential);
        });
    }

    /** Changes every credential at once, in one write: a key renewal's steps. */
    public synchronized void replaceAll(java.util.function.UnaryOperator<Credential> change) {
        change(byLogin -> byLogin.replaceAll((login, credential) -> change.apply(credential)));
    }

    /** Removes the account's credential (it can no longer sign in), and writes the keyring. */
    public synchronized void remove(long accountId) {
        change(byLogin -> byLogin.values().removeIf(c -> c.accountId() == accountId));
    }

    /** Writes the keyring to another place (a backup), as it is now. */
    public synchronized byte[] toBytes() {
        return serialize(load());
    }

    private Map<String, Credential> load() {
        return parse(store.read());
    }

    private void change(Consumer<Map<String, Credential>> change) {
        store.update(current -> {
            Map<String, Credential> byLogin = parse(current);
            change.accept(byLogin);
            return serialize(byLogin);
        });
    }

    private Map<String, Credential> parse(byte[] document) {
        Map<String, Credential> byLogin = new LinkedHashMap<>();
        if (document == null) {
            return byLogin;
        }
        try {
            read(JSON.readTree(document)).forEach(c -> byLogin.put(c.login(), c));
            return byLogin;
        } catch (IOException | RuntimeException e) {
            throw new KeyringException(KeyringException.Reason.DAMAGED, "The keyring " + store + " cannot be read",
                    e);
        }
    }

    private static byte[] serialize(Map<String, Credential> byLogin) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(write(byLogin));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode write(Map<String, Credential> byLogin) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode entries = root.putArray("credentials");
        for (Credential c : byLogin.values()) {
            ObjectNode entry = entries.addObject();
            entry.put("accountId", c.accountId());
            entry.put("login", c.login());
            entry.put("version", c.version());
            entry.put("algorithm", c.algorithm());
            entry.put("iterations", c.iterations());
            entry.put("salt", B64.encodeToString(c.salt()));
            entry.put("verifier", B64.encodeToString(c.verifier()));
            entry.put("iv", B64.encodeToString(c.iv()));
            entry.put("wrappedKey", B64.encodeToString(c.wrappedKey()));
            putBytes(entry, "publicKey", c.publicKey());
            putBytes(entry, "databaseSeal", c.seals().database());
            putBytes(entry, "pendingSeal", c.seals().pending());
            putBytes(entry, "signingSeal", c.seals().signing());
            entry.put("failures", c.failures());
            if (c.lastFailure() != null) {
                entry.put("lastFailure", c.lastFailure().toString());
            }
        }
        return root;
    }

    private static void putBytes(ObjectNode entry, String field, byte[] bytes) {
        if (bytes != null) {
            entry.put(field, B64.encodeToString(bytes));
        }
    }

    private static byte[] bytes(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? null : B64D.decode(value.asText());
    }

    private static List<Credential> read(JsonNode root) throws IOException {
        int version = root.path("version").asInt();
        if (!FORMAT.equals(root.path("format").asText()) || version < FIRST_VERSION || version > VERSION) {
            throw new IOException("Not a Suhbat keyring of version " + FIRST_VERSION + " to " + VERSION);
        }
        List<Credential> credentials = new ArrayList<>();
        for (JsonNode entry : root.path("credentials")) {
            JsonNode last = entry.get("lastFailure");
            int entryVersion = entry.path("version").asInt(Credential.LEGACY);
            credentials.add(new Credential(entry.path("accountId").asLong(), entry.path("login").asText(),
                    entryVersion, entry.path("algorithm").asText(), entry.path("iterations").asInt(),
                    B64D.decode(entry.path("salt").asText()), B64D.decode(entry.path("verifier").asText()),
                    B64D.decode(entry.path("iv").asText()), B64D.decode(entry.path("wrappedKey").asText()),
                    bytes(entry, "publicKey"), new Credential.Seals(bytes(entry, "databaseSeal"),
                    bytes(entry, "pendingSeal"), bytes(entry, "signingSeal")),
                    entry.path("failures").asInt(), last == null ? null : Instant.parse(last.asText())));
        }
        return credentials;
    }
}

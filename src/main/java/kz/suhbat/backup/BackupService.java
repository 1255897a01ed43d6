package kz.suhbat.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kz.suhbat.common.db.H2Database;
import kz.suhbat.audit.TrailAnchor;
import kz.suhbat.audit.db.JdbiAuditKeys;
import kz.suhbat.audit.db.JdbiAuditRepository;
import kz.suhbat.common.db.Database;
import kz.suhbat.common.db.DatabaseKey;
import kz.suhbat.common.db.DatabaseOpenException;
import kz.suhbat.common.db.TableDigest;
import kz.suhbat.common.Progress;
import kz.suhbat.common.io.AtomicFiles;
import kz.suhbat.common.io.VerifiedCopy;
import kz.suhbat.security.Access;
import kz.suhbat.security.Keyring;
import kz.suhbat.security.Office;
import kz.suhbat.security.OfficeRepository;
import kz.suhbat.security.Operation;

/**
 * Backups of the office's database, kept in rotation in the backup folder. A backup is a zip holding
 * H2's transactionally consistent copy of the (still encrypted) database file, the keyring that
 * unlocks it, the anchor of the copy's audit trail (its length and head, sealed), and a manifest with
 * every table's row count and digest, taken from the copy itself. It
 * is therefore protected exactly like the data folder: useless without an account's password. Backup
 * files are their owner's only (rw-------) where the system has POSIX permissions.
 * A backup can also be carried off the computer: written to a removable drive beside the kept copy, under
 * a temporary name then moved, and read back and compared before the drive is called safe to remove.
 * Restoring, from the backup folder or from a drive, writes the copy into a fresh data folder and checks
 * every table against the manifest; a restore that fails leaves that folder as it was.
 */
public final class BackupService {

    static final String MANIFEST = "manifest.json";
    static final String DATABASE_ENTRY = "db/suhbat.mv.db";
    static final String FORMAT = "suhbat-backup";
    static final int VERSION = 1;
    private static final String PREFIX = "suhbat-backup-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Access access;
    private final Database database;
    private final java.util.function.Supplier<List<DatabaseKey>> earlierKeys;
    private final Keyring keyring;
    private final OfficeRepository offices;
    private final Path folder;
    private final Clock clock;

    public BackupService(Access access, Database database,
                         java.util.function.Supplier<List<DatabaseKey>> earlierKeys, Keyring keyring,
                         OfficeRepository offices, Path folder, Clock clock) {
        this.access = access;
        this.database = database;
        this.earlierKeys = earlierKeys;
        this.keyring = keyring;
        this.offices = offices;
        this.folder = folder;
        this.clock = clock;
    }

    /** Makes a backup now, then drops the oldest beyond the number the office keeps. */
    public BackupInfo backupNow() {
        access.require(Operation.BACKUP_MANAGE);
        return makeBackup();
    }

    /** Makes a backup when the newest is older than the office's interval (none when it is 0). */
    public Optional<BackupInfo> backupIfDue() {
        access.require(Operation.BACKUP_SCHEDULED);
        Office office = offices.load().orElseThrow();
        if (office.backupEveryHours() == 0 || !database.keepsOwnBackups()) {
            return Optional.empty();
        }
        Optional<BackupInfo> newest = backups().stream().findFirst();
        if (newest.isPresent() && Duration.between(newest.get().createdAt(), clock.instant())
                .compareTo(Duration.ofHours(office.backupEveryHours())) < 0) {
            return Optional.empty();
        }
        return Optional.of(makeBackup());
    }

    /**
     * Makes a backup now (kept here, in rotation, like {@link #backupNow}) and copies it into {@code drive}, a
     * folder on a removable drive; the copy is read back and compared with the backup before this returns.
     * A drive that is full, removed or read-only, or a copy that reads back different, leaves nothing on the
     * drive and is refused ({@link BackupException.Reason#DRIVE_CANNOT_WRITE},
     * {@link BackupException.Reason#DRIVE_COPY_DIFFERS}); the backup made here is kept.
     */
    public BackupInfo backupToDrive(Path drive, Progress progress) {
        access.require(Operation.BACKUP_MANAGE);
        progress.report(0, 1);
        BackupInfo made = makeBackup();
        Path target = uniqueName(drive, made.file().getFileName().toString().replaceFirst("\\.zip$", ""));
        try {
            VerifiedCopy.copyNew(made.file(), target, progress);
        } catch (VerifiedCopy.MismatchException e) {
            throw new BackupException(BackupException.Reason.DRIVE_COPY_DIFFERS, e);
        } catch (IOException | UncheckedIOException e) {
            throw new BackupException(BackupException.Reason.DRIVE_CANNOT_WRITE, e);
        }
        return new BackupInfo(target, made.createdAt(), made.bytes());
    }

    /**
     * Whether the office's data is on a server, whose own base backups and WAL archive keep it: Suhbat then
     * makes no backups of its own.
     */
    public boolean keptByServer() {
        access.require(Operation.BACKUP_MANAGE);
        return !database.keepsOwnBackups();
    }

    /** The backups in the folder, newest first. */
    public List<BackupInfo> list() {
        access.require(Operation.BACKUP_MANAGE);
        return backups();
    }

    public Path folder() {
        access.require(Operation.BACKUP_MANAGE);
        return folder;
    }

    /**
     * Restores {@code backup} (in the backup folder or on a drive) into {@code target} (absent or empty), as
     * a complete data folder that Suhbat can be started on, and compares every table with the backup's
     * manifest. A backup that cannot be read to its end (a drive pulled out) or is damaged, or a target that
     * cannot be written, is refused and leaves {@code target} as it was.
     */
    public RestoreReport restore(Path backup, Path target, Progress progress) {
        access.require(Operation.BACKUP_MANAGE);
        requireEmpty(target);
        boolean existed = Files.exists(target);
        try {
            return restoreInto(backup, target, progress);
        } catch (RuntimeException e) {
            undo(target, existed);
            throw e;
        }
    }

    /** {@link #restore(Path, Path, Progress)} without showing progress. */
    public RestoreReport restore(Path backup, Path target) {
        return restore(backup, target, Progress.NONE);
    }

    private RestoreReport restoreInto(Path backup, Path target, Progress progress) {
        Map<String, byte[]> small = new HashMap<>();
        Path databaseFile = H2Database.file(target.resolve("db"));
        try {
            Files.createDirectories(databaseFile.getParent(), AtomicFiles.ownerOnlyFolder(databaseFile.getParent()));
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.CANNOT_WRITE, e);
        }
        try (BackupReading reading = BackupReading.of(backup, progress)) {
            ZipInputStream zip = reading.zip();
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(DATABASE_ENTRY)) {
                    reading.copyEntryTo(databaseFile);
                } else if (entry.getName().equals(MANIFEST) || entry.getName().equals(Keyring.FILE_NAME)
                        || entry.getName().equals(TrailAnchor.FILE_NAME)) {
                    small.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (BackupReading.WriteFailure e) {
            throw new BackupException(BackupException.Reason.CANNOT_WRITE, e.getCause());
        } catch (BackupReading.ReadFailure e) {
            throw new BackupException(BackupException.Reason.CANNOT_READ, e.getCause());
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, e);
        }
        List<TableDigest> expected = readManifest(small.get(MANIFEST));
        if (!Files.isRegularFile(databaseFile) || !small.containsKey(Keyring.FILE_NAME)) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, null);
        }
        CopyFacts restored = factsOf(target.resolve("db"));
        try {
            byte[] keyringBytes = small.get(Keyring.FILE_NAME);
            AtomicFiles.writeOwnerOnly(Keyring.fileIn(target), stream -> stream.write(keyringBytes));
            byte[] anchor = small.getOrDefault(TrailAnchor.FILE_NAME, restored.anchor());
            AtomicFiles.writeOwnerOnly(TrailAnchor.fileIn(target), stream -> stream.write(anchor));
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.CANNOT_WRITE, e);
        }
        return new RestoreReport(target, compare(expected, restored.digests()));
    }

    private BackupInfo makeBackup() {
        if (!database.keepsOwnBackups()) {
            throw new BackupException(BackupException.Reason.KEPT_BY_SERVER,
                    new IllegalStateException("The server's own backups keep its data"));
        }
        Instant now = clock.instant();
        Path scratch = null;
        try {
            Files.createDirectories(folder, AtomicFiles.ownerOnlyFolder(folder));
            scratch = Files.createTempDirectory(folder, ".making-");
            Path copyFolder = scratch.resolve("db");
            Files.createDirectories(copyFolder);
            database.copyTo(copyFolder, database.key(), scratch.resolve("copy.sql"));
            CopyFacts facts = factsOf(copyFolder);
            byte[] manifest = manifest(now, facts.digests());
            byte[] anchor = facts.anchor();
            byte[] keyringBytes = keyring.toBytes();
            Path copy = H2Database.file(copyFolder);
            Path target = uniqueName(folder, PREFIX + STAMP.format(now));
            AtomicFiles.writeOwnerOnly(target, stream -> {
                ZipOutputStream zip = new ZipOutputStream(stream);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifest);
                zip.putNextEntry(new ZipEntry(Keyring.FILE_NAME));
                zip.write(keyringBytes);
                zip.putNextEntry(new ZipEntry(TrailAnchor.FILE_NAME));
                zip.write(anchor);
                zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
                Files.copy(copy, zip);
                zip.finish();
            });
            prune();
            return info(target);
        } catch (IOException | UncheckedIOException e) {
            throw new BackupException(BackupException.Reason.CANNOT_WRITE, e);
        } finally {
            deleteQuietly(scratch);
        }
    }

    /** What a backup's manifest and anchor say of the database copy: its tables, and its trail's end. */
    private record CopyFacts(List<TableDigest> digests, byte[] anchor) {
    }

    /** Opens the copy with the database's key, or with a key it had before a renewal (an older backup). */
    private CopyFacts factsOf(Path databaseFolder) {
        List<DatabaseKey> keys = new ArrayList<>(List.of(database.key()));
        DatabaseOpenException wrongKey = null;
        for (int i = 0; i < keys.size(); i++) {
            DatabaseKey key = keys.get(i);
            try {
                return H2Database.readCopy(databaseFolder, key, copy -> new CopyFacts(copy.tableDigests(),
                        TrailAnchor.ofCopy(new JdbiAuditRepository(copy.jdbi()).newest(1).stream().findFirst())
                                .toBytes(JdbiAuditKeys.of(copy.jdbi(), key))));
            } catch (DatabaseOpenException e) {
                if (e.reason() != DatabaseOpenException.Reason.WRONG_KEY) {
                    throw new BackupException(BackupException.Reason.NOT_A_BACKUP, e);
                }
                wrongKey = e;
                if (i == 0) {
                    keys.addAll(earlierKeys.get());
                }
            }
        }
        throw new BackupException(BackupException.Reason.OTHER_OFFICE, wrongKey);
    }

    private byte[] manifest(Instant now, List<TableDigest> digests) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("createdAt", now.toString());
        root.put("office", offices.load().map(Office::code).orElse(""));
        ArrayNode tables = root.putArray("tables");
        for (TableDigest digest : digests) {
            tables.addObject().put("table", digest.table()).put("rows", digest.rows()).put("sha256", digest.sha256());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static List<TableDigest> readManifest(byte[] bytes) {
        try {
            JsonNode root = bytes == null ? null : JSON.readTree(bytes);
            if (root == null || !FORMAT.equals(root.path("format").asText())
                    || root.path("version").asInt() != VERSION) {
                throw new BackupException(BackupException.Reason.NOT_A_BACKUP, null);
            }
            List<TableDigest> tables = new ArrayList<>();
            for (JsonNode table : root.path("tables")) {
                tables.add(new TableDigest(table.path("table").asText(), table.path("rows").asLong(),
                        table.path("sha256").asText()));
            }
            return tables;
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, e);
        }
    }

    static List<RestoreReport.TableCheck> compare(List<TableDigest> expected, List<TableDigest> restored) {
        Map<String, TableDigest> byName = new HashMap<>();
        restored.forEach(d -> byName.put(d.table(), d));
        List<RestoreReport.TableCheck> checks = new ArrayList<>();
        for (TableDigest want : expected) {
            TableDigest got = byName.remove(want.table());
            checks.add(new RestoreReport.TableCheck(want.table(), want.rows(), got == null ? -1 : got.rows(),
                    got != null && got.rows() == want.rows() && got.sha256().equals(want.sha256())));
        }
        byName.values().forEach(extra -> checks.add(new RestoreReport.TableCheck(extra.table(), -1, extra.rows(),
                false)));
        return checks;
    }

    private List<BackupInfo> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupInfo> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*.zip")) {
            for (Path file : files) {
                found.add(info(file));
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.CANNOT_WRITE, e);
        }
        // Within one second the later backup is named -2, -3, … -10: a longer name, then a greater one.
        found.sort(Comparator.comparing(BackupInfo::createdAt)
                .thenComparing(b -> b.file().getFileName().toString().length())
                .thenComparing(b -> b.file().getFileName().toString()).reversed());
        return found;
    }

    private BackupInfo info(Path file) throws UncheckedIOException {
        String name = file.getFileName().toString();
        String stamp = name.substring(PREFIX.length(), PREFIX.length() + "yyyyMMdd-HHmmss".length());
        try {
            return new BackupInfo(file, STAMP.parse(stamp, Instant::from), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code stem}.zip in {@code where}, or {@code stem}-2.zip and so on when that is taken. */
    private static Path uniqueName(Path where, String stem) {
        Path candidate = where.resolve(stem + ".zip");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = where.resolve(stem + "-" + n + ".zip");
        }
        return candidate;
    }

    private void prune() throws IOException {
        int kept = offices.load().map(Office::backupsKept).orElse(Office.DEFAULT_BACKUPS_KEPT);
        List<BackupInfo> all = backups();
        for (BackupInfo old : all.subList(Math.min(kept, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    private static void requireEmpty(Path target) {
        try {
            if (Files.exists(target)) {
                try (var entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new BackupException(BackupException.Reason.TARGET_NOT_EMPTY, null);
                    }
                }
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.CANNOT_WRITE, e);
        }
    }

    /** Removes what a failed restore wrote into {@code target}, and the folder itself if it made it. */
    private static void undo(Path target, boolean existed) {
        try (var paths = Files.walk(target)) {
            paths.sorted(Comparator.reverseOrder()).filter(path -> !existed || !path.equals(target))
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // The target is on a drive that is gone, or was never made: nothing is left to remove.
        }
    }

    private static void deleteQuietly(Path scratch) {
        if (scratch == null) {
            return;
        }
        try (var paths = Files.walk(scratch)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover scratch folder starts with a dot and is ignored by the listing.
        }
    }
}

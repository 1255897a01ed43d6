package kz.suhbat.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A backup file in the backup folder. */
public record BackupInfo(Path file, Instant createdAt, long bytes) {
}

package kz.suhbat.common.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/**
 * Files that only their owner may open. On POSIX file systems the file is created {@code rw-------}
 * (whatever the umask); on Windows (NTFS) its access list is replaced by one entry for the owner. A
 * file system with neither (a FAT stick) has no owners to speak of, and the file is created plainly.
 */
public final class OwnerOnly {

    private OwnerOnly() {
    }

    /** Creates the empty file {@code file} readable and writable by its owner alone. */
    public static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return;
        }
        Files.createFile(file);
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(file);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }
}

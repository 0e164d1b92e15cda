package dev.jymnasium.baselines.policy;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Whole-file writes that readers never see half done: a temporary sibling moved into place. */
public final class AtomicFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final FileAttribute<Set<PosixFilePermission>> ORDINARY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"));

  private AtomicFiles() {}

  /** Replaces {@code path} with {@code bytes}, creating parent directories. */
  public static void write(Path path, byte[] bytes) throws IOException {
    Path abs = path.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    // Temporary files are private (0600) by default; ask for what an ordinary new file gets
    // (0666 less the umask, 0644 usually), so results stay readable by the group.
    Path tmp =
        POSIX
            ? Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp", ORDINARY)
            : Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

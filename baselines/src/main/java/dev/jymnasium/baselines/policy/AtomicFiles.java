package dev.jymnasium.baselines.policy;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Whole-file writes that readers never see half done: a temporary sibling moved into place. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Replaces {@code path} with {@code bytes}, creating parent directories. */
  public static void write(Path path, byte[] bytes) throws IOException {
    Path abs = path.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
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

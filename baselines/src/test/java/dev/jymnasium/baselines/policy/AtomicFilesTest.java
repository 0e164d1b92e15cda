package dev.jymnasium.baselines.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  void writtenFilesGetTheSamePermissionsAsAnyNewFile(@TempDir Path dir) throws IOException {
    Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
    Path ordinary = Files.createFile(dir.resolve("ordinary"));
    Path written = dir.resolve("sub/policy.bin");
    AtomicFiles.write(written, new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(written));
    // Not the 0600 of a temporary file: readable by the group when the umask allows (0644 under
    // the usual 022).
    assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(written));
  }
}

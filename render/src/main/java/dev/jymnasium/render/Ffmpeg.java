package dev.jymnasium.render;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the {@code ffmpeg} executable: system property {@code jymnasium.ffmpeg}, else PATH. */
final class Ffmpeg {
  private Ffmpeg() {}

  /** The executable, or null when there is none. */
  static Path find() {
    String configured = System.getProperty("jymnasium.ffmpeg");
    if (configured != null && !configured.isEmpty()) {
      Path p = Path.of(configured);
      return Files.isExecutable(p) ? p : null;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, "ffmpeg");
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** The executable, or an exception saying how to get it. */
  static Path require() {
    Path p = find();
    if (p == null) {
      throw new IllegalStateException(
          "MP4 video needs the ffmpeg program, which is not on the "
              + "PATH (install it, e.g. 'apt-get install ffmpeg', or point the system property "
              + "jymnasium.ffmpeg at it), or record GIF instead with VideoFormat.GIF, which needs "
              + "nothing beyond the JDK.");
    }
    return p;
  }
}

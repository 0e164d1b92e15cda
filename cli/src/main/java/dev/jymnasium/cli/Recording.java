package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.render.RecordVideo;
import dev.jymnasium.render.VideoFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A video of one episode written to a file the user names ({@code --record out.gif}): the env is
 * wrapped in {@link RecordVideo} recording episode 0 into a fresh folder next to the file, and the
 * result is moved to the requested name when the env is closed.
 */
final class Recording {
  private final Env<Object, Object> env;
  private final Path target;
  private final Path folder;
  private final Path produced;

  private Recording(Env<Object, Object> env, Path target, Path folder, Path produced) {
    this.env = env;
    this.target = target;
    this.folder = folder;
    this.produced = produced;
  }

  /**
   * Wraps {@code env} (made with {@code render_mode=rgb_array}).
   *
   * @throws CliException if the file name does not end in .gif or .mp4, or MP4 is asked for without
   *     ffmpeg
   */
  static Recording start(Env<Object, Object> env, Path target) {
    String name = target.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    VideoFormat format =
        switch (ext) {
          case "gif" -> VideoFormat.GIF;
          case "mp4" -> VideoFormat.MP4;
          default ->
              throw CliException.usage("--record needs a .gif or .mp4 file name, got " + name);
        };
    if (format == VideoFormat.MP4 && VideoFormat.preferred() != VideoFormat.MP4) {
      throw CliException.usage(
          "--record "
              + name
              + " needs the ffmpeg program, which is not on the PATH (install it, e.g. 'apt-get"
              + " install ffmpeg'), or record a GIF, which needs nothing: --record "
              + name.substring(0, dot)
              + ".gif");
    }
    Path parent = target.toAbsolutePath().getParent();
    Path folder;
    try {
      // A folder of its own: no clash with (or warning about) other videos next to the target.
      folder = Files.createTempDirectory(Files.createDirectories(parent), ".jym-record-");
    } catch (IOException e) {
      throw CliException.usage("--record " + target + ": cannot write to " + parent);
    }
    String prefix = name.substring(0, dot);
    RecordVideo<Object, Object> wrapped =
        new RecordVideo<>(env, folder, id -> id == 0, null, 0, prefix, null, format);
    return new Recording(
        wrapped, target, folder, folder.resolve(prefix + "-episode-0." + format.extension()));
  }

  /** The env to step. */
  Env<Object, Object> env() {
    return env;
  }

  /**
   * Moves the finished video to the requested name and removes the recording folder (call after
   * closing the env).
   */
  Path finish() {
    try {
      return Files.move(produced, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target, e);
    } finally {
      discard();
    }
  }

  /** Removes the recording folder and what is left in it. */
  void discard() {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // already gone, or not ours to remove
    }
  }
}

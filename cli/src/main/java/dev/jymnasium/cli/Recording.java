package dev.jymnasium.cli;

import dev.jymnasium.env.Env;
import dev.jymnasium.render.RecordVideo;
import dev.jymnasium.render.VideoFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A video of one episode written to a file the user names ({@code --record out.gif}): the env is
 * wrapped in {@link RecordVideo} recording episode 0 into the file's folder, and the result is
 * renamed to the requested name when the env is closed.
 */
final class Recording {
  private final Env<Object, Object> env;
  private final Path target;
  private final Path produced;

  private Recording(Env<Object, Object> env, Path target, Path produced) {
    this.env = env;
    this.target = target;
    this.produced = produced;
  }

  /**
   * Wraps {@code env} (made with {@code render_mode=rgb_array}).
   *
   * @throws CliException if the file name does not end in .gif or .mp4
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
    Path folder = target.toAbsolutePath().getParent();
    String prefix = name.substring(0, dot);
    RecordVideo<Object, Object> wrapped =
        new RecordVideo<>(env, folder, id -> id == 0, null, 0, prefix, null, format);
    return new Recording(
        wrapped, target, folder.resolve(prefix + "-episode-0." + format.extension()));
  }

  /** The env to step. */
  Env<Object, Object> env() {
    return env;
  }

  /** Moves the finished video to the requested name (call after closing the env). */
  Path finish() {
    try {
      return Files.move(produced, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target, e);
    }
  }
}

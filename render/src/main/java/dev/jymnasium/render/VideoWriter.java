package dev.jymnasium.render;

import dev.jymnasium.env.render.RgbFrame;
import java.nio.file.Path;

/** Writes frames of one size to a video file, one at a time. */
interface VideoWriter extends AutoCloseable {
  /** Appends a frame; all frames must have the first frame's size. */
  void write(RgbFrame frame);

  /** Finishes the file. */
  @Override
  void close();

  /** Opens a writer for {@code format} at {@code path}, {@code fps} frames per second. */
  static VideoWriter open(VideoFormat format, Path path, double fps) {
    return switch (format) {
      case GIF -> new GifWriter(path, fps);
      case MP4 -> new FfmpegWriter(Ffmpeg.require(), path, fps);
    };
  }
}

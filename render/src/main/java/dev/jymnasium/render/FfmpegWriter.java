package dev.jymnasium.render;

import dev.jymnasium.env.render.RgbFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An MP4 written by an {@code ffmpeg} process that reads raw rgb24 frames on its standard input and
 * encodes H.264 (yuv420p, odd sizes padded to even).
 */
final class FfmpegWriter implements VideoWriter {
  private final Path ffmpeg;
  private final Path path;
  private final double fps;
  private Process process;
  private OutputStream stdin;
  private Path log;
  private int width;
  private int height;
  private boolean closed;

  FfmpegWriter(Path ffmpeg, Path path, double fps) {
    if (!(fps > 0)) {
      throw new IllegalArgumentException("fps must be > 0, got " + fps);
    }
    this.ffmpeg = ffmpeg;
    this.path = path;
    this.fps = fps;
  }

  @Override
  public void write(RgbFrame frame) {
    if (process == null) {
      start(frame.width(), frame.height());
    } else if (frame.width() != width || frame.height() != height) {
      throw new IllegalArgumentException(
          "video frames must all be "
              + width
              + "x"
              + height
              + ", got "
              + frame.width()
              + "x"
              + frame.height());
    }
    try {
      stdin.write(frame.rgb());
    } catch (IOException e) {
      throw failure("ffmpeg stopped reading frames", e);
    }
  }

  private void start(int w, int h) {
    width = w;
    height = h;
    List<String> command =
        List.of(
            ffmpeg.toString(),
            "-y",
            "-loglevel",
            "error",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "rgb24",
            "-s",
            w + "x" + h,
            "-r",
            String.format(Locale.ROOT, "%.6f", fps),
            "-i",
            "-",
            "-an",
            "-vf",
            "pad=ceil(iw/2)*2:ceil(ih/2)*2",
            "-pix_fmt",
            "yuv420p",
            "-movflags",
            "+faststart",
            path.toString());
    try {
      log = Files.createTempFile("jymnasium-ffmpeg", ".log");
      process =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(log.toFile())
              .start();
      stdin = process.getOutputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + ffmpeg + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (process == null) {
      return;
    }
    try {
      stdin.close();
      int exit = process.waitFor();
      if (exit != 0) {
        throw failure("ffmpeg exited with status " + exit, null);
      }
      Files.deleteIfExists(log);
    } catch (IOException e) {
      throw failure("cannot finish the video", e);
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while ffmpeg wrote " + path, e);
    }
  }

  private RuntimeException failure(String what, Exception cause) {
    String detail = "";
    try {
      if (log != null && Files.exists(log)) {
        String text = Files.readString(log, StandardCharsets.UTF_8).strip();
        detail = text.isEmpty() ? "" : ": " + text.substring(Math.max(0, text.length() - 2000));
      }
    } catch (IOException ignored) {
      // keep the main message
    }
    return new IllegalStateException(what + " while writing " + path + detail, cause);
  }
}

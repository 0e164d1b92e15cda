package dev.jymnasium.render;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.Warnings;
import dev.jymnasium.env.Wrapper;
import dev.jymnasium.env.render.RgbFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * Records videos of rollouts, as Gymnasium's {@code RecordVideo}: the env must render {@code
 * rgb_array} (or {@code rgb_array_list}) frames.
 *
 * <p>The episode counter starts at -1 and every reset increments it (the first episode is 0); the
 * step counter likewise (the first step is 0). A recording starts on a reset when {@code
 * episodeTrigger} accepts the episode id, named {@code {namePrefix}-episode-{id}}, or on a step
 * when {@code stepTrigger} accepts the step id, named {@code {namePrefix}-step-{id}}. With neither
 * trigger given, episodes 0, 1, 8, 27, ..., 729 and then every 1000th are recorded ({@link
 * VideoSchedules#cappedCubic}). A frame is captured after every reset and step while recording. A
 * recording stops once more than {@code videoLength} frames were captured (so, as in Gymnasium,
 * {@code videoLength} n gives n + 1 frames; 0 records whole episodes, stopping at the next reset),
 * when another recording starts, or on {@link #close()}. Videos go to {@code
 * <videoFolder>/<name>.gif} or {@code .mp4} at {@code fps} frames per second (default: the env's
 * render fps, else 30), streamed to disk as frames arrive.
 *
 * <p>GIF needs only the JDK; MP4 needs {@code ffmpeg} on the PATH (asking for MP4 without it fails
 * at construction with a message saying so). Gymnasium's {@code disable_logger} and {@code
 * gc_trigger} have no counterpart.
 */
public final class RecordVideo<O, A> extends Wrapper<O, A, O, A> {
  private final Path videoFolder;
  private final LongPredicate episodeTrigger;
  private final LongPredicate stepTrigger;
  private final long videoLength;
  private final String namePrefix;
  private final double fps;
  private final VideoFormat format;
  private final List<Path> videos = new ArrayList<>();
  private final List<Object> renderHistory = new ArrayList<>();
  private long episodeId = -1;
  private long stepId = -1;
  private boolean recording;
  private String videoName;
  private VideoWriter writer;
  private int recordedFrames;

  /**
   * Whole episodes on the capped cubic schedule, named {@code rl-video-episode-N}, at the env's
   * fps, as MP4 when ffmpeg is on the PATH and GIF otherwise.
   */
  public RecordVideo(Env<O, A> env, Path videoFolder) {
    this(env, videoFolder, null, null, 0, "rl-video", null, null);
  }

  /**
   * @param videoFolder folder for the videos (created if missing)
   * @param episodeTrigger which episode ids start a recording, or null
   * @param stepTrigger which step ids start a recording, or null (both null: capped cubic schedule
   *     on episodes)
   * @param videoLength frames after which a recording stops ({@code > 0}), or 0 for whole episodes
   * @param namePrefix file name prefix
   * @param fps frames per second of the videos, or null for the env's render fps (else 30)
   * @param format GIF or MP4, or null for MP4 when ffmpeg is on the PATH and GIF otherwise
   * @throws IllegalArgumentException if the env does not render rgb_array frames or a value is out
   *     of range
   * @throws IllegalStateException if MP4 is asked for and ffmpeg is not on the PATH
   */
  public RecordVideo(
      Env<O, A> env,
      Path videoFolder,
      LongPredicate episodeTrigger,
      LongPredicate stepTrigger,
      int videoLength,
      String namePrefix,
      Double fps,
      VideoFormat format) {
    super(env);
    String mode = env.renderMode();
    if (!"rgb_array".equals(mode) && !"rgb_array_list".equals(mode)) {
      throw new IllegalArgumentException(
          "Render mode is "
              + mode
              + ", which is incompatible "
              + "with RecordVideo. Initialize your environment with a render_mode that returns an "
              + "image, such as rgb_array.");
    }
    if (videoLength < 0) {
      throw new IllegalArgumentException("videoLength must be >= 0, got " + videoLength);
    }
    if (fps != null && !(fps > 0)) {
      throw new IllegalArgumentException("fps must be > 0, got " + fps);
    }
    if (namePrefix == null || namePrefix.isEmpty()) {
      throw new IllegalArgumentException("namePrefix must be a non-empty string");
    }
    this.format = format != null ? format : VideoFormat.preferred();
    if (this.format == VideoFormat.MP4) {
      Ffmpeg.require();
    }
    if (format == null && this.format == VideoFormat.GIF) {
      Warnings.warn(
          "RecordVideo writes GIF because ffmpeg is not on the PATH; install ffmpeg "
              + "for MP4 or pass VideoFormat.GIF to silence this warning.");
    }
    this.videoFolder = videoFolder.toAbsolutePath();
    prepareFolder();
    this.episodeTrigger =
        episodeTrigger == null && stepTrigger == null
            ? VideoSchedules::cappedCubic
            : episodeTrigger;
    this.stepTrigger = stepTrigger;
    this.videoLength = videoLength == 0 ? Long.MAX_VALUE : videoLength;
    this.namePrefix = namePrefix;
    double envFps = env.metadata().renderFps();
    this.fps = fps != null ? fps : envFps > 0 ? envFps : 30;
  }

  private void prepareFolder() {
    try {
      if (Files.isDirectory(videoFolder)) {
        try (Stream<Path> files = Files.list(videoFolder)) {
          if (files.anyMatch(p -> p.toString().endsWith("." + format.extension()))) {
            Warnings.warn(
                "Overwriting existing videos at "
                    + videoFolder
                    + " folder (try "
                    + "specifying a different videoFolder for the RecordVideo wrapper if this is "
                    + "not desired)");
          }
        }
      }
      Files.createDirectories(videoFolder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create video folder " + videoFolder, e);
    }
  }

  @Override
  protected Reset<O> doReset(Long seed, Map<String, Object> options) {
    Reset<O> r = env.reset(seed, options);
    episodeId++;
    if (recording && videoLength == Long.MAX_VALUE) {
      stopRecording();
    }
    if (episodeTrigger != null && episodeTrigger.test(episodeId)) {
      startRecording(namePrefix + "-episode-" + episodeId);
    }
    captureIfRecording();
    return r;
  }

  @Override
  protected Step<O> doStep(A action) {
    Step<O> s = env.step(action);
    stepId++;
    if (stepTrigger != null && stepTrigger.test(stepId)) {
      startRecording(namePrefix + "-step-" + stepId);
    }
    captureIfRecording();
    return s;
  }

  private void captureIfRecording() {
    if (!recording) {
      return;
    }
    Object frame = env.render();
    if (frame instanceof List<?> list) {
      if (list.isEmpty()) {
        return;
      }
      renderHistory.addAll(list);
      frame = list.get(list.size() - 1);
    }
    if (frame instanceof RgbFrame rgb) {
      append(rgb);
      if (recordedFrames > videoLength) {
        stopRecording();
      }
    } else {
      stopRecording();
      Warnings.warn(
          "Recording stopped: expected type of frame returned by render to be an "
              + "RgbFrame, got instead "
              + (frame == null ? "null" : frame.getClass().getName())
              + ".");
    }
  }

  private void append(RgbFrame frame) {
    if (writer == null) {
      Path path = videoFolder.resolve(videoName + "." + format.extension());
      writer = VideoWriter.open(format, path, fps);
      videos.add(path);
    }
    writer.write(frame);
    recordedFrames++;
  }

  /**
   * The inner env's render result; with {@code rgb_array_list}, the frames this wrapper took from
   * the inner env while capturing come first, and frames returned here are recorded too.
   */
  @Override
  public Object render() {
    Object out = env.render();
    if (recording && out instanceof List<?> list) {
      for (Object f : list) {
        if (f instanceof RgbFrame rgb) {
          append(rgb);
        }
      }
    }
    if (!renderHistory.isEmpty()) {
      List<Object> all = new ArrayList<>(renderHistory);
      renderHistory.clear();
      if (out instanceof List<?> list) {
        all.addAll(list);
      }
      return all;
    }
    return out;
  }

  /** Starts a recording named {@code name}, stopping the current one first. */
  public void startRecording(String name) {
    if (recording) {
      stopRecording();
    }
    recording = true;
    videoName = name;
  }

  /** Writes out the current recording (a warning and no file when it has no frames). */
  public void stopRecording() {
    if (!recording) {
      throw new IllegalStateException("stopRecording was called, but no recording was started");
    }
    try {
      if (writer == null) {
        Warnings.warn("Ignored saving a video as there were zero frames to save.");
      } else {
        writer.close();
      }
    } finally {
      writer = null;
      recordedFrames = 0;
      recording = false;
      videoName = null;
    }
  }

  /** Whether a recording is in progress. */
  public boolean isRecording() {
    return recording;
  }

  /** Frames captured by the current recording. */
  public int recordedFrames() {
    return recordedFrames;
  }

  /** Files of the recordings started so far (the last may still be being written). */
  public List<Path> videos() {
    return List.copyOf(videos);
  }

  /** The video format in use. */
  public VideoFormat format() {
    return format;
  }

  /** Closes the env, then finishes the current recording; safe to call more than once. */
  @Override
  public void close() {
    try {
      env.close();
    } finally {
      if (recording) {
        stopRecording();
      }
    }
  }
}

package dev.jymnasium.render;

/** File formats {@link RecordVideo} can write. */
public enum VideoFormat {
  /** Animated GIF with the JDK's own encoder (256 colours per frame, loops forever). */
  GIF("gif"),
  /** H.264 MP4 (yuv420p) through an {@code ffmpeg} process found on the PATH. */
  MP4("mp4");

  private final String extension;

  VideoFormat(String extension) {
    this.extension = extension;
  }

  /** File name extension without the dot. */
  public String extension() {
    return extension;
  }

  /** MP4 when {@code ffmpeg} is on the PATH, else GIF. */
  public static VideoFormat preferred() {
    return Ffmpeg.find() != null ? MP4 : GIF;
  }
}

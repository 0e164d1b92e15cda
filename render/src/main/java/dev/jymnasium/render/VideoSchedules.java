package dev.jymnasium.render;

/** Triggers for {@link RecordVideo}, as Gymnasium's {@code gymnasium.utils.save_video}. */
public final class VideoSchedules {
  private VideoSchedules() {}

  /**
   * Gymnasium's {@code capped_cubic_video_schedule}: true for the perfect cubes below 1000 (0, 1,
   * 8, 27, ..., 729) and for every multiple of 1000.
   */
  public static boolean cappedCubic(long episodeId) {
    if (episodeId < 1000) {
      long root = Math.round(Math.cbrt(episodeId));
      return root * root * root == episodeId;
    }
    return episodeId % 1000 == 0;
  }
}

package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jymnasium.control.classic.CartPoleEnv;
import dev.jymnasium.env.wrappers.RenderCollection;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordVideoTest {
  private static int gifFrames(Path gif) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      int n = reader.getNumImages(true);
      reader.dispose();
      return n;
    }
  }

  private static String firstDelay(Path gif) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      var meta = reader.getImageMetadata(0);
      IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(meta.getNativeMetadataFormatName());
      IIOMetadataNode gce =
          (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
      reader.dispose();
      return gce.getAttribute("delayTime");
    }
  }

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void wholeEpisodesOnTheCubicSchedule(@TempDir Path dir) throws Exception {
    Headless.assumeAvailable();
    var env =
        new RecordVideo<>(
            new CartPoleEnv(new CartPoleEnv.Config("rgb_array", false)),
            dir,
            null,
            null,
            0,
            "rl-video",
            null,
            VideoFormat.GIF);
    int[] lengths = {7, 4, 5};
    for (int episode = 0; episode < 3; episode++) {
      env.reset(episode);
      for (int i = 0; i < lengths[episode]; i++) {
        env.step(i % 2);
      }
    }
    env.close();
    env.close();
    // Episodes 0 and 1 are cubes, 2 is not.
    assertEquals(List.of("rl-video-episode-0.gif", "rl-video-episode-1.gif"), files(dir));
    assertEquals(1 + 7, gifFrames(dir.resolve("rl-video-episode-0.gif")));
    assertEquals(1 + 4, gifFrames(dir.resolve("rl-video-episode-1.gif")));
    assertEquals("2", firstDelay(dir.resolve("rl-video-episode-0.gif")), "50 fps = 2/100 s");
  }

  @Test
  void stepTriggerAndVideoLength(@TempDir Path dir) throws Exception {
    Headless.assumeAvailable();
    var env =
        new RecordVideo<>(
            new CartPoleEnv(new CartPoleEnv.Config("rgb_array", false)),
            dir,
            null,
            step -> step % 20 == 3,
            5,
            "clip",
            25.0,
            VideoFormat.GIF);
    env.reset(1);
    for (int i = 0; i < 30; i++) {
      var s = env.step(i % 2);
      if (s.terminated() || s.truncated()) {
        env.reset();
      }
    }
    assertFalse(env.isRecording());
    env.close();
    // Gymnasium stops once more than video_length frames were captured: 6 frames.
    assertEquals(List.of("clip-step-23.gif", "clip-step-3.gif"), files(dir));
    assertEquals(6, gifFrames(dir.resolve("clip-step-3.gif")));
    assertEquals(6, gifFrames(dir.resolve("clip-step-23.gif")));
    assertEquals("4", firstDelay(dir.resolve("clip-step-3.gif")));
  }

  @Test
  void recordsFromRenderCollectionLists(@TempDir Path dir) throws Exception {
    Headless.assumeAvailable();
    var env =
        new RecordVideo<>(
            new RenderCollection<>(new CartPoleEnv(new CartPoleEnv.Config("rgb_array", false))),
            dir,
            e -> true,
            null,
            0,
            "list",
            null,
            VideoFormat.GIF);
    env.reset(3);
    env.step(0);
    env.step(1);
    List<?> frames = (List<?>) env.render();
    assertEquals(3, frames.size(), "render still returns every collected frame");
    env.close();
    assertEquals(3, gifFrames(dir.resolve("list-episode-0.gif")));
  }

  @Test
  void rejectsEnvsWithoutFrames(@TempDir Path dir) {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> new RecordVideo<>(new CartPoleEnv(), dir));
    assertTrue(e.getMessage().contains("rgb_array"), e.getMessage());
  }

  @Test
  void mp4WithoutFfmpegSaysWhatToDo(@TempDir Path dir) {
    String old = System.getProperty("jymnasium.ffmpeg");
    System.setProperty("jymnasium.ffmpeg", dir.resolve("no-such-ffmpeg").toString());
    try {
      var e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  new RecordVideo<>(
                      new CartPoleEnv(new CartPoleEnv.Config("rgb_array", false)),
                      dir,
                      null,
                      null,
                      0,
                      "x",
                      null,
                      VideoFormat.MP4));
      assertTrue(
          e.getMessage().contains("ffmpeg") && e.getMessage().contains("GIF"), e.getMessage());
    } finally {
      if (old == null) {
        System.clearProperty("jymnasium.ffmpeg");
      } else {
        System.setProperty("jymnasium.ffmpeg", old);
      }
    }
  }

  @Test
  void mp4ThroughFfmpegWhenInstalled(@TempDir Path dir) throws Exception {
    Headless.assumeAvailable();
    assumeTrue(Ffmpeg.find() != null, "ffmpeg is not on the PATH");
    var env =
        new RecordVideo<>(
            new CartPoleEnv(new CartPoleEnv.Config("rgb_array", false)),
            dir,
            e -> true,
            null,
            0,
            "mp4",
            null,
            VideoFormat.MP4);
    env.reset(0);
    for (int i = 0; i < 9; i++) {
      env.step(i % 2);
    }
    env.close();
    Path mp4 = dir.resolve("mp4-episode-0.mp4");
    assertTrue(Files.size(mp4) > 500);
    Path probe = Ffmpeg.find().resolveSibling("ffprobe");
    if (Files.isExecutable(probe)) {
      Process p =
          new ProcessBuilder(
                  probe.toString(),
                  "-v",
                  "error",
                  "-count_frames",
                  "-select_streams",
                  "v:0",
                  "-show_entries",
                  "stream=nb_read_frames,width,height",
                  "-of",
                  "csv=p=0",
                  mp4.toString())
              .redirectError(new File("/dev/null"))
              .start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals("600,400,10", out);
    }
  }

  @Test
  void cappedCubicSchedule() {
    long[] expected = {0, 1, 8, 27, 64, 125, 216, 343, 512, 729, 1000, 2000};
    int k = 0;
    for (long id = 0; id <= 2500; id++) {
      if (VideoSchedules.cappedCubic(id)) {
        assertEquals(expected[k++], id);
      }
    }
    assertEquals(expected.length, k);
  }
}

package dev.jymnasium.games.minigrid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pixel frames behind {@code RGBImgObsWrapper} and {@code RGBImgPartialObsWrapper} equal
 * Minigrid's byte for byte: the same envs, seeds and actions as {@code
 * benchmarks/minigrid/pixel_hashes.py}, compared by SHA-256 prefixes recorded from the original
 * (test resource {@code minigrid-pixel-hashes.txt}), at Minigrid's 8 pixels per cell and at 5.
 */
class MiniGridPixelsTest {
  static final int[] ACTIONS = {2, 2, 1, 2, 0, 2, 3, 2, 5, 2, 1, 2, 2, 4, 2, 0, 0, 2, 3, 2};

  @Test
  void fullAndAgentViewFramesMatchMinigridByteForByte() throws IOException {
    List<String> cases = referenceLines();
    assertEquals(10, cases.size(), "recorded cases");
    for (String line : cases) {
      String[] f = line.split(" ");
      String id = f[0];
      long seed = Long.parseLong(f[1]);
      int tile = Integer.parseInt(f[2]);
      try (Env<Map<String, Object>, Integer> env = Gym.make(id)) {
        MiniGridEnv minigrid = (MiniGridEnv) env.unwrapped();
        int w = minigrid.grid().width();
        int h = minigrid.grid().height();
        int v = minigrid.agentViewSize();
        byte[] full = new byte[w * h * tile * tile * 3];
        byte[] pov = new byte[v * v * tile * tile * 3];
        env.reset(seed);
        for (int t = 0; t + 3 < f.length; t++) {
          minigrid.fullFrame(tile, minigrid.highlight(), full);
          minigrid.povFrame(tile, pov);
          String where = id + " seed " + seed + " tile " + tile + " after " + t + " steps";
          assertEquals(f[t + 3], sha(full) + ":" + sha(pov), where);
          if (t + 4 < f.length) {
            Step<Map<String, Object>> s = env.step(ACTIONS[t]);
            // The recording stops early only where an episode ended.
            boolean lastRecorded = t + 5 == f.length;
            assertEquals(lastRecorded && t + 1 < ACTIONS.length, s.done(), where + ": episode end");
          }
        }
      }
    }
  }

  private static List<String> referenceLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                MiniGridPixelsTest.class.getResourceAsStream("/minigrid-pixel-hashes.txt"),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          lines.add(line);
        }
      }
    }
    return lines;
  }

  private static String sha(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

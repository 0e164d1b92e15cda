package dev.jymnasium.games.minigrid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated grids, observations, rewards and flags against the original Minigrid (3.x, numpy 2.4),
 * as recorded by {@code src/test/python/record_minigrid.py} into {@code minigrid/reference.txt}.
 */
class MiniGridReferenceTest {
  /** One recorded case. */
  record Case(
      String id,
      long seed,
      int width,
      int height,
      byte[] grid,
      int[] agent,
      String mission,
      int[] actions,
      String[] steps) {
    @Override
    public String toString() {
      return id + " seed " + seed;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                MiniGridReferenceTest.class.getResourceAsStream("/minigrid/reference.txt"),
                StandardCharsets.UTF_8))) {
      String line;
      String[] head = null;
      String[] grid = null;
      String[] agent = null;
      String mission = null;
      String actions = null;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(" ", 2);
        switch (f[0]) {
          case "case" -> head = f[1].split(" ");
          case "grid" -> grid = f[1].split(" ");
          case "agent" -> agent = f[1].split(" ");
          case "mission" -> mission = f[1];
          case "actions" -> actions = f[1];
          case "steps" -> {
            String[] cells = grid[2].split(",");
            byte[] g = new byte[cells.length];
            for (int i = 0; i < cells.length; i++) {
              g[i] = (byte) Integer.parseInt(cells[i]);
            }
            out.add(
                new Case(
                    head[0],
                    Long.parseLong(head[1]),
                    Integer.parseInt(grid[0]),
                    Integer.parseInt(grid[1]),
                    g,
                    Arrays.stream(agent).mapToInt(Integer::parseInt).toArray(),
                    mission,
                    actions.chars().map(c -> c - '0').toArray(),
                    f[1].split(" ")));
          }
          default -> {}
        }
      }
    }
    return out.stream();
  }

  static long hash(Map<String, Object> obs) {
    long h = 0;
    for (byte b : (byte[]) obs.get("image")) {
      h = (h * 31 + (b & 0xFF)) % 2147483647L;
    }
    return (h * 31 + (Integer) obs.get("direction")) % 2147483647L;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void sameGridAndRolloutAsTheOriginal(Case c) {
    try (Env<Map<String, Object>, Integer> env = Gym.make(c.id())) {
      Map<String, Object> obs = env.reset(c.seed()).observation();
      MiniGridEnv u = (MiniGridEnv) env.unwrapped();
      byte[] grid = new byte[c.width() * c.height() * 3];
      u.grid().encode(grid);
      assertArrayEquals(c.grid(), grid, c + " grid");
      assertArrayEquals(c.agent(), new int[] {u.agentPos()[0], u.agentPos()[1], u.agentDir()});
      assertEquals(c.mission(), obs.get("mission"));
      int k = 0;
      assertEquals(Long.parseLong(c.steps()[k++]), hash(obs), c + " reset obs");
      for (int t = 0; t < c.actions().length; t++) {
        Step<Map<String, Object>> s = env.step(c.actions()[t]);
        String[] f = c.steps()[k++].split(":");
        String where = c + " step " + t;
        assertEquals(Long.parseLong(f[0]), hash(s.observation()), where + " obs");
        assertEquals(Double.parseDouble(f[1]), s.reward(), 0.0, where + " reward");
        assertEquals(f[2].equals("1"), s.terminated(), where + " terminated");
        assertEquals(f[3].equals("1"), s.truncated(), where + " truncated");
        if (s.done()) {
          assertEquals(Long.parseLong(c.steps()[k++]), hash(env.reset().observation()), where);
        }
      }
      assertEquals(c.steps().length, k);
    }
  }
}

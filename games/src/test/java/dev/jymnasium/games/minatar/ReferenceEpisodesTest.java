package dev.jymnasium.games.minatar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.env.Step;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole episodes recorded from MinAtar 1.0.15 (kenjyoung/MinAtar at 4241f246, numpy 2.4) with its
 * default kwargs (sticky actions 0.1, difficulty ramping), replayed here: the same seed and actions
 * must give the same rewards on the same steps, the same end, the same difficulty ramp and the same
 * final observation. Recorded by {@code benchmarks/minatar/compare_original.py --policy survive
 * --reference FILE} (see {@code minatar/episodes.txt} for the exact commands).
 */
class ReferenceEpisodesTest {
  private static final Map<String, Function<MinAtarEnv.Config, MinAtarEnv>> GAMES =
      Map.of(
          "Asterix", AsterixEnv::new,
          "Breakout", BreakoutEnv::new,
          "Freeway", FreewayEnv::new,
          "Seaquest", SeaquestEnv::new,
          "SpaceInvaders", SpaceInvadersEnv::new);

  record Episode(
      String id,
      long seed,
      int[] actions,
      Map<Integer, Double> rewards,
      boolean terminated,
      OptionalInt ramp,
      int[] finalCells) {
    @Override
    public String toString() {
      return id + " seed " + seed + " (" + actions.length + " steps)";
    }
  }

  static Stream<Episode> episodes() throws IOException {
    List<Episode> out = new ArrayList<>();
    try (var in = ReferenceEpisodesTest.class.getResourceAsStream("/minatar/episodes.txt");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(parse(line.split(" ")));
        }
      }
    }
    return out.stream();
  }

  private static Episode parse(String[] f) {
    int[] actions = f[2].chars().map(c -> c - '0').toArray();
    Map<Integer, Double> rewards = new HashMap<>();
    if (!f[3].equals("-")) {
      for (String pair : f[3].split(",")) {
        String[] kv = pair.split(":");
        rewards.put(Integer.parseInt(kv[0]), Double.parseDouble(kv[1]));
      }
    }
    assertEquals(actions.length, Integer.parseInt(f[4]), "episode length in " + f[0]);
    OptionalInt ramp =
        f[6].equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[6]));
    int[] cells =
        f.length > 7 ? Arrays.stream(f[7].split(",")).mapToInt(Integer::parseInt).toArray() : null;
    return new Episode(
        f[0], Long.parseLong(f[1]), actions, rewards, Boolean.parseBoolean(f[5]), ramp, cells);
  }

  @ParameterizedTest
  @MethodSource("episodes")
  void replaysLikeMinAtar(Episode e) {
    String game = e.id().substring("MinAtar/".length(), e.id().length() - 3);
    boolean minimal = e.id().endsWith("-v1");
    MinAtarEnv env = GAMES.get(game).apply(new MinAtarEnv.Config(null, 0.1, true, minimal));
    env.reset(e.seed());
    Step<byte[]> s = null;
    for (int k = 0; k < e.actions().length; k++) {
      s = env.step(e.actions()[k]);
      double expected = e.rewards().getOrDefault(k + 1, 0.0);
      assertEquals(expected, s.reward(), "reward on step " + (k + 1));
      boolean last = k == e.actions().length - 1;
      assertEquals(last && e.terminated(), s.terminated(), "terminated on step " + (k + 1));
    }
    assertEquals(e.ramp(), env.difficultyRamp(), "difficulty ramp");
    byte[] obs = s.observation();
    int[] cells = new int[obs.length];
    int n = 0;
    for (int i = 0; i < obs.length; i++) {
      if (obs[i] != 0) {
        cells[n++] = i;
      }
    }
    int[] expectedCells = e.finalCells() == null ? new int[0] : e.finalCells();
    assertArrayEquals(expectedCells, Arrays.copyOf(cells, n), "final observation");
  }
}

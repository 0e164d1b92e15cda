package dev.jymnasium.games.toytext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.rng.NpRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FrozenLake against Gymnasium 1.4: the rules and maps of gymnasium/envs/toy_text/frozen_lake.py
 * ({@code generate_random_map} included), and trajectories recorded by running {@code
 * gymnasium.make("FrozenLake-v1").reset(seed=s)} for seeds 0 and 42, then the actions below.
 */
class FrozenLakeEnvTest {
  private static final double THIRD = 0.3333333333333333;
  private static final double FAIL = 0.33333333333333337;
  private static final String ESC = "\u001b";

  private static void assertSteps(
      Env<Integer, Integer> env, int[] actions, int[] states, double[] probs) {
    for (int i = 0; i < actions.length; i++) {
      Step<Integer> s = env.step(actions[i]);
      String where = "step " + i;
      assertEquals(states[i], s.observation(), where);
      assertEquals(probs[i], (Double) s.info().get("prob"), 0.0, where);
      assertEquals(0.0, s.reward(), where);
      assertFalse(s.truncated(), where);
    }
  }

  @Test
  void seed0MatchesGymnasium() {
    Env<Integer, Integer> env = Gym.make("FrozenLake-v1");
    Reset<Integer> r = env.reset(0);
    assertEquals(0, r.observation());
    assertEquals(Map.of("prob", 1.0), r.info());
    assertSteps(
        env, new int[] {2, 2, 1, 1}, new int[] {4, 8, 8, 9}, new double[] {FAIL, FAIL, FAIL, FAIL});
    Step<Integer> last = env.step(2);
    assertEquals(5, last.observation());
    assertTrue(last.terminated(), "state 5 is a hole");
    assertEquals(0.0, last.reward());
    assertEquals(FAIL, (Double) last.info().get("prob"), 0.0);
  }

  @Test
  void seed42MatchesGymnasium() {
    Env<Integer, Integer> env = Gym.make("FrozenLake-v1");
    assertEquals(0, env.reset(42).observation());
    assertSteps(
        env,
        new int[] {2, 2, 1, 1, 2, 1},
        new int[] {1, 1, 2, 1, 1, 2},
        new double[] {THIRD, FAIL, FAIL, FAIL, FAIL, FAIL});
  }

  @Test
  void resetIsStateZeroForAnySeed() {
    Env<Integer, Integer> env = Gym.make("FrozenLake-v1");
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(0, env.reset(seed).observation());
    }
  }

  @Test
  void resetAndStepDrawExactlyOneRandomEach() {
    FrozenLakeEnv env =
        new FrozenLakeEnv(
            new FrozenLakeEnv.Config(null, null, "8x8", true, 1.0 / 3.0, new double[] {1, 0, 0}));
    NpRandom reference = NpRandom.of(7);
    env.reset(7);
    reference.random();
    assertTrue(env.npRandom().stateEquals(reference));
    for (int t = 0; t < 5; t++) {
      env.step(t % 4);
      reference.random();
      assertTrue(env.npRandom().stateEquals(reference), "after step " + t);
    }
    // Even a deterministic single-entry transition draws once.
    FrozenLakeEnv dry =
        new FrozenLakeEnv(
            new FrozenLakeEnv.Config(null, null, "4x4", false, 1.0 / 3.0, new double[] {1, 0, 0}));
    NpRandom ref2 = NpRandom.of(3);
    dry.reset(3);
    dry.step(FrozenLakeEnv.RIGHT);
    ref2.random();
    ref2.random();
    assertTrue(dry.npRandom().stateEquals(ref2));
  }

  @Test
  void randomMapsMatchGymnasium() {
    assertEquals(
        List.of("SFHF", "FHFF", "FFFH", "FHFG"), FrozenLakeEnv.generateRandomMap(4, 0.8, 42L));
    assertEquals(
        List.of(
            "SFHFFHFF",
            "FFFHFHFF",
            "FFHFFFHH",
            "FFFFFFFH",
            "FFFFFFFF",
            "FHFFHHFF",
            "FFFFFFFF",
            "FFFFFFFG"),
        FrozenLakeEnv.generateRandomMap(8, 0.8, 42L));
    assertEquals(
        List.of(
            "SFHHHFHF",
            "FFFFFFHH",
            "FHHHHFHH",
            "FHHFHHFH",
            "FFFFFFFF",
            "FHHHHFFH",
            "FHFHHFFF",
            "HFFFHFFG"),
        FrozenLakeEnv.generateRandomMap(8, 0.6, 0L));
  }

  @Test
  void randomMapArgumentsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> FrozenLakeEnv.generateRandomMap(1, 0.8, 0L));
    assertThrows(IllegalArgumentException.class, () -> FrozenLakeEnv.generateRandomMap(4, 0.0, 0L));
    assertEquals(
        List.of("SFFF", "FFFF", "FFFF", "FFFG"),
        FrozenLakeEnv.generateRandomMap(4, 1.5, 0L),
        "p above 1 counts as 1");
  }

  @Test
  void nullDescAndMapNameGiveARandom8x8Map() {
    Map<String, Object> kw = new HashMap<>();
    kw.put("map_name", null);
    Env<Integer, Integer> env = Gym.make("FrozenLake-v1", kw);
    FrozenLakeEnv lake = (FrozenLakeEnv) env.unwrapped();
    List<String> desc = lake.desc();
    assertEquals(8, desc.size());
    assertEquals('S', desc.get(0).charAt(0));
    assertEquals('G', desc.get(7).charAt(7));
    assertEquals(64, lake.numStates());
  }

  @Test
  void mapsHaveTheRegisteredSizes() {
    FrozenLakeEnv small = (FrozenLakeEnv) Gym.make("FrozenLake-v1").unwrapped();
    FrozenLakeEnv large = (FrozenLakeEnv) Gym.make("FrozenLake8x8-v1").unwrapped();
    assertEquals(FrozenLakeEnv.MAPS.get("4x4"), small.desc());
    assertEquals(FrozenLakeEnv.MAPS.get("8x8"), large.desc());
    assertEquals("Discrete(16)", small.observationSpace().toString());
    assertEquals("Discrete(64)", large.observationSpace().toString());
    assertEquals(256, small.scene().width());
    assertEquals(512, large.scene().height());
  }

  @Test
  void transitionTableSumsToOneAndTerminalsAreAbsorbing() {
    FrozenLakeEnv env =
        new FrozenLakeEnv(
            new FrozenLakeEnv.Config(null, null, "8x8", true, 1.0 / 3.0, new double[] {1, 0, 0}));
    List<Transition>[][] p = env.transitionTable();
    for (int s = 0; s < env.numStates(); s++) {
      char tile = env.desc().get(s / 8).charAt(s % 8);
      for (int a = 0; a < 4; a++) {
        double sum = 0;
        for (Transition t : p[s][a]) {
          sum += t.prob();
        }
        assertEquals(1.0, sum, 1e-12, "P[" + s + "][" + a + "]");
        if (tile == 'H' || tile == 'G') {
          assertEquals(List.of(new Transition(1.0, s, 0, true)), p[s][a]);
        } else {
          assertEquals(3, p[s][a].size());
        }
      }
    }
  }

  @Test
  void slipperyDirectionsAreActionMinusOneActionActionPlusOne() {
    FrozenLakeEnv env = new FrozenLakeEnv();
    // State 6 = row 1, col 2: left is 5 (hole), up is 2, down is 10, right is 7 (hole).
    assertEquals(
        List.of(
            new Transition(FAIL, 2, 0, false),
            new Transition(THIRD, 5, 0, true),
            new Transition(FAIL, 10, 0, false)),
        env.transitions(6, FrozenLakeEnv.LEFT));
    assertEquals(
        List.of(
            new Transition(FAIL, 5, 0, true),
            new Transition(THIRD, 10, 0, false),
            new Transition(FAIL, 7, 0, true)),
        env.transitions(6, FrozenLakeEnv.DOWN));
    assertEquals(
        List.of(
            new Transition(FAIL, 10, 0, false),
            new Transition(THIRD, 7, 0, true),
            new Transition(FAIL, 2, 0, false)),
        env.transitions(6, FrozenLakeEnv.RIGHT));
    assertEquals(
        List.of(
            new Transition(FAIL, 7, 0, true),
            new Transition(THIRD, 2, 0, false),
            new Transition(FAIL, 5, 0, true)),
        env.transitions(6, FrozenLakeEnv.UP));
    // Border moves stay put; the goal pays 1.
    assertEquals(new Transition(FAIL, 0, 0, false), env.transitions(0, FrozenLakeEnv.LEFT).get(0));
    assertEquals(
        new Transition(THIRD, 15, 1, true), env.transitions(14, FrozenLakeEnv.RIGHT).get(1));
  }

  @Test
  void notSlipperySuccessRateAndRewardSchedule() {
    FrozenLakeEnv dry =
        new FrozenLakeEnv(
            new FrozenLakeEnv.Config(null, null, "4x4", false, 1.0 / 3.0, new double[] {1, 0, 0}));
    assertEquals(List.of(new Transition(1.0, 2, 0, false)), dry.transitions(6, FrozenLakeEnv.UP));

    FrozenLakeEnv custom =
        new FrozenLakeEnv(
            new FrozenLakeEnv.Config(null, null, "4x4", true, 0.8, new double[] {10, -5, -0.5}));
    assertEquals(
        List.of(
            new Transition(0.09999999999999998, 2, -0.5, false),
            new Transition(0.8, 5, -5, true),
            new Transition(0.09999999999999998, 10, -0.5, false)),
        custom.transitions(6, FrozenLakeEnv.LEFT));
    assertEquals(
        new Transition(0.8, 15, 10, true), custom.transitions(14, FrozenLakeEnv.RIGHT).get(1));
    assertArrayEquals(new double[] {-5, 10}, custom.rewardRange());

    Env<Integer, Integer> made =
        Gym.make(
            "FrozenLake-v1",
            Map.of("is_slippery", false, "reward_schedule", List.of(2, -1, -0.01)));
    made.reset(0);
    Step<Integer> s = made.step(FrozenLakeEnv.RIGHT);
    assertEquals(1, s.observation());
    assertEquals(-0.01, s.reward());
    assertEquals(1.0, s.info().get("prob"));
  }

  @Test
  void severalStartTilesAreDrawnUniformly() {
    FrozenLakeEnv env =
        new FrozenLakeEnv(
            new FrozenLakeEnv.Config(
                null, List.of("SS", "FG"), null, false, 1.0 / 3.0, new double[] {1, 0, 0}));
    assertArrayEquals(new double[] {0.5, 0.5, 0, 0}, env.initialStateDistribution());
    for (long seed = 0; seed < 10; seed++) {
      int expected = NpRandom.of(seed).random() < 0.5 ? 0 : 1;
      assertEquals(expected, env.reset(seed).observation(), "seed " + seed);
    }
  }

  @Test
  void ansiShowsTheAgentOnRedAndTheLastAction() {
    Env<Integer, Integer> env =
        Gym.make("FrozenLake-v1", Map.of("render_mode", "ansi", "is_slippery", false));
    env.reset(0);
    assertEquals("\n" + ESC + "[41mS" + ESC + "[0mFFF\nFHFH\nFFFH\nHFFG\n", env.render());
    env.step(FrozenLakeEnv.RIGHT);
    assertEquals("  (Right)\nS" + ESC + "[41mF" + ESC + "[0mFF\nFHFH\nFFFH\nHFFG\n", env.render());
    env.step(FrozenLakeEnv.DOWN);
    assertEquals("  (Down)\nSFFF\nF" + ESC + "[41mH" + ESC + "[0mFH\nFFFH\nHFFG\n", env.render());
  }

  @Test
  void sceneHasTilesOutlinesAndTheElf() {
    FrozenLakeEnv env = new FrozenLakeEnv();
    env.reset(0);
    Scene2D scene = env.scene();
    assertEquals(256, scene.width());
    assertEquals(256, scene.height());
    long outlines =
        scene.shapes().stream()
            .filter(s -> s instanceof Scene2D.Polygon p && !p.filled() && p.rgb() == 0xB4C8E6)
            .count();
    assertEquals(16, outlines, "one 1-px (180,200,230) outline per cell");
    // The ice tile of cell (0, 0) is the first shape: x 0..64, y (up) 192..256.
    Scene2D.Polygon first = (Scene2D.Polygon) scene.shapes().get(0);
    assertArrayEquals(new double[] {0, 192, 64, 192, 64, 256, 0, 256}, first.xy());
  }

  @Test
  void renderWithoutModeReturnsNull() {
    FrozenLakeEnv env = new FrozenLakeEnv();
    env.reset(0);
    assertEquals(null, env.render());
  }

  @Test
  void badKwargsNameTheKwarg() {
    assertBad(Map.of("map_name", "5x5"), "map_name", "4x4, 8x8");
    assertBad(Map.of("desc", List.of("SFF", "FG")), "desc", "same length");
    assertBad(Map.of("desc", List.of("SFX", "FFG")), "desc", "unknown tile 'X'");
    assertBad(Map.of("desc", List.of("FFF", "FFG")), "desc", "no start");
    assertBad(Map.of("desc", List.of("SFF", "FFF")), "desc", "no goal");
    assertBad(Map.of("desc", List.of()), "desc", "no rows");
    assertBad(Map.of("desc", "SFFG"), "desc", "expects list[str]");
    assertBad(Map.of("success_rate", -0.1), "success_rate", "[0, 1]");
    assertBad(Map.of("success_rate", 1.5), "success_rate", "[0, 1]");
    assertBad(Map.of("reward_schedule", List.of(1, 0)), "reward_schedule", "3 numbers");
    assertBad(Map.of("is_slippery", "yes"), "is_slippery", "expects bool");
    assertBad(Map.of("slippery", true), "slippery", "accepted kwargs");
    assertBad(Map.of("render_mode", "pixels"), "pixels", "ansi");
  }

  private static void assertBad(Map<String, Object> kwargs, String... fragments) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Gym.make("FrozenLake-v1", kwargs));
    for (String f : fragments) {
      assertTrue(e.getMessage().contains(f), "'" + e.getMessage() + "' should mention " + f);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"4x4", "8x8"})
  void greedyRolloutsStayInTheSpace(String mapName) {
    Env<Integer, Integer> env = Gym.make("FrozenLake-v1", Map.of("map_name", mapName));
    env.actionSpace().seed(1);
    env.reset(5);
    for (int t = 0; t < 500; t++) {
      Step<Integer> s = env.step(env.actionSpace().sample());
      assertTrue(env.observationSpace().contains(s.observation()));
      if (s.done()) {
        env.reset();
      }
    }
  }
}

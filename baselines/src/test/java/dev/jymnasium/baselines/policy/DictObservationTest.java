package dev.jymnasium.baselines.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.baselines.nn.Activation;
import dev.jymnasium.baselines.nn.MlpWeights;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Box;
import dev.jymnasium.env.spaces.Dict;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.spaces.Tuple;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dict (goal env) observations: encoding by concatenation in sorted key order, saving policies. */
class DictObservationTest {
  /** A goal space whose own key order is not the sorted one. */
  private static final Dict GOAL_SPACE =
      Dict.ordered(
          "observation", Box.float32(-10, 10, 3),
          "desired_goal", Box.float32(-10, 10, 2),
          "achieved_goal", Box.float32(-10, 10, 2));

  private static Map<String, Object> observation(float base) {
    Map<String, Object> obs = new LinkedHashMap<>();
    obs.put("observation", new float[] {base, base + 1, base + 2});
    obs.put("desired_goal", new float[] {base + 3, base + 4});
    obs.put("achieved_goal", new float[] {base + 5, base + 6});
    return obs;
  }

  @Test
  void encodesEntriesInSortedKeyOrder() {
    ObsEncoder enc = new ObsEncoder(GOAL_SPACE);
    assertEquals(7, enc.dim());
    assertEquals(0, enc.offset("achieved_goal"));
    assertEquals(2, enc.offset("desired_goal"));
    assertEquals(4, enc.offset("observation"));
    assertEquals(3, enc.size("observation"));
    float[] out = new float[8];
    enc.encode(observation(0), out, 1);
    assertArrayEquals(new float[] {0, 5, 6, 3, 4, 0, 1, 2}, out);
  }

  @Test
  void encodesAVectorBatchRowByRow() {
    ObsEncoder enc = new ObsEncoder(GOAL_SPACE);
    Object batch = GOAL_SPACE.createBatch(2);
    GOAL_SPACE.writeBatch(observation(0), batch, 0);
    GOAL_SPACE.writeBatch(observation(10), batch, 1);
    float[] out = new float[14];
    enc.encodeBatch(batch, 2, out);
    assertArrayEquals(new float[] {5, 6, 3, 4, 0, 1, 2, 15, 16, 13, 14, 10, 11, 12}, out);
  }

  @Test
  void discreteEntriesAreOneHot() {
    Dict space = Dict.ordered("b", new Discrete(3, 1), "a", Box.float32(0, 1, 1));
    ObsEncoder enc = new ObsEncoder(space);
    float[] out = new float[4];
    enc.encode(Map.of("a", new float[] {0.5f}, "b", 2), out, 0);
    assertArrayEquals(new float[] {0.5f, 0, 1, 0}, out);
    Object batch = space.createBatch(2);
    space.writeBatch(Map.of("a", new float[] {0.25f}, "b", 1), batch, 0);
    space.writeBatch(Map.of("a", new float[] {0.75f}, "b", 3), batch, 1);
    float[] rows = new float[8];
    enc.encodeBatch(batch, 2, rows);
    assertArrayEquals(new float[] {0.25f, 1, 0, 0, 0.75f, 0, 0, 1}, rows);
  }

  @Test
  void unsupportedEntriesAndMissingKeysAreNamed() {
    Dict nested = Dict.ordered("t", new Tuple(Box.float32(0, 1, 1)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ObsEncoder(nested));
    assertTrue(e.getMessage().contains("'t'"), e.getMessage());
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class, () -> new ObsEncoder(GOAL_SPACE).offset("goal"));
    assertTrue(missing.getMessage().contains("'goal'"), missing.getMessage());
  }

  @Test
  void policyWithDictObservationsSurvivesSaveAndLoad(@TempDir Path dir) throws Exception {
    Box<float[]> actions = Box.float32(-1, 1, 2);
    MlpWeights net = MlpWeights.uniform(new int[] {7, 8, 2}, Activation.RELU, NpRandom.of(1));
    Policy p =
        new NetworkPolicy("sac", "x/Goal-v0", GOAL_SPACE, actions, null, net, ActionHead.TANH);
    Path file = dir.resolve("policy.bin");
    p.save(file);
    assertTrue(Files.size(file) > 0);
    Policy loaded = Policy.load(file);
    Space<?> space = loaded.observationSpace();
    assertEquals(GOAL_SPACE, space);
    assertEquals(GOAL_SPACE.keys(), ((Dict) space).keys());
    Map<String, Object> obs = observation(0.1f);
    assertArrayEquals((float[]) p.act(obs), (float[]) loaded.act(obs));
  }
}

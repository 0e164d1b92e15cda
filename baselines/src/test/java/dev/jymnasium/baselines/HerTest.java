package dev.jymnasium.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.baselines.run.EvalOptions;
import dev.jymnasium.baselines.run.EvalResult;
import dev.jymnasium.baselines.run.EvalRun;
import dev.jymnasium.baselines.run.TrainOptions;
import dev.jymnasium.baselines.run.TrainResult;
import dev.jymnasium.baselines.run.TrainRun;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SAC and TD3 with hindsight experience replay on the sparse-reward 2-D point-reach goal env. */
class HerTest {
  /**
   * Small and fast settings; gamma 0.95, learning rate 1e-3 and tau 0.05 as the RL Zoo's HER
   * entries for the Fetch and Panda envs.
   */
  private static final Map<String, Object> SMALL =
      Map.of(
          "learning_starts",
          100,
          "batch_size",
          64,
          "net_arch",
          new int[] {64, 64},
          "gamma",
          0.95,
          "learning_rate",
          0.001,
          "tau",
          0.05,
          "buffer_size",
          20_000);

  private static final Map<String, Object> HER = Map.of("replay_buffer_class", "HerReplayBuffer");

  @BeforeAll
  static void envs() {
    TestEnvs.register();
  }

  private static Map<String, Object> hyperparams(Map<String, Object> extra) {
    Map<String, Object> hp = new HashMap<>(SMALL);
    hp.putAll(extra);
    return hp;
  }

  private static EvalResult trainAndEvaluate(String algo, Map<String, Object> hp, long steps) {
    try (Agent agent =
        Agents.create(algo, TestEnvs.GOAL_REACH, Map.of(), hp, 0, DeviceChoice.CPU)) {
      agent.learn(steps, new TrainingListener() {});
      try (Env<Object, Object> env = Gym.make(TestEnvs.GOAL_REACH)) {
        return EvalRun.evaluate(agent.policy(), env, TestEnvs.GOAL_REACH, 50, 1000);
      }
    }
  }

  /**
   * The sparse reward is -1 until the point is within 0.1 of a random goal; in 1,500 steps SAC with
   * HER learns to reach the goal, SAC alone rarely gets there (seed 0: success rates 1.00 and 0.04
   * over 50 episodes when this test was written).
   */
  @Test
  void sacWithHerBeatsSacWithout() {
    EvalResult with = trainAndEvaluate("sac", hyperparams(HER), 1500);
    EvalResult without = trainAndEvaluate("sac", hyperparams(Map.of()), 1500);
    assertNotNull(with.successRate());
    assertTrue(
        with.successRate() >= 0.8 && with.successRate() > without.successRate() + 0.3,
        "with HER " + with + "; without " + without);
  }

  @Test
  void trainRunWithHerSavesADictPolicyThatEvalRunScoresBySuccess(@TempDir Path dir)
      throws Exception {
    String overrides =
        "{\"replay_buffer_class\": \"HerReplayBuffer\", \"learning_starts\": 50,"
            + " \"batch_size\": 16, \"net_arch\": [16]}";
    TrainResult trained =
        TrainRun.run(
            new TrainOptions(
                TestEnvs.GOAL_REACH,
                "sac",
                100L,
                0,
                null,
                DeviceChoice.CPU,
                overrides,
                Map.of(),
                dir,
                null,
                false));
    assertTrue(
        trained.recentSuccessRate() >= 0 && trained.recentSuccessRate() <= 1,
        "success rate of the 5 training episodes: " + trained.recentSuccessRate());
    String runJson = Files.readString(dir.resolve(TrainRun.RUN_JSON));
    assertTrue(runJson.contains("\"replay_buffer_class\" : \"HerReplayBuffer\""), runJson);
    assertTrue(runJson.contains("\"recent_success_rate\""), runJson);
    assertTrue(
        Files.readString(dir.resolve(TrainRun.METRICS)).contains("\"charts/episodic_success\""));
    EvalResult r = EvalRun.run(new EvalOptions(TestEnvs.GOAL_REACH, dir, 3, 0, Map.of()));
    assertNotNull(r.successRate());
    assertTrue(r.toJson().contains("\"success_rate\""), r.toJson());
    assertTrue(r.toString().contains("success rate"), r.toString());
  }

  @Test
  void sameSeedSamePolicy() {
    Map<String, Object> hp = hyperparams(HER);
    hp.put("learning_starts", 50);
    float[][] actions = new float[2][];
    for (int run = 0; run < 2; run++) {
      try (Agent agent =
          Agents.create("td3", TestEnvs.GOAL_REACH, Map.of(), hp, 4, DeviceChoice.CPU)) {
        agent.learn(150, new TrainingListener() {});
        Policy p = agent.policy();
        try (Env<Object, Object> env = Gym.make(TestEnvs.GOAL_REACH)) {
          actions[run] = (float[]) p.act(env.reset(9L).observation());
        }
      }
    }
    assertArrayEquals(actions[0], actions[1]);
  }

  @Test
  void herOnAnEnvThatIsNotAGoalEnvNamesIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Agents.create(
                    "sac", TestEnvs.REACH, Map.of(), hyperparams(HER), 0, DeviceChoice.CPU));
    assertTrue(e.getMessage().contains(TestEnvs.REACH), e.getMessage());
    assertTrue(e.getMessage().contains("GoalEnv"), e.getMessage());
  }

  @Test
  void badReplayHyperparametersAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Agents.create(
                    "td3",
                    TestEnvs.GOAL_REACH,
                    Map.of(),
                    hyperparams(Map.of("goal_selection_strategy", "random")),
                    0,
                    DeviceChoice.CPU));
    assertTrue(e.getMessage().contains("future, final, episode"), e.getMessage());
  }
}

package dev.jymnasium.baselines.hdpo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jymnasium.baselines.Agents;
import dev.jymnasium.baselines.DeviceChoice;
import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.baselines.algo.Hdpo;
import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.baselines.run.TrainOptions;
import dev.jymnasium.baselines.run.TrainRun;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HdpoTest {
  /** Small sets so that a run takes about a second. */
  private static final Map<String, Object> SMALL =
      Map.of(
          "batch_size", 128,
          "train_scenarios", 1024,
          "dev_scenarios", 512,
          "dev_every", 10,
          "test_scenarios", 256,
          "test_periods", 1000,
          "test_ignore_periods", 200,
          "learning_rate", 0.01);

  private static Hdpo agent(String id, Map<String, Object> kwargs, long seed) {
    return (Hdpo) Agents.create("hdpo", id, kwargs, SMALL, seed, DeviceChoice.CPU);
  }

  /** An HDPO agent on {@code id}'s defaults with the given hyperparameters only. */
  private static void create(String id, Map<String, Object> hyperparams) {
    Agents.create("hdpo", id, Map.of(), hyperparams, 0, DeviceChoice.CPU);
  }

  @Test
  void shortTrainingOnOneStoreGetsNearTheOptimum() {
    // L = 1, p = 4, lost sales: relative value iteration gives 4.0407 per period
    try (Hdpo hdpo =
        agent("inventory/OneStoreLost-v0", Map.of("lead_time", 1, "underage_cost", 4), 0)) {
      hdpo.learn(128L * 50 * 200, TrainingListener.NONE);
      double test = hdpo.testCost();
      assertTrue(test < 4.0407 * 1.03 && test > 4.0407 * 0.97, "test cost " + test);
    }
  }

  @Test
  void positionHeadLearnsTheBaseStockPolicyOfABacklog() {
    // L = 4, p = 9, Normal(5, 1.6): S* = 25 + 1.2816·1.6·sqrt(5) = 29.59, cost 6.279 per period;
    // the env's default head orders up to a position set by the network
    try (Hdpo hdpo =
        agent("inventory/OneStoreBacklogged-v0", Map.of("lead_time", 4, "underage_cost", 9), 0)) {
      assertEquals("position", hdpo.hyperparams().orderHead());
      hdpo.learn(128L * 50 * 200, TrainingListener.NONE);
      double test = hdpo.testCost();
      assertTrue(Math.abs(test / 6.279 - 1) < 0.01, "test cost " + test);
      // from the positions it meets (on hand about S − 4μ), it orders back up to (nearly) S*
      for (double onHand : new double[] {6, 8, 10, 12}) {
        double[] store = {onHand, 5, 5, 5};
        double q = hdpo.policy().act(Map.of("store_inventories", store, "current_period", 0))[0];
        assertEquals(29.59, q + onHand + 15, 0.5, "order " + q + " at on hand " + onHand);
      }
    }
  }

  @Test
  void tunesTheBaseStockLevelOfABacklogToTheNewsvendorLevel() {
    // L = 1, p = 9, Normal(5, 1.6): S* = 10 + 1.2816·1.6·sqrt(2) = 12.90
    Map<String, Object> hp = new java.util.HashMap<>(SMALL);
    hp.put("policy", "base_stock");
    hp.put("learning_rate", 0.1);
    try (Hdpo hdpo =
        (Hdpo)
            Agents.create(
                "hdpo",
                "inventory/OneStoreBacklogged-v0",
                Map.of("lead_time", 1),
                hp,
                0,
                DeviceChoice.CPU)) {
      hdpo.learn(128L * 50 * 150, TrainingListener.NONE);
      // with nothing on hand or on order, base-stock orders its level
      double level =
          hdpo.policy().act(Map.of("store_inventories", new double[] {0}, "current_period", 0))[0];
      assertEquals(12.90, level, 0.3);
    }
  }

  @Test
  void sameSeedSameRun() {
    double[] costs = new double[2];
    for (int i = 0; i < 2; i++) {
      try (Hdpo hdpo = agent("inventory/OneStoreBacklogged-v0", Map.of("lead_time", 2), 7)) {
        hdpo.learn(128L * 50 * 20, TrainingListener.NONE);
        costs[i] = hdpo.bestDevCost();
      }
    }
    assertEquals(costs[0], costs[1], 0.0);
  }

  @Test
  void policyActsInTheEnvAfterSaveAndLoad(@TempDir Path dir) throws Exception {
    try (Hdpo hdpo = agent("inventory/Serial-v0", Map.of(), 1)) {
      hdpo.learn(128L * 50 * 2, TrainingListener.NONE);
      Path file = dir.resolve("policy.bin");
      hdpo.policy().save(file);
      Policy loaded = Policy.load(file);
      try (Env<Object, Object> env = Gym.make("inventory/Serial-v0")) {
        loaded.requireCompatible("inventory/Serial-v0", env.observationSpace(), env.actionSpace());
        Object obs = env.reset(3L).observation();
        double[] a = (double[]) hdpo.policy().act(obs);
        assertArrayEquals(a, (double[]) loaded.act(obs), 1e-12);
        assertEquals(4, a.length);
        env.step(a);
      }
    }
  }

  @Test
  void jymTrainWritesARunWhosePolicyAndCheckpointReload(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("run");
    TrainRun.run(
        new TrainOptions(
            "inventory/OneStoreLost-v0",
            "hdpo",
            128L * 50 * 4,
            0,
            null,
            DeviceChoice.CPU,
            new ObjectMapper().writeValueAsString(SMALL),
            Map.of("lead_time", 2),
            out,
            128L * 50 * 2,
            false));
    assertTrue(
        java.nio.file.Files.readString(out.resolve(TrainRun.METRICS)).contains("charts/test_cost"));
    Policy policy = Policy.load(out.resolve(TrainRun.POLICY_FILE));
    try (Hdpo resumed = agent("inventory/OneStoreLost-v0", Map.of("lead_time", 2), 0);
        Env<Object, Object> env = Gym.make("inventory/OneStoreLost-v0", Map.of("lead_time", 2))) {
      resumed.loadCheckpoint(out.resolve(TrainRun.CHECKPOINT));
      assertEquals(128L * 50 * 4, resumed.numTimesteps());
      Object obs = env.reset(1L).observation();
      assertArrayEquals((double[]) policy.act(obs), resumed.policy().act(obs), 1e-12);
    }
  }

  @Test
  void rejectsUnsupportedEnvsAndSettings() {
    IllegalArgumentException env =
        assertThrows(IllegalArgumentException.class, () -> agent("CartPole-v1", Map.of(), 0));
    assertTrue(env.getMessage().contains("inventory/OneStoreLost-v0"), env.getMessage());
    IllegalArgumentException kwarg =
        assertThrows(
            IllegalArgumentException.class,
            () -> agent("inventory/OneStoreLost-v0", Map.of("lead_tme", 2), 0));
    assertTrue(kwarg.getMessage().contains("lead_tme"), kwarg.getMessage());
    IllegalArgumentException hp =
        assertThrows(
            IllegalArgumentException.class,
            () -> create("inventory/OneStoreLost-v0", Map.of("n_envs", 4)));
    assertTrue(hp.getMessage().contains("batch_size"), hp.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            create(
                "inventory/OneStoreLost-v0", Map.of("batch_size", 4096, "train_scenarios", 1024)));
    IllegalArgumentException warmUp =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                create(
                    "inventory/Serial-v0",
                    Map.of("train_periods", 40, "train_ignore_periods", 40)));
    assertTrue(warmUp.getMessage().contains("train_ignore_periods"), warmUp.getMessage());
    IllegalArgumentException head =
        assertThrows(
            IllegalArgumentException.class,
            () -> create("inventory/OneStoreLost-v0", Map.of("order_head", "echelon")));
    assertTrue(head.getMessage().contains("position"), head.getMessage());
  }
}

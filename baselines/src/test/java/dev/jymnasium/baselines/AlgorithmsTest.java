package dev.jymnasium.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.baselines.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every algorithm runs end to end on a tiny budget and yields a usable policy. */
class AlgorithmsTest {
  @BeforeAll
  static void envs() {
    TestEnvs.register();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ppo|CartPole-v1|{\"n_envs\": 2, \"n_steps\": 32, \"batch_size\": 32, \"n_epochs\": 2}",
        "ppo|test/Reach-v0|{\"n_envs\": 2, \"n_steps\": 32, \"batch_size\": 32, \"n_epochs\": 2,"
            + " \"normalize_obs\": true, \"clip_vloss\": true}",
        "ppo|test/PictureChain-v0|{\"policy\": \"CnnPolicy\", \"n_envs\": 2, \"n_steps\": 32,"
            + " \"batch_size\": 32, \"n_epochs\": 2, \"net_arch\": [16]}",
        "a2c|CartPole-v1|{\"n_envs\": 4, \"n_steps\": 8}",
        "dqn|test/PictureChain-v0|{\"policy\": \"CnnPolicy\", \"learning_starts\": 64,"
            + " \"batch_size\": 16, \"net_arch\": [16], \"buffer_size\": 1000}",
        "dqn|CartPole-v1|{\"learning_starts\": 64, \"train_freq\": 4, \"batch_size\": 16, \"net_arch\": [32],"
            + " \"double_dqn\": true, \"buffer_size\": 1000}",
        "sac|test/Reach-v0|{\"learning_starts\": 64, \"batch_size\": 16, \"net_arch\": [32]}",
        "td3|test/Reach-v0|{\"learning_starts\": 64, \"batch_size\": 16, \"net_arch\": [32, 32]}",
        "qlearning|test/Chain-v0|{}",
        "sarsa|test/Chain-v0|{}"
      })
  void learnsEndToEnd(String algo, String envId, String hyperparams) throws Exception {
    Map<String, Object> hp =
        new com.fasterxml.jackson.databind.ObjectMapper().readValue(hyperparams, Map.class);
    List<String> tags = new ArrayList<>();
    long[] progress = {0};
    try (Agent agent = Agents.create(algo, envId, Map.of(), hp, 1, DeviceChoice.CPU)) {
      agent.learn(
          256,
          new TrainingListener() {
            @Override
            public void onScalar(String tag, double value, long step) {
              assertTrue(Double.isFinite(value) || tag.contains("variance"), tag + " = " + value);
              tags.add(tag);
            }

            @Override
            public void onProgress(long step) {
              progress[0] = step;
            }
          });
      assertTrue(agent.numTimesteps() >= 256, "steps " + agent.numTimesteps());
      assertEquals(agent.numTimesteps(), progress[0]);
      assertTrue(tags.contains("charts/episodic_return"), "tags " + tags);
      Policy p = agent.policy();
      var env = dev.jymnasium.env.registry.Gym.make(envId);
      Object obs = env.reset(3L).observation();
      Object action = p.act(obs);
      assertNotNull(action);
      assertTrue(env.actionSpace().contains(action), "action " + action);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ppo|{\"n_envs\": 1, \"n_steps\": 64, \"batch_size\": 32, \"n_epochs\": 1}|100|100",
        "ppo|{\"n_envs\": 3, \"n_steps\": 64, \"batch_size\": 32, \"n_epochs\": 1}|100|102",
        "a2c|{\"n_envs\": 4, \"n_steps\": 16}|100|100",
        "dqn|{\"n_envs\": 3, \"learning_starts\": 10, \"net_arch\": [8]}|100|102"
      })
  void trainingStopsAtTheFirstVectorStepThatReachesTheBudget(
      String algo, String hyperparams, long budget, long expectedSteps) throws Exception {
    Map<String, Object> hp =
        new com.fasterxml.jackson.databind.ObjectMapper().readValue(hyperparams, Map.class);
    try (Agent agent = Agents.create(algo, "CartPole-v1", Map.of(), hp, 1, DeviceChoice.CPU)) {
      agent.learn(budget, TrainingListener.NONE);
      assertEquals(expectedSteps, agent.numTimesteps());
      agent.learn(budget, TrainingListener.NONE);
      assertEquals(2 * expectedSteps, agent.numTimesteps());
    }
  }

  /** The losses an agent reports while it learns {@code steps} steps. */
  private static List<String> losses(String algo, Map<String, Object> hp, long seed, long steps) {
    List<String> out = new ArrayList<>();
    try (Agent agent = Agents.create(algo, "CartPole-v1", Map.of(), hp, seed, DeviceChoice.CPU)) {
      agent.learn(
          steps,
          new TrainingListener() {
            @Override
            public void onScalar(String tag, double value, long step) {
              if (tag.startsWith("losses/")) {
                out.add(tag + "@" + step + "=" + value);
              }
            }
          });
    }
    return out;
  }

  @Test
  void agentsTrainedOnSeveralThreadsAtOnceLearnAsAlone() throws Exception {
    // PyTorch records gradients for one collector at a time per JVM: concurrent agents take turns.
    Map<String, Object> ppo = Map.of("n_envs", 2, "n_steps", 32, "batch_size", 32, "n_epochs", 2);
    Map<String, Object> dqn =
        Map.of("learning_starts", 32, "train_freq", 4, "batch_size", 16, "net_arch", List.of(16));
    List<String> ppoAlone = losses("ppo", ppo, 1, 256);
    List<String> dqnAlone = losses("dqn", dqn, 2, 256);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var ppoThread = pool.submit(() -> losses("ppo", ppo, 1, 256));
      var dqnThread = pool.submit(() -> losses("dqn", dqn, 2, 256));
      assertEquals(ppoAlone, ppoThread.get());
      assertEquals(dqnAlone, dqnThread.get());
    } finally {
      pool.shutdownNow();
    }
  }
}

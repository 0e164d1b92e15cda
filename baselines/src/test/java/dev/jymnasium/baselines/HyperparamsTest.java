package dev.jymnasium.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.baselines.algo.Ppo;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hyperparameter maps bind to records; bad ones are rejected with the key named. */
class HyperparamsTest {
  @Test
  void overridesAndDefaults() {
    Ppo.Hyperparams hp =
        HyperparamBinder.bind(
            "ppo",
            Ppo.Hyperparams.class,
            Ppo.Hyperparams.DEFAULTS,
            Map.of("learning_rate", 1e-3, "n_steps", 32, "net_arch", java.util.List.of(32, 32)));
    assertEquals(1e-3, hp.learningRate());
    assertEquals(32, hp.nSteps());
    assertEquals(0.99, hp.gamma());
    assertEquals(32, hp.netArch()[1]);
    assertEquals(32, HyperparamBinder.toMap(hp).get("n_steps"));
  }

  @Test
  void negativeLearningRateIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Agents.create(
                    "ppo",
                    "CartPole-v1",
                    Map.of(),
                    Map.of("learning_rate", -0.1),
                    0,
                    DeviceChoice.CPU));
    assertTrue(e.getMessage().contains("learning_rate"), e.getMessage());
  }

  @Test
  void unknownKeyIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Agents.create(
                    "dqn",
                    "CartPole-v1",
                    Map.of(),
                    Map.of("learning_rat", 0.1),
                    0,
                    DeviceChoice.CPU));
    assertTrue(
        e.getMessage().contains("'learning_rat'") && e.getMessage().contains("learning_rate"),
        e.getMessage());
  }

  @Test
  void wrongTypeIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HyperparamBinder.bind(
                    "ppo",
                    Ppo.Hyperparams.class,
                    Ppo.Hyperparams.DEFAULTS,
                    Map.of("n_steps", 2.5)));
    assertTrue(e.getMessage().contains("n_steps"), e.getMessage());
  }

  @Test
  void unknownAlgorithmAndUnfitEnvAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Agents.create("ddpg", "CartPole-v1", Map.of(), Map.of(), 0, DeviceChoice.CPU));
    assertTrue(e.getMessage().contains("ppo"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Agents.create("sac", "CartPole-v1", Map.of(), Map.of(), 0, DeviceChoice.CPU));
    assertTrue(e.getMessage().contains("Discrete(2)"), e.getMessage());
  }

  @Test
  void gpuWithoutGpuIsAnError() {
    org.junit.jupiter.api.Assumptions.assumeFalse(dev.jymnasium.baselines.nn.Torch.gpuUsable());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Agents.create("ppo", "CartPole-v1", Map.of(), Map.of(), 0, DeviceChoice.GPU));
    assertTrue(e.getMessage().contains("gpu"), e.getMessage());
    assertEquals(DeviceChoice.AUTO, DeviceChoice.parse("Auto"));
    assertThrows(IllegalArgumentException.class, () -> DeviceChoice.parse("tpu"));
  }
}

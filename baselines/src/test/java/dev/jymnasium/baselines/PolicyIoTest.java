package dev.jymnasium.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved policies load back with identical actions; damaged or foreign files fail clearly. */
class PolicyIoTest {
  @TempDir Path dir;

  @BeforeAll
  static void envs() {
    TestEnvs.register();
  }

  private static Policy trained(String algo, String envId, Map<String, Object> hp) {
    try (Agent agent = Agents.create(algo, envId, Map.of(), hp, 7, DeviceChoice.CPU)) {
      agent.learn(128, TrainingListener.NONE);
      return agent.policy();
    }
  }

  @Test
  void discreteRoundTripGivesIdenticalActions() throws IOException {
    Policy p =
        trained("ppo", "CartPole-v1", Map.of("n_envs", 2, "n_steps", 64, "normalize_obs", true));
    Path file = dir.resolve("p.bin");
    p.save(file);
    Policy q = Policy.load(file);
    Env<Object, Object> env = Gym.make("CartPole-v1");
    Object obs = env.reset(0L).observation();
    for (int t = 0; t < 200; t++) {
      Object a = p.act(obs);
      assertEquals(a, q.act(obs));
      var s = env.step(a);
      obs = s.done() ? env.reset().observation() : s.observation();
    }
    assertEquals("ppo", q.algorithm());
    assertEquals("CartPole-v1", q.envId());
  }

  @Test
  void cnnRoundTripGivesIdenticalActions() throws IOException {
    Policy p =
        trained(
            "dqn",
            TestEnvs.PICTURE_CHAIN,
            Map.of("policy", "CnnPolicy", "learning_starts", 32, "batch_size", 8));
    Path file = dir.resolve("cnn.bin");
    p.save(file);
    Policy q = Policy.load(file);
    var space = Gym.make(TestEnvs.PICTURE_CHAIN).observationSpace();
    space.seed(1L);
    java.util.Set<Object> actions = new java.util.HashSet<>();
    for (int i = 0; i < 50; i++) {
      Object picture = space.sample();
      actions.add(p.act(picture));
      assertEquals(p.act(picture), q.act(picture));
    }
    assertEquals(2, actions.size(), "random pictures get both actions");
  }

  @Test
  void continuousRoundTripGivesIdenticalActions() throws IOException {
    Policy p =
        trained(
            "sac",
            TestEnvs.REACH,
            Map.of("learning_starts", 32, "batch_size", 8, "net_arch", java.util.List.of(16)));
    Path file = dir.resolve("sac.bin");
    p.save(file);
    Policy q = Policy.load(file);
    for (float x = -2; x <= 2; x += 0.25f) {
      assertArrayEquals((float[]) p.act(new float[] {x}), (float[]) q.act(new float[] {x}));
    }
  }

  @Test
  void corruptedFileIsReported() throws IOException {
    Path file = dir.resolve("p.bin");
    trained("qlearning", TestEnvs.CHAIN, Map.of()).save(file);
    byte[] b = Files.readAllBytes(file);
    b[b.length / 2] ^= 0x40;
    Files.write(file, b);
    IOException e = assertThrows(IOException.class, () -> Policy.load(file));
    assertTrue(e.getMessage().contains("corrupted"), e.getMessage());
    Files.write(file, java.util.Arrays.copyOf(b, 20));
    e = assertThrows(IOException.class, () -> Policy.load(file));
    assertTrue(
        e.getMessage().contains("corrupted") || e.getMessage().contains("not a Jymnasium"),
        e.getMessage());
    Files.writeString(file, "hello, not a policy");
    e = assertThrows(IOException.class, () -> Policy.load(file));
    assertTrue(e.getMessage().contains("not a Jymnasium policy"), e.getMessage());
    e = assertThrows(IOException.class, () -> Policy.load(dir.resolve("missing.bin")));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void mismatchedEnvIsReported() throws IOException {
    Path file = dir.resolve("chain.bin");
    trained("qlearning", TestEnvs.CHAIN, Map.of()).save(file);
    Policy q = Policy.load(file);
    Env<?, ?> cart = Gym.make("CartPole-v1");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> q.requireCompatible("CartPole-v1", cart.observationSpace(), cart.actionSpace()));
    assertTrue(
        e.getMessage().contains("test/Chain-v0") && e.getMessage().contains("CartPole-v1"),
        e.getMessage());
  }

  @Test
  void checkpointIsNotAPolicyAndBelongsToItsAlgorithm() throws IOException {
    Path ckpt = dir.resolve("ckpt.bin");
    try (Agent agent =
        Agents.create("qlearning", TestEnvs.CHAIN, Map.of(), Map.of(), 1, DeviceChoice.CPU)) {
      agent.saveCheckpoint(ckpt);
    }
    IOException e = assertThrows(IOException.class, () -> Policy.load(ckpt));
    assertTrue(e.getMessage().contains("not a policy"), e.getMessage());
    try (Agent other =
        Agents.create("sarsa", TestEnvs.CHAIN, Map.of(), Map.of(), 1, DeviceChoice.CPU)) {
      IllegalArgumentException m =
          assertThrows(IllegalArgumentException.class, () -> other.loadCheckpoint(ckpt));
      assertTrue(m.getMessage().contains("qlearning"), m.getMessage());
    }
  }
}

package dev.jymnasium.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.baselines.policy.Policy;
import dev.jymnasium.baselines.run.EvalResult;
import dev.jymnasium.baselines.run.EvalRun;
import dev.jymnasium.env.registry.Gym;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Q-learning and SARSA solve a tiny deterministic chain. */
class TabularTest {
  @BeforeAll
  static void envs() {
    TestEnvs.register();
  }

  @ParameterizedTest
  @ValueSource(strings = {"qlearning", "sarsa"})
  void solvesChain(String algo) {
    try (Agent agent =
        Agents.create(
            algo,
            TestEnvs.CHAIN,
            Map.of(),
            Map.of("learning_rate", 0.5, "gamma", 0.9),
            3,
            DeviceChoice.CPU)) {
      agent.learn(5_000, TrainingListener.NONE);
      Policy p = agent.policy();
      for (int s = 0; s < ChainEnv.LENGTH - 1; s++) {
        assertEquals(1, p.act(s), "state " + s);
      }
      EvalResult r = EvalRun.evaluate(p, Gym.make(TestEnvs.CHAIN), TestEnvs.CHAIN, 5, 0);
      assertEquals(1.0, r.meanReturn());
      assertEquals(ChainEnv.LENGTH - 1, r.meanLength());
    }
  }
}

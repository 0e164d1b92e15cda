package dev.jymnasium.games.toytext.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.games.toytext.CliffWalkingEnv;
import dev.jymnasium.games.toytext.FrozenLakeEnv;
import dev.jymnasium.games.toytext.TaxiEnv;
import org.junit.jupiter.api.Test;

/** Value iteration and policy evaluation against known optima and Monte-Carlo rollouts. */
class DynamicProgrammingTest {
  private static final int EPISODES = 20_000;

  /** Mean discounted return of {@code policy} on the slippery 4x4 lake, no time limit. */
  private static double rollout(int[] policy, double gamma, long seed) {
    FrozenLakeEnv env = new FrozenLakeEnv();
    env.reset(seed);
    double total = 0;
    for (int e = 0; e < EPISODES; e++) {
      int s = e == 0 ? env.state() : env.reset().observation();
      double discount = 1;
      while (true) {
        Step<Integer> st = env.step(policy[s]);
        total += discount * st.reward();
        discount *= gamma;
        s = st.observation();
        if (st.terminated()) {
          break;
        }
      }
    }
    return total / EPISODES;
  }

  @Test
  void frozenLakeUndiscountedOptimumIsAbout0point82() {
    FrozenLakeEnv lake = new FrozenLakeEnv();
    TabularSolution vi = DynamicProgramming.valueIteration(lake, 1.0, 1e-12, 100_000);
    assertTrue(vi.converged(), "converged after " + vi.iterations() + " sweeps");
    double v0 = vi.values()[0];
    assertEquals(0.8235, v0, 5e-4, "optimal success probability from the start");
    assertEquals(v0, DynamicProgramming.startValue(lake, vi.values()), 0.0);
    // Independent check: play the greedy policy in the env itself.
    assertEquals(v0, rollout(vi.policy(), 1.0, 11), 0.02);
    // Holes and the goal are worth nothing (absorbing, no reward).
    assertEquals(0.0, vi.values()[5]);
    assertEquals(0.0, vi.values()[15]);
  }

  @Test
  void frozenLakeDiscountedOptimum() {
    FrozenLakeEnv lake = new FrozenLakeEnv();
    TabularSolution vi = DynamicProgramming.valueIteration(lake, 0.99, 1e-12, 100_000);
    assertTrue(vi.converged());
    double v0 = vi.values()[0];
    assertEquals(0.5420, v0, 5e-4, "optimal discounted value from the start");
    assertEquals(v0, rollout(vi.policy(), 0.99, 12), 0.02);
  }

  @Test
  void policyEvaluationOfTheOptimalPolicyGivesTheOptimalValues() {
    FrozenLakeEnv lake = new FrozenLakeEnv();
    TabularSolution vi = DynamicProgramming.valueIteration(lake, 0.99, 1e-12, 100_000);
    TabularSolution pe =
        DynamicProgramming.policyEvaluation(lake, vi.policy(), 0.99, 1e-12, 100_000);
    assertArrayEquals(vi.values(), pe.values(), 1e-9);
    assertArrayEquals(vi.policy(), pe.policy(), "the optimal policy is greedy for its own values");
    // The uniform random policy is much worse.
    double[][] uniform = new double[16][4];
    for (double[] row : uniform) {
      java.util.Arrays.fill(row, 0.25);
    }
    TabularSolution random =
        DynamicProgramming.policyEvaluation(lake, uniform, 0.99, 1e-12, 100_000);
    assertTrue(random.values()[0] < 0.1 * vi.values()[0], "random " + random.values()[0]);
  }

  @Test
  void successWithinTheRegisteredTimeLimitIsAbout0point74() {
    FrozenLakeEnv lake = new FrozenLakeEnv();
    int[] policy = DynamicProgramming.valueIteration(lake, 0.99, 1e-12, 100_000).policy();
    // 100 synchronous sweeps from zero = the value within FrozenLake-v1's 100-step limit.
    TabularSolution limited = DynamicProgramming.policyEvaluation(lake, policy, 1.0, 1e-15, 100);
    assertEquals(100, limited.iterations());
    double p100 = limited.values()[0];
    assertEquals(0.7402, p100, 5e-4);
    // Independent check through Gym.make, TimeLimit included.
    Env<Integer, Integer> env = Gym.make("FrozenLake-v1");
    int wins = 0;
    int s = env.reset(13).observation();
    for (int e = 0; e < EPISODES; e++) {
      if (e > 0) {
        s = env.reset().observation();
      }
      while (true) {
        Step<Integer> st = env.step(policy[s]);
        s = st.observation();
        if (st.done()) {
          wins += st.reward() > 0 ? 1 : 0;
          break;
        }
      }
    }
    assertEquals(p100, (double) wins / EPISODES, 0.02);
  }

  @Test
  void cliffWalkingOptimalPathCosts13() {
    CliffWalkingEnv cliff = new CliffWalkingEnv();
    TabularSolution vi = DynamicProgramming.valueIteration(cliff, 1.0, 1e-9, 10_000);
    assertTrue(vi.converged());
    assertEquals(-13.0, vi.values()[36], 1e-9);
    assertEquals(CliffWalkingEnv.UP, vi.policy()[36]);
    assertEquals(CliffWalkingEnv.DOWN, vi.policy()[35]);
  }

  @Test
  void taxiGreedyPolicyEarnsItsValue() {
    TaxiEnv taxi = new TaxiEnv();
    TabularSolution vi = DynamicProgramming.valueIteration(taxi, 1.0, 1e-9, 10_000);
    assertTrue(vi.converged());
    for (long seed = 0; seed < 30; seed++) {
      int s = taxi.reset(seed).observation();
      double expected = vi.values()[s];
      double total = 0;
      for (int t = 0; t < 200; t++) {
        Step<Integer> st = taxi.step(vi.policy()[s]);
        total += st.reward();
        s = st.observation();
        if (st.terminated()) {
          break;
        }
      }
      assertEquals(expected, total, 1e-9, "seed " + seed);
      assertTrue(total > 0);
    }
  }

  @Test
  void qValuesAndArguments() {
    FrozenLakeEnv lake = new FrozenLakeEnv();
    TabularSolution vi = DynamicProgramming.valueIteration(lake, 1.0, 1e-12, 100_000);
    double[] q = DynamicProgramming.qValues(lake, vi.values(), 0, 1.0);
    assertEquals(vi.values()[0], q[vi.policy()[0]], 1e-9);
    assertThrows(
        IllegalArgumentException.class,
        () -> DynamicProgramming.valueIteration(lake, 1.5, 1e-6, 10));
    assertThrows(
        IllegalArgumentException.class, () -> DynamicProgramming.valueIteration(lake, 0.9, 0, 10));
    assertThrows(
        IllegalArgumentException.class,
        () -> DynamicProgramming.valueIteration(lake, 0.9, 1e-6, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> DynamicProgramming.policyEvaluation(lake, new int[3], 0.9, 1e-6, 10));
    TabularSolution capped = DynamicProgramming.valueIteration(lake, 1.0, 1e-12, 3);
    assertEquals(3, capped.iterations());
    assertTrue(!capped.converged());
  }
}

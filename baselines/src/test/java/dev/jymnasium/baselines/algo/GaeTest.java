package dev.jymnasium.baselines.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** {@link RolloutBuffer#computeGae} against GAE worked out by hand. */
class GaeTest {
  private static final double GAMMA = 0.9;
  private static final double LAMBDA = 0.8;

  @Test
  void advantagesAndReturnsMatchAHandComputation() {
    // Two sub-envs, four steps; row k = t * envs + i. Sub-env 0 terminates at t=1, sub-env 1 is
    // truncated at t=1 and terminates at t=3. With next-step autoreset, row t=2 of each is the
    // reset step: its observation is still the finished episode's last one.
    RolloutBuffer buf = new RolloutBuffer(4, 2, 1, 1);
    float[][] rewards = {{1, 2, 0, 1}, {0.5f, 1, 0, -1}};
    float[][] values = {{0.5f, 1, 0.2f, 0.4f}, {1, 2, 3, 0.5f}};
    boolean[][] terminated = {{false, true, false, false}, {false, false, false, true}};
    boolean[][] done = {{false, true, false, false}, {false, true, false, true}};
    for (int t = 0; t < 4; t++) {
      for (int i = 0; i < 2; i++) {
        int k = t * 2 + i;
        buf.rewards[k] = rewards[i][t];
        buf.values[k] = values[i][t];
        buf.terminated[k] = terminated[i][t];
        buf.done[k] = done[i][t];
      }
    }
    // V of the observations after the last step: sub-env 0 bootstraps from 0.6; sub-env 1's
    // last step terminated, so its 10 must be ignored.
    buf.computeGae(new float[] {0.6f, 10}, GAMMA, LAMBDA);

    // delta_t = r_t + gamma * V_{t+1} * (1 - terminated_t) - V_t,
    // A_t = delta_t + gamma * lambda * (1 - done_t) * A_{t+1} (gamma * lambda = 0.72).
    // Sub-env 0:
    //   t=3: delta = 1 + 0.9 * 0.6 - 0.4 = 1.14;          A = 1.14
    //   t=2: delta = 0 + 0.9 * 0.4 - 0.2 = 0.16;          A = 0.16 + 0.72 * 1.14 = 0.9808
    //   t=1: terminated, delta = 2 - 1 = 1;               A = 1 (done cuts the trace)
    //   t=0: delta = 1 + 0.9 * 1 - 0.5 = 1.4;             A = 1.4 + 0.72 * 1 = 2.12
    // Sub-env 1:
    //   t=3: terminated, delta = -1 - 0.5 = -1.5;         A = -1.5
    //   t=2: delta = 0 + 0.9 * 0.5 - 3 = -2.55;           A = -2.55 + 0.72 * -1.5 = -3.63
    //   t=1: truncated, bootstraps from the final observation's value 3 (row t=2):
    //        delta = 1 + 0.9 * 3 - 2 = 1.7;               A = 1.7 (done cuts the trace)
    //   t=0: delta = 0.5 + 0.9 * 2 - 1 = 1.3;             A = 1.3 + 0.72 * 1.7 = 2.524
    float[] advantages = {2.12f, 2.524f, 1, 1.7f, 0.9808f, -3.63f, 1.14f, -1.5f};
    assertArrayEquals(advantages, buf.advantages, 1e-6f);
    // Returns are A_t + V_t.
    float[] returns = {2.62f, 3.524f, 2, 3.7f, 1.1808f, -0.63f, 1.54f, -1};
    assertArrayEquals(returns, buf.returns, 1e-6f);
  }
}

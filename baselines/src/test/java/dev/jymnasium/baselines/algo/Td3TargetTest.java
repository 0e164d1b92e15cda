package dev.jymnasium.baselines.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.jymnasium.baselines.nn.Activation;
import dev.jymnasium.baselines.nn.Mlp;
import dev.jymnasium.baselines.nn.MlpWeights;
import dev.jymnasium.baselines.nn.Torch;
import dev.jymnasium.env.rng.NpRandom;
import org.junit.jupiter.api.Test;

/** TD3's critic target and smoothing noise, on linear networks so the numbers are by hand. */
class Td3TargetTest {
  /** A single linear layer {@code y = w . x + b}. */
  private static Mlp linear(NDManager m, float[] w, float b) {
    return Mlp.frozen(
        m,
        new MlpWeights(
            new int[] {w.length, 1}, Activation.RELU, new float[][] {w}, new float[][] {{b}}));
  }

  @Test
  void targetClipsTheSmoothedActionTakesTheSmallerQAndMasksTerminals() {
    try (NDManager m = Torch.engine().newBaseManager()) {
      // One-dimensional observations and actions: actor'(s) = s, so a' = clip(tanh(s) + noise);
      // Q1'(s, a) = s + 2a and Q2'(s, a) = -s + a + 3.
      Mlp actor = linear(m, new float[] {1}, 0);
      Mlp q1 = linear(m, new float[] {1, 2}, 0);
      Mlp q2 = linear(m, new float[] {-1, 1}, 3);
      NDArray nextObs = m.create(new float[] {2, -1, 0.5f, 0.5f}, new Shape(4, 1));
      NDArray noise = m.create(new float[] {0.5f, -0.5f, 0.1f, 0.1f}, new Shape(4, 1));
      float[] rewards = {1, 0.5f, 2, 2};
      float[] notDone = {1, 1, 0, 1};
      NDArray y = Td3.criticTarget(m, actor, q1, q2, nextObs, noise, rewards, notDone, 0.9);
      assertEquals(new Shape(4, 1), y.getShape());
      // Row 0: tanh(2) + 0.5 = 1.46 -> a' = 1;   Q1 = 4,  Q2 = 2: y = 1 + 0.9 * 2 = 2.8
      // Row 1: tanh(-1) - 0.5 = -1.26 -> a' = -1; Q1 = -3, Q2 = 3: y = 0.5 + 0.9 * -3 = -2.2
      // Row 2: a' = tanh(0.5) + 0.1 = 0.5621172;  Q1 = 1.6242343, Q2 = 3.0621172, but the
      //        episode terminated: y = r = 2
      // Row 3: as row 2, not terminated: y = 2 + 0.9 * 1.6242343 = 3.4618109
      assertArrayEquals(new float[] {2.8f, -2.2f, 2, 3.4618109f}, y.toFloatArray(), 1e-5f);
    }
  }

  @Test
  void smoothingNoiseIsScaledThenClipped() {
    NpRandom draws = NpRandom.of(7);
    double[] z = new double[8];
    for (int k = 0; k < z.length; k++) {
      z[k] = draws.standardNormal();
    }
    try (NDManager m = Torch.engine().newBaseManager()) {
      float[] noise = ContinuousActions.normal(m, NpRandom.of(7), 4, 2, 0.4, 0.5).toFloatArray();
      boolean someClipped = false;
      for (int k = 0; k < z.length; k++) {
        // clip(0.4 * z, -0.5, 0.5), drawn row by row from the generator
        double expected = Math.max(-0.5, Math.min(0.5, 0.4 * z[k]));
        someClipped |= Math.abs(0.4 * z[k]) > 0.5;
        assertEquals(expected, noise[k], 1e-7, "element " + k);
      }
      assertTrue(someClipped, "seed 7 should give a draw beyond the clip");
    }
  }
}

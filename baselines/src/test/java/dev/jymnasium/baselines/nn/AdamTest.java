package dev.jymnasium.baselines.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Optimizer}'s Adam and {@link FlatAdam} against PyTorch's Adam worked out by hand for two
 * parameters {@code (1, -2)}, learning rate 0.1, betas (0.9, 0.999) and a large epsilon 0.01 so
 * that where it is added shows in the numbers.
 */
class AdamTest {
  private static final float LR = 0.1f;
  private static final float EPS = 0.01f;

  /** The gradient of each of three steps (the losses are linear: {@code sum(g * p)}). */
  private static final float[][] GRADS = {{0.02f, -0.5f}, {0.04f, 0.5f}, {-0.01f, 0.5f}};

  /**
   * The parameters after each step: p -= lr * m_hat / (sqrt(v_hat) + eps) with m = 0.9 m + 0.1 g, v
   * = 0.999 v + 0.001 g^2, m_hat = m / (1 - 0.9^t), v_hat = v / (1 - 0.999^t).
   *
   * <ul>
   *   <li>step 1: m_hat = g and v_hat = g^2, so the steps are 0.1 * 0.02 / 0.03 = 0.0666667 and 0.1
   *       * -0.5 / 0.51 = -0.0980392.
   *   <li>step 2, first parameter: m = 0.0058, m_hat = 0.0058 / 0.19 = 0.0305263; v = 1.9996e-6,
   *       v_hat = 1.9996e-6 / 0.001999 = 0.0010003, sqrt = 0.0316275; step 0.1 * 0.0305263 /
   *       0.0416275 = 0.0733321. Second: m = 0.005, m_hat = 0.0263158, v_hat = 0.25; step 0.1 *
   *       0.0263158 / 0.51 = 0.0051600.
   *   <li>step 3, first: m = 0.00422, m_hat = 0.00422 / 0.271 = 0.0155720; v = 2.0976e-6, v_hat =
   *       2.0976e-6 / 0.002997 = 0.0006999, sqrt = 0.0264556; step 0.0427148. Second: m = 0.0545,
   *       m_hat = 0.2011070, v_hat = 0.25; step 0.0394327.
   * </ul>
   */
  private static final float[][] EXPECTED = {
    {0.9333333f, -1.9019608f}, {0.8600013f, -1.9071207f}, {0.8172865f, -1.9465535f}
  };

  @Test
  void optimizerAdamMatchesTheHandComputation() {
    try (NDManager m = Torch.engine().newBaseManager()) {
      NDArray p = m.create(new float[] {1, -2});
      p.setRequiresGradient(true);
      Optimizer adam = new Optimizer(List.of(p), Optimizer.Kind.ADAM, EPS);
      for (int t = 0; t < GRADS.length; t++) {
        adam.zeroGrad();
        try (NDManager s = m.newSubManager();
            GradientCollector gc = Torch.engine().newGradientCollector()) {
          gc.backward(p.mul(s.create(GRADS[t])).sum());
        }
        adam.step(LR, 0f);
        assertArrayEquals(EXPECTED[t], p.toFloatArray(), 1e-6f, "step " + (t + 1));
      }
    }
  }

  @Test
  void flatAdamMatchesTheHandComputation() {
    try (NDManager m = Torch.engine().newBaseManager()) {
      // A 1 -> 1 linear layer: its flat buffer is [w, b] = [1, -2].
      Mlp net =
          Mlp.trainable(
              m,
              new MlpWeights(
                  new int[] {1, 1}, Activation.RELU, new float[][] {{1}}, new float[][] {{-2}}));
      FlatAdam adam = new FlatAdam(EPS, net);
      for (int t = 0; t < GRADS.length; t++) {
        adam.zeroGrad();
        try (GradientCollector gc = Torch.engine().newGradientCollector()) {
          NDArray w = net.parameters().get(0);
          NDArray b = net.parameters().get(1);
          gc.backward(w.sum().mul(GRADS[t][0]).add(b.sum().mul(GRADS[t][1])));
        }
        adam.step(LR);
        assertArrayEquals(EXPECTED[t], net.flat().toFloatArray(), 1e-6f, "step " + (t + 1));
      }
    }
  }

  @Test
  void gradientNormClippingScalesTheGradientBeforeAdam() {
    try (NDManager m = Torch.engine().newBaseManager()) {
      NDArray p = m.create(new float[] {0, 0});
      p.setRequiresGradient(true);
      Optimizer adam = new Optimizer(List.of(p), Optimizer.Kind.ADAM, EPS);
      adam.zeroGrad();
      try (NDManager s = m.newSubManager();
          GradientCollector gc = Torch.engine().newGradientCollector()) {
        gc.backward(p.mul(s.create(new float[] {3, 4})).sum());
      }
      // The gradient (3, 4) has norm 5; clip_grad_norm_ to 1 scales it by 1 / (5 + 1e-6) to
      // (0.6, 0.8). Adam's first step is then lr * g / (|g| + eps): 0.1 * 0.6 / 0.61 = 0.0983607
      // and 0.1 * 0.8 / 0.81 = 0.0987654 (unclipped it would be 0.0996678 and 0.0997506).
      assertEquals(5f, adam.step(LR, 1f), 1e-5f);
      assertArrayEquals(new float[] {-0.0983607f, -0.0987654f}, p.toFloatArray(), 1e-6f);
    }
  }
}

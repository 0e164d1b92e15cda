package dev.jymnasium.baselines.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.jymnasium.env.rng.NpRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The layers of an {@link Mlp} are views of its flat buffer, and {@link FlatAdam} is PyTorch's
 * Adam.
 */
class FlatMlpTest {
  private static final int[] SIZES = {3, 5, 2};
  private static final float[] X = {0.1f, -0.4f, 0.7f, 1.2f, 0.3f, -0.9f};

  private static float[] out(Mlp net, NDManager m) {
    try (NDManager s = m.newSubManager()) {
      return net.forward(s.create(X, new Shape(2, 3))).toFloatArray();
    }
  }

  @Test
  void inPlaceBufferUpdatesReachTheLayers() {
    try (NDManager m = Torch.engine().newBaseManager()) {
      MlpWeights a = MlpWeights.uniform(SIZES, Activation.RELU, NpRandom.of(1));
      MlpWeights b = MlpWeights.uniform(SIZES, Activation.RELU, NpRandom.of(2));
      Mlp na = Mlp.trainable(m, a);
      Mlp nb = Mlp.frozen(m, b);
      assertArrayEquals(a.forward(X, 2), out(na, m), 1e-5f);
      assertArrayEquals(b.forward(X, 2), out(nb, m), 1e-5f);
      nb.copyFrom(na);
      assertArrayEquals(out(na, m), out(nb, m), 1e-6f);
      Map<String, float[]> t = new LinkedHashMap<>();
      Mlp nc = Mlp.trainable(m, b);
      nc.saveTo("n", t);
      na.loadFrom("n", t);
      assertArrayEquals(b.forward(X, 2), out(na, m), 1e-5f);
      assertArrayEquals(b.forward(X, 2), na.snapshot().forward(X, 2), 1e-6f);
    }
  }

  @Test
  void flatAdamMatchesPerParameterAdam() {
    try (NDManager m = Torch.engine().newBaseManager()) {
      MlpWeights w = MlpWeights.uniform(SIZES, Activation.TANH, NpRandom.of(3));
      Mlp flat = Mlp.trainable(m, w);
      Mlp ref = Mlp.trainable(m, w);
      FlatAdam fa = new FlatAdam(1e-8f, flat);
      Optimizer oa = new Optimizer(ref.parameters(), Optimizer.Kind.ADAM, 1e-8f);
      for (int step = 0; step < 4; step++) {
        fa.zeroGrad();
        oa.zeroGrad();
        for (Mlp net : new Mlp[] {flat, ref}) {
          try (NDManager s = m.newSubManager();
              GradientCollector gc = Torch.engine().newGradientCollector()) {
            NDArray loss = net.forward(s.create(X, new Shape(2, 3))).square().sum();
            gc.backward(loss);
          }
        }
        fa.step(0.01f);
        oa.step(0.01f, 0f);
        assertArrayEquals(ref.snapshot().forward(X, 2), flat.snapshot().forward(X, 2), 1e-5f);
      }
      assertNotEquals(w.forward(X, 2)[0], flat.snapshot().forward(X, 2)[0]);
      assertEquals(out(ref, m)[1], out(flat, m)[1], 1e-5f);
    }
  }
}

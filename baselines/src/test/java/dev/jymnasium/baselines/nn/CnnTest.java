package dev.jymnasium.baselines.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Box;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code CnnPolicy} network: the Java convolution is the textbook sum, the native network
 * computes the same, gradients reach the convolution, and its tensors survive snapshots and
 * checkpoints.
 */
class CnnTest {
  private static final int H = 5;
  private static final int W = 4;
  private static final int C = 3;
  private static final Box<byte[]> IMAGE = Box.uint8(H, W, C);

  /** Two channels-last images: one sparse 0/1 (as a grid game's), one dense. */
  private static float[] images() {
    NpRandom rng = NpRandom.of(5);
    float[] x = new float[2 * H * W * C];
    for (int i = 0; i < H * W * C; i++) {
      x[i] = rng.random() < 0.15 ? 1f : 0f;
      x[H * W * C + i] = (float) rng.uniform(-1, 1);
    }
    return x;
  }

  /** {@code out[o][y][x] = b[o] + sum_{c,ky,kx} w[o][c][ky][kx] * in[y+ky][x+kx][c]}. */
  private static float[] directConvolution(ConvLayer conv, float[] x, int row) {
    int oh = conv.outHeight();
    int ow = conv.outWidth();
    int k = conv.kernel();
    float[] y = new float[conv.outputSize()];
    for (int o = 0; o < conv.outChannels(); o++) {
      for (int oy = 0; oy < oh; oy++) {
        for (int ox = 0; ox < ow; ox++) {
          double s = conv.b()[o];
          for (int c = 0; c < conv.inChannels(); c++) {
            for (int ky = 0; ky < k; ky++) {
              for (int kx = 0; kx < k; kx++) {
                float in = x[row * conv.inputSize() + ((oy + ky) * W + ox + kx) * C + c];
                s += conv.w()[((o * C + c) * k + ky) * k + kx] * in;
              }
            }
          }
          y[(o * oh + oy) * ow + ox] = (float) s;
        }
      }
    }
    return y;
  }

  private static MlpWeights cnn(long seed) {
    return Architecture.CNN.uniform(
        IMAGE, H * W * C, new int[] {6}, 2, Activation.RELU, NpRandom.of(seed));
  }

  private static float[] nativeOut(Mlp net, NDManager m, float[] x) {
    try (NDManager s = m.newSubManager()) {
      return net.forward(s.create(x, new Shape(2, H * W * C))).toFloatArray();
    }
  }

  @Test
  void javaConvolutionIsTheDirectSum() {
    ConvLayer conv = ConvLayer.uniform(H, W, C, 4, 3, NpRandom.of(1));
    assertEquals(4 * 3 * 2, conv.outputSize());
    float[] x = images();
    float[] y = conv.forward(x, 2);
    for (int row = 0; row < 2; row++) {
      float[] expected = directConvolution(conv, x, row);
      float[] got = java.util.Arrays.copyOfRange(y, row * 24, (row + 1) * 24);
      assertArrayEquals(expected, got, 1e-5f);
    }
  }

  @Test
  void cnnPolicyIsMinAtarsShapeBehindTheConvolution() {
    MlpWeights net =
        Architecture.CNN.uniform(
            Box.uint8(10, 10, 4), 400, new int[] {128}, 3, Activation.RELU, NpRandom.of(0));
    assertEquals(16 * 8 * 8, net.sizes()[0]);
    assertEquals(400, net.inputSize());
    assertEquals(3, net.outputSize());
    assertEquals(16 * 4 * 3 * 3, net.conv().w().length);
    assertNull(
        Architecture.MLP
            .uniform(Box.uint8(10, 10, 4), 400, new int[] {8}, 3, Activation.RELU, NpRandom.of(0))
            .conv());
  }

  @Test
  void nativeForwardMatchesJavaAndGradientsReachTheConvolution() {
    float[] x = images();
    try (NDManager m = Torch.engine().newBaseManager()) {
      MlpWeights w = cnn(2);
      Mlp net = Mlp.trainable(m, w);
      assertArrayEquals(w.forward(x, 2), nativeOut(net, m, x), 1e-5f);
      Optimizer adam = new Optimizer(net.parameters(), Optimizer.Kind.ADAM, 1e-8f);
      adam.zeroGrad();
      try (NDManager s = m.newSubManager();
          GradientCollector gc = Torch.engine().newGradientCollector()) {
        NDArray loss = net.forward(s.create(x, new Shape(2, H * W * C))).square().sum();
        gc.backward(loss);
      }
      adam.step(0.01f, 0f);
      MlpWeights after = net.snapshot();
      assertNotEquals(w.conv().w()[0], after.conv().w()[0]);
      assertArrayEquals(after.forward(x, 2), nativeOut(net, m, x), 1e-5f);
      adam.close();
    }
  }

  @Test
  void checkpointTensorsRoundTrip() {
    float[] x = images();
    try (NDManager m = Torch.engine().newBaseManager()) {
      Mlp a = Mlp.trainable(m, cnn(3));
      Mlp b = Mlp.frozen(m, cnn(4));
      assertNotEquals(nativeOut(a, m, x)[0], nativeOut(b, m, x)[0]);
      Map<String, float[]> t = new LinkedHashMap<>();
      a.saveTo("q", t);
      assertTrue(t.containsKey("q.conv_w") && t.containsKey("q.conv_b"), "keys " + t.keySet());
      b.loadFrom("q", t);
      assertArrayEquals(nativeOut(a, m, x), nativeOut(b, m, x), 1e-6f);
      Mlp c = Mlp.frozen(m, cnn(5));
      c.copyFrom(a);
      assertArrayEquals(a.snapshot().forward(x, 2), c.snapshot().forward(x, 2), 1e-6f);
    }
  }

  @Test
  void badPoliciesAndShapesAreRejectedWithTheirNames() {
    assertEquals(Architecture.CNN, Architecture.parse("CnnPolicy"));
    assertEquals(Architecture.MLP, Architecture.parse("mlp"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Architecture.parse("RnnPolicy"));
    assertTrue(e.getMessage().contains("RnnPolicy") && e.getMessage().contains("CnnPolicy"));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Architecture.CNN.uniform(
                    Box.float32(-1, 1, 4), 4, new int[] {8}, 2, Activation.RELU, NpRandom.of(0)));
    assertTrue(e.getMessage().contains("(height, width, channels)"), e.getMessage());
  }
}

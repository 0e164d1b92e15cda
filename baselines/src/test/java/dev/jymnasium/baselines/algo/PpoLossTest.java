package dev.jymnasium.baselines.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.jymnasium.baselines.nn.Torch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PpoLoss} on four samples worked out by hand, with clip 0.2, entropy 0.7, ent_coef 0.01 and
 * vf_coef 0.5.
 */
class PpoLossTest {
  private static final float CLIP = 0.2f;
  private static final float ENT_COEF = 0.01f;
  private static final float VF_COEF = 0.5f;

  private NDManager m;
  private NDArray newLogProb;
  private NDArray newValue;

  @BeforeEach
  void open() {
    m = Torch.engine().newBaseManager();
    // Old log-probabilities are 0, so the ratios are 1.5, 0.5, 1.1 and 0.5.
    newLogProb =
        m.create(
            new float[] {
              (float) Math.log(1.5),
              (float) Math.log(0.5),
              (float) Math.log(1.1),
              (float) Math.log(0.5)
            });
    newValue = m.create(new float[] {1.5f, 0.1f, 1, -1});
  }

  @AfterEach
  void close() {
    m.close();
  }

  private PpoLoss loss(boolean clipVloss) {
    NDArray oldLogProb = m.zeros(newLogProb.getShape());
    NDArray oldValue = m.create(new float[] {1, 0, 2, 0});
    NDArray advantages = m.create(new float[] {2, -1, 3, 1});
    NDArray returns = m.create(new float[] {2, 1, 0, 0.5f});
    return PpoLoss.of(
        newLogProb,
        m.create(0.7f),
        newValue,
        oldLogProb,
        oldValue,
        advantages,
        returns,
        CLIP,
        clipVloss,
        ENT_COEF,
        VF_COEF);
  }

  @Test
  void clippedSurrogateAndValueLoss() {
    PpoLoss l = loss(false);
    // min(adv * ratio, adv * clip(ratio, 0.8, 1.2)) per sample:
    //   ratio 1.5, adv  2: min(3.0, 2.4)   = 2.4   (clipped: no gain past 1 + clip)
    //   ratio 0.5, adv -1: min(-0.5, -0.8) = -0.8  (clipped: no gain below 1 - clip)
    //   ratio 1.1, adv  3: min(3.3, 3.3)   = 3.3   (inside the range)
    //   ratio 0.5, adv  1: min(0.5, 0.8)   = 0.5   (the pessimistic unclipped term)
    // pg_loss = -(2.4 - 0.8 + 3.3 + 0.5) / 4 = -1.35
    assertEquals(-1.35, l.pgLoss().getFloat(), 1e-6);
    // v_loss = mean((v - ret)^2) = (0.25 + 0.81 + 1 + 2.25) / 4 = 1.0775
    assertEquals(1.0775, l.vLoss().getFloat(), 1e-6);
    // loss = -1.35 - 0.01 * 0.7 + 0.5 * 1.0775 = -0.81825
    assertEquals(-0.81825, l.loss().getFloat(), 1e-6);
    // approx_kl = mean(ratio - 1 - log ratio)
    //           = (0.5 - ln 1.5 + 2 * (-0.5 + ln 2) + 0.1 - ln 1.1) / 4 = 0.1213798
    assertEquals(0.1213798, l.approxKl().getFloat(), 1e-6);
    // |ratio - 1| > 0.2 for three samples of four.
    assertEquals(0.75, l.clipFraction(CLIP).getFloat(), 0);
  }

  @Test
  void clippedValueLossTakesTheLargerError() {
    PpoLoss l = loss(true);
    // v_clipped = old + clip(v - old, -0.2, 0.2); max((v - ret)^2, (v_clipped - ret)^2):
    //   old 1, v 1.5,  ret 2:   v_clipped 1.2:  max(0.25, 0.64) = 0.64
    //   old 0, v 0.1,  ret 1:   v_clipped 0.1:  max(0.81, 0.81) = 0.81
    //   old 2, v 1,    ret 0:   v_clipped 1.8:  max(1, 3.24)    = 3.24
    //   old 0, v -1,   ret 0.5: v_clipped -0.2: max(2.25, 0.49) = 2.25
    // v_loss = (0.64 + 0.81 + 3.24 + 2.25) / 4 = 1.735
    assertEquals(1.735, l.vLoss().getFloat(), 1e-6);
    // loss = -1.35 - 0.007 + 0.5 * 1.735 = -0.4895
    assertEquals(-0.4895, l.loss().getFloat(), 1e-6);
  }

  @Test
  void clippedTermsPassNoGradient() {
    newLogProb.setRequiresGradient(true);
    newValue.setRequiresGradient(true);
    try (GradientCollector gc = Torch.engine().newGradientCollector()) {
      gc.backward(loss(true).loss());
    }
    // d loss / d log pi_i = -adv_i * ratio_i / 4 where the unclipped term is the minimum, else 0:
    // samples 0 and 1 are clipped; sample 2: -3 * 1.1 / 4 = -0.825; sample 3: -1 * 0.5 / 4.
    assertArrayEquals(
        new float[] {0, 0, -0.825f, -0.125f}, newLogProb.getGradient().toFloatArray(), 1e-6f);
    // d loss / d v_i = vf_coef * 2 * (v_i - ret_i) / 4 where the unclipped error is the larger,
    // else 0 (v_clipped is constant once v - old leaves [-0.2, 0.2]): samples 0 and 2 are
    // clipped; sample 1: 0.5 * 2 * -0.9 / 4 = -0.225; sample 3: 0.5 * 2 * -1.5 / 4 = -0.375.
    assertArrayEquals(
        new float[] {0, -0.225f, 0, -0.375f}, newValue.getGradient().toFloatArray(), 1e-6f);
  }
}

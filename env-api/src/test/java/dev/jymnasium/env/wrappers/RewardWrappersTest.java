package dev.jymnasium.env.wrappers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** ClipReward, TransformReward, NormalizeReward, RunningMeanStd. */
class RewardWrappersTest {

  @Test
  void clipRewardClipsToEitherOrBothBounds() {
    ClipReward<float[], Integer> both = new ClipReward<>(new CounterEnv(10), 0.5, 1.5);
    both.reset();
    assertEquals(0.5, both.step(0).reward());
    assertEquals(1.0, both.step(1).reward());
    assertEquals(1.5, both.step(2).reward());
    ClipReward<float[], Integer> upper = new ClipReward<>(new CounterEnv(10), null, 1.0);
    upper.reset();
    assertEquals(0.0, upper.step(0).reward());
    assertEquals(1.0, upper.step(2).reward());
  }

  @Test
  void clipRewardRejectsBadBounds() {
    assertThrows(
        IllegalArgumentException.class, () -> new ClipReward<>(new CounterEnv(1), null, null));
    assertThrows(
        IllegalArgumentException.class, () -> new ClipReward<>(new CounterEnv(1), 2.0, 1.0));
    assertThrows(
        IllegalArgumentException.class, () -> new ClipReward<>(new CounterEnv(1), Double.NaN, 1.0));
  }

  @Test
  void transformRewardAppliesTheFunction() {
    TransformReward<float[], Integer> env =
        new TransformReward<>(new CounterEnv(10), r -> 10 * r - 1);
    env.reset();
    assertEquals(19.0, env.step(2).reward());
    assertThrows(
        IllegalArgumentException.class, () -> new TransformReward<>(new CounterEnv(1), null));
  }

  @Test
  void normalizeRewardFollowsTheDiscountedReturnVariance() {
    // rewards 1, 2, 2 (terminated), then 1 after a reset; gamma 0.9.
    // G: 1, 1*0.9 + 2 = 2.9, 2 (terminated: old G dropped), then 2*0.9 + 1 = 2.8 (not reset).
    // var after each update (mean 0, var 1, count 1e-4 merged with single values):
    NormalizeReward<float[], Integer> env = new NormalizeReward<>(new CounterEnv(3), 0.9, 1e-8);
    env.reset();
    double[] expected = {
      70.71421321062337, 2.1050357671332236, 2.576916487317383, 1.3108020706776848
    };
    assertEquals(expected[0], env.step(1).reward(), 1e-9);
    assertEquals(1.0, env.discountedReturn());
    assertEquals(expected[1], env.step(2).reward(), 1e-12);
    assertEquals(2.9, env.discountedReturn(), 1e-12);
    assertEquals(expected[2], env.step(2).reward(), 1e-12);
    assertEquals(2.0, env.discountedReturn(), 1e-12);
    env.reset();
    assertEquals(expected[3], env.step(1).reward(), 1e-12);
    assertEquals(2.8, env.discountedReturn(), 1e-12);
    assertEquals(4.0001, env.returnRms().count(), 1e-12);
  }

  @Test
  void normalizeRewardFirstStepMatchesTheClosedForm() {
    // One value x merged into (0, 1, 1e-4): var = (1e-4 + x^2 * 1e-4 / (1 + 1e-4)) / (1 + 1e-4).
    NormalizeReward<float[], Integer> env = new NormalizeReward<>(new CounterEnv(3));
    env.reset();
    double c = 1e-4;
    double var = (c + 4 * c / (1 + c)) / (1 + c);
    assertEquals(2 / Math.sqrt(var + 1e-8), env.step(2).reward(), 1e-9);
  }

  @Test
  void frozenNormalizeRewardKeepsItsStatistics() {
    NormalizeReward<float[], Integer> env = new NormalizeReward<>(new CounterEnv(100));
    env.reset();
    env.step(1);
    env.setUpdateRunningMean(false);
    double var = env.returnRms().var();
    double r = env.step(2).reward();
    assertEquals(var, env.returnRms().var());
    assertEquals(2 / Math.sqrt(var + 1e-8), r, 1e-12);
  }

  @Test
  void normalizeRewardRejectsBadGammaAndEpsilon() {
    assertThrows(
        IllegalArgumentException.class, () -> new NormalizeReward<>(new CounterEnv(1), -0.1, 1e-8));
    assertThrows(
        IllegalArgumentException.class, () -> new NormalizeReward<>(new CounterEnv(1), 1.1, 1e-8));
    assertThrows(
        IllegalArgumentException.class,
        () -> new NormalizeReward<>(new CounterEnv(1), Double.NaN, 1e-8));
    assertThrows(
        IllegalArgumentException.class, () -> new NormalizeReward<>(new CounterEnv(1), 0.99, 0));
    assertThrows(
        IllegalArgumentException.class, () -> new NormalizeReward<>(new CounterEnv(1), 0.99, -1));
  }

  @Test
  void runningMeanStdMergesBatches() {
    RunningMeanStd rms = new RunningMeanStd(1e-12);
    rms.update(new double[] {1, 2, 3, 4}, 0, 4);
    assertEquals(2.5, rms.mean(), 1e-9);
    assertEquals(1.25, rms.var(), 1e-9);
    rms.update(5);
    assertEquals(3.0, rms.mean(), 1e-9);
    assertEquals(2.0, rms.var(), 1e-9);
    assertEquals(5.0, rms.count(), 1e-9);
  }
}

package dev.jymnasium.robots.mujoco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Actions outside the action box, as Gymnasium + MuJoCo take them: each control clamped to its
 * range, the rewards from the raw action; a control beyond MuJoCo's 1e10 zeroes every control for
 * the step; NaN is refused. Reference values: Gymnasium 1.3.0 with MuJoCo 3.14.0, {@code
 * gym.make(id)}, {@code reset(seed=5)}, one {@code step} with the float32 action below.
 */
class OutOfRangeActionsTest {
  static Stream<Arguments> mujocoSteps() {
    return Stream.of(
        Arguments.of(
            "Hopper-v5",
            new float[] {2f, -3f, 0.5f},
            0.9574152865366397,
            new double[] {
              1.252712588337929, 0.001357920240272812, 0.0024616955280069622,
              -0.010315502978980106, 0.0019345213220063454, -0.08180352147635996,
              -0.08664235980603337, -0.11507218335814709
            }),
        Arguments.of(
            "HalfCheetah-v5",
            new float[] {1.5f, -2f, 0.3f, 4f, -0.2f, 0.1f},
            -1.099613068947857,
            new double[] {
              0.05442799750271079, -0.003521474878687114, 0.333940019993239,
              -0.48197485954720715, 0.08413872358996255, 0.36108533295683853,
              -0.19820174709829735, -0.05016139693859993
            }),
        Arguments.of(
            "Reacher-v5",
            new float[] {3f, -0.5f},
            -9.643508899639924,
            new double[] {
              0.994936086688081, 0.9991340780365671, 0.10050961847409096, 0.041606419048256585,
              -0.17842771904733745, -0.046652447685792714, 3.9556422342678323, -1.985817652307443
            }),
        Arguments.of(
            "Ant-v5",
            new float[] {2f, -2f, 0.5f, 0.5f, -3f, 1f, 0f, 0f},
            -8.62777942257565,
            new double[] {
              0.7705862016074508, 0.9955959119529741, -0.08531672036843539,
              -0.027943134758414142, -0.0270003434787998, 0.002521723502512216,
              0.4444412209651155, -0.08326364315151515
            }));
  }

  @ParameterizedTest
  @MethodSource("mujocoSteps")
  void outOfRangeActionsStepAsMujocoDoes(
      String id, float[] action, double reward, double[] observationStart) {
    Step<double[]> step = firstStep(id, action);
    assertEquals(reward, step.reward(), 1e-9, id + " reward");
    double[] start = Arrays.copyOf(step.observation(), observationStart.length);
    for (int i = 0; i < start.length; i++) {
      assertEquals(observationStart[i], start[i], 1e-9, id + " observation " + i);
    }
  }

  @Test
  void clampingMovesTheModelAsTheClippedActionButChargesTheRawOne() {
    Step<double[]> raw = firstStep("Hopper-v5", new float[] {2f, -3f, 0.5f});
    double[] rawObs = raw.observation().clone();
    double rawReward = raw.reward();
    Step<double[]> clipped = firstStep("Hopper-v5", new float[] {1f, -1f, 0.5f});
    assertArrayEquals(clipped.observation(), rawObs);
    // Hopper's control cost is 1e-3 · Σa² (in float32): (4 + 9) against (1 + 1) for the first two.
    assertEquals(clipped.reward() - 1e-3 * 11, rawReward, 1e-9);
  }

  @Test
  void aBadControlZeroesEveryControlForTheStep() {
    double[] zero = firstStep("Hopper-v5", new float[] {0f, 0f, 0f}).observation().clone();
    for (float bad : new float[] {1e11f, Float.POSITIVE_INFINITY, -1e11f}) {
      Step<double[]> step = firstStep("Hopper-v5", new float[] {bad, 0.5f, 0.5f});
      assertArrayEquals(zero, step.observation(), "control " + bad);
    }
    Step<double[]> fine = firstStep("Hopper-v5", new float[] {1e9f, 0.5f, 0.5f});
    assertNotEquals(zero[5], fine.observation()[5]);
  }

  @Test
  void nanIsRefusedNamingTheValue() {
    @SuppressWarnings("unchecked")
    Env<double[], float[]> env = (Env<double[], float[]>) (Env<?, ?>) Gym.make("Hopper-v5");
    env.reset(5L, null);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> env.step(new float[] {0f, Float.NaN, 0f}));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
  }

  private static Step<double[]> firstStep(String id, float[] action) {
    @SuppressWarnings("unchecked")
    Env<double[], float[]> env = (Env<double[], float[]>) (Env<?, ?>) Gym.make(id);
    env.reset(5L, null);
    return env.step(action);
  }
}

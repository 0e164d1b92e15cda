package dev.jymnasium.control.pde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.control.plot.FieldHistoryPlot;
import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.Scene2D;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Layouts, substeps, cost, episode flags and errors of the PDE envs. */
class PdeEnvTest {
  private static PdeEnv make(String name, Map<String, ?> kwargs) {
    return (PdeEnv) Gym.make("controlgym/" + name + "-v0", kwargs).unwrapped();
  }

  private static int[] ones(double[] column) {
    return java.util.stream.IntStream.range(0, column.length).filter(j -> column[j] == 1).toArray();
  }

  @Test
  void actuatorsAreTopHatsAsInControlgym() {
    // n = 256, 8 actuators of width 0.1: spacing 32, centre 16, half-width 12.8 -> [3, 28).
    double[][] chi = make("burgers", Map.of()).supports();
    assertEquals(8, chi.length);
    int[] first = ones(chi[0]);
    assertEquals(3, first[0]);
    assertEquals(27, first[first.length - 1]);
    assertEquals(25, first.length);
    // Wave: 100 points per field, actuators on u_t only: centre 106, half-width 5 -> [101, 111).
    int[] wave = ones(make("wave", Map.of()).supports()[0]);
    assertEquals(101, wave[0]);
    assertEquals(110, wave[wave.length - 1]);
  }

  @Test
  void sensorsSpreadOverTheWholeState() {
    int[] at = make("wave", Map.of()).sensorIndices();
    assertArrayEquals(new int[] {0, 20, 40, 60, 80, 100, 120, 140, 160, 180}, at);
  }

  @Test
  void substepsUsePythonFloorDivision() {
    // 0.01 // 1e-5 and 0.5 // 5e-3 round down in binary (controlgym's KdV and KS).
    assertEquals(999, ((NonlinearPdeEnv) make("korteweg_de_vries", Map.of())).substeps());
    assertEquals(99, ((NonlinearPdeEnv) make("kuramoto_sivashinsky", Map.of())).substeps());
    assertEquals(50, ((NonlinearPdeEnv) make("burgers", Map.of())).substeps());
    assertEquals(10, ((NonlinearPdeEnv) make("allen_cahn", Map.of())).substeps());
  }

  @Test
  void rewardIsTheTrackingCostOfTheStateBeforeTheStep() {
    double[] target = new double[256];
    Arrays.fill(target, 0.5);
    PdeEnv env = make("fisher", Map.of("target_state", target, "q_weight", 2.0, "r_weight", 3.0));
    double[] start = new double[256];
    start[7] = 1.5;
    env.reset(3L, Map.of("state", start));
    double[] action = new double[8];
    action[2] = 0.1;
    double reward = env.step(action).reward();
    // 2 * (255 * 0.25 + 1.0) + 3 * 0.01
    assertEquals(-(2 * (255 * 0.25 + 1.0) + 3 * 0.01), reward, 1e-12);
  }

  @Test
  void terminatesAfterNStepsAndTruncatesBeyondTheRewardLimit() {
    PdeEnv env = make("cahn_hilliard", Map.of("n_steps", 2));
    env.reset(0L, Map.of());
    double[] zero = new double[8];
    assertFalse(env.step(zero).terminated());
    assertTrue(env.step(zero).terminated());
    PdeEnv limited = make("cahn_hilliard", Map.of("reward_limit", 1e-3));
    limited.reset(0L, Map.of());
    Step<double[]> step = limited.step(zero);
    assertTrue(step.truncated());
    assertFalse(step.terminated());
  }

  @Test
  void seedGivesTheSameEpisodeAndResetWithoutSeedContinues() {
    PdeEnv a = make("ginzburg_landau", Map.of());
    PdeEnv b = make("ginzburg_landau", Map.of());
    double[] first = a.reset(5L, Map.of()).observation().clone();
    assertArrayEquals(first, b.reset(5L, Map.of()).observation());
    double[] action = new double[8];
    Arrays.fill(action, 0.3);
    assertArrayEquals(a.step(action).observation().clone(), b.step(action).observation());
    assertFalse(Arrays.equals(first, a.reset(null, Map.of()).observation()));
  }

  @Test
  void linearEnvsStepWithTheirPropagator() {
    ConvectionDiffusionReactionEnv env =
        (ConvectionDiffusionReactionEnv)
            make("convection_diffusion_reaction", Map.of("sensor_noise_cov", 0.0));
    double[] x0 =
        env.reset(1L, Map.of()).info().get("state") instanceof double[] s ? s.clone() : null;
    double[] action = {1, 0, 0, 0, 0, 0, 0, 0.5};
    double[] next = (double[]) env.step(action).info().get("state");
    var a = env.stateMatrix();
    var b = env.inputMatrix();
    for (int i = 0; i < next.length; i += 37) {
      double expected = b.get(i, 0) * 1 + b.get(i, 7) * 0.5;
      for (int j = 0; j < x0.length; j++) {
        expected += a.get(i, j) * x0[j];
      }
      assertEquals(expected, next[i], 1e-12);
    }
    // The mean grows at e^{r·Ts} per step: the k = 0 mode of the propagator.
    double rowSum = 0;
    for (int j = 0; j < 200; j++) {
      rowSum += a.get(0, j);
    }
    assertEquals(Math.exp(0.1 * 0.1), rowSum, 1e-12);
  }

  @Test
  void waveConservesEnergyOfAFreePulse() {
    // Without forcing the exact propagator is a rotation per mode: sum_k |û_t|² + c²k²|û|² stays.
    WaveEnv env = (WaveEnv) make("wave", Map.of());
    var a = env.stateMatrix();
    // The k = 0 block: u' = u + T u_t, u_t' = u_t (mean of u_t carried, no restoring force).
    double sum = 0;
    for (int j = 100; j < 200; j++) {
      sum += a.get(0, j);
    }
    assertEquals(0.1, sum, 1e-12);
  }

  @Test
  void badKwargsAreRejectedWithTheirValues() {
    var odd =
        assertThrows(IllegalArgumentException.class, () -> make("burgers", Map.of("n_state", 255)));
    assertTrue(odd.getMessage().contains("255"), odd.getMessage());
    var multiple =
        assertThrows(
            IllegalArgumentException.class, () -> make("burgers", Map.of("sample_time", 0.0505)));
    assertTrue(multiple.getMessage().contains("integration_time"), multiple.getMessage());
    var wide =
        assertThrows(
            IllegalArgumentException.class,
            () -> make("fisher", Map.of("control_sup_width", 0.2, "n_action", 8)));
    assertTrue(wide.getMessage().contains("control_sup_width"), wide.getMessage());
    var target =
        assertThrows(
            IllegalArgumentException.class,
            () -> make("fisher", Map.of("target_state", new double[] {1, 2})));
    assertTrue(target.getMessage().contains("target_state"), target.getMessage());
    PdeEnv env = make("fisher", Map.of());
    var state =
        assertThrows(
            IllegalArgumentException.class,
            () -> env.reset(0L, Map.of("state", List.of(1.0, 2.0))));
    assertTrue(state.getMessage().contains("256"), state.getMessage());
  }

  @Test
  void sceneIsAHeatMapOfTheFieldHistory() {
    Env<double[], double[]> env =
        Gym.make("controlgym/burgers-v0", Map.of("render_mode", "rgb_array"));
    env.reset(0L);
    env.step(new double[8]);
    Scene2D scene = ((PdeEnv) env.unwrapped()).scene();
    // Two rows (reset, one step) of 128 cells, plus the colour key.
    long cells =
        scene.shapes().stream().filter(s -> s instanceof Scene2D.Polygon p && p.filled()).count();
    assertTrue(cells >= 2 * 128, "cells: " + cells);
  }

  @Test
  void heatMapColoursAreSymmetricAboutZero() {
    FieldHistoryPlot plot = new FieldHistoryPlot(2, 4);
    plot.add(new double[] {-2, 2});
    Scene2D scene = plot.scene(200, 200, "t");
    List<Integer> colours =
        scene.shapes().stream()
            .filter(s -> s instanceof Scene2D.Polygon p && p.filled())
            .map(s -> ((Scene2D.Polygon) s).rgb())
            .limit(2)
            .toList();
    assertEquals(List.of(0x2166AC, 0xB2182B), colours);
  }
}

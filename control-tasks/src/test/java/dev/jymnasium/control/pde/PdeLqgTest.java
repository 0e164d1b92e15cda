package dev.jymnasium.control.pde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LQG on the linear PDEs against controlgym's {@code LQG} (commit 86f4d02, scipy 1.17.1) at n_state
 * = 40: the first entries of the Kalman gain's first column and the returns of seed-0 and seed-1
 * episodes run as its {@code run} runs them (estimate started at the true initial state), all
 * rewards summed. Printed by {@code CONTROLGYM_SRC=... python
 * benchmarks/controlgym/record_pde_lqg_reference.py}.
 */
class PdeLqgTest {
  private record LqgReference(String name, double processNoiseCov, double[] gain, double[] ret) {}

  private static final List<LqgReference> REFERENCES =
      List.of(
          new LqgReference(
              "convection_diffusion_reaction",
              0.0,
              new double[] {
                0.0028400995900015468,
                0.002838024931216449,
                0.002815316138160686,
                0.0027725323766857944
              },
              new double[] {-8.397933987744231, -8.319237814694167}),
          new LqgReference(
              "convection_diffusion_reaction",
              0.01,
              new double[] {
                0.07649070699334878, 0.07203184283338412, 0.04852461290273531, 0.03212747948228798
              },
              new double[] {-117.63879028333857, -147.7657085379649}));

  private static LinearPdeEnv env(String name, double processNoiseCov) {
    return (LinearPdeEnv)
        Gym.make(
                "controlgym/" + name + "-v0",
                Map.of("n_state", 40, "process_noise_cov", processNoiseCov))
            .unwrapped();
  }

  @Test
  void kalmanGainAndSeededReturnsMatchControlgym() {
    for (LqgReference ref : REFERENCES) {
      LinearPdeEnv env = env(ref.name(), ref.processNoiseCov());
      PdeLqgController lqg = PdeLqgController.of(env);
      double[] l = lqg.kalmanGain().data;
      int p = env.sensorIndices().length;
      String what = ref.name() + " at process_noise_cov " + ref.processNoiseCov();
      for (int i = 0; i < ref.gain().length; i++) {
        assertEquals(ref.gain()[i], l[i * p], 1e-6 * Math.abs(ref.gain()[i]), what + " L " + i);
      }
      for (int seed = 0; seed < ref.ret().length; seed++) {
        double[] state = (double[]) env.reset((long) seed, Map.of()).info().get("state");
        lqg.reset(state);
        double[] action = new double[env.actionSpace().shape()[0]];
        double total = 0;
        boolean done = false;
        while (!done) {
          lqg.act(action);
          Step<double[]> step = env.step(action);
          lqg.update(step.observation());
          total += step.reward();
          done = step.terminated() || step.truncated();
        }
        assertEquals(ref.ret()[seed], total, 1e-6 * Math.abs(ref.ret()[seed]), what + " " + seed);
      }
    }
  }

  @Test
  void undampedEnvsAndNoiselessSensorsHaveNoLqg() {
    // controlgym has no LQG on Schrödinger and runs wave's on an ill-conditioned P (see
    // PdeLqrController); ours reports both.
    assertThrows(IllegalStateException.class, () -> PdeLqgController.of(env("wave", 0.01)));
    assertThrows(IllegalStateException.class, () -> PdeLqgController.of(env("schrodinger", 0.01)));
    LinearPdeEnv quiet =
        (LinearPdeEnv)
            Gym.make(
                    "controlgym/convection_diffusion_reaction-v0",
                    Map.of("n_state", 40, "sensor_noise_cov", 0.0))
                .unwrapped();
    assertThrows(IllegalArgumentException.class, () -> PdeLqgController.of(quiet));
  }
}

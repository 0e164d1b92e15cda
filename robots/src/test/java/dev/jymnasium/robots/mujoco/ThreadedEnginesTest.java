package dev.jymnasium.robots.mujoco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.vector.AutoresetMode;
import dev.jymnasium.env.vector.ThreadedVectorEnv;
import dev.jymnasium.env.vector.VectorEnv;
import dev.jymnasium.env.vector.VectorStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worlds (and joint-space simulations) stepped on several threads at once behave exactly as when
 * stepped alone: 8 sub-envs on 4 threads (more threads than a CI machine's cores, so steps
 * interleave anywhere) give, bit for bit, the trajectories of 8 single envs with the same seeds and
 * actions, resets included. Without per-world JBullet pools, Ant and HalfCheetah on JBullet crash
 * within these steps. Longer runs: {@code ThreadedSoak} in the benchmarks module.
 */
class ThreadedEnginesTest {
  static final int ENVS = 8;
  static final int THREADS = 4;
  static final int STEPS = 200;

  @ParameterizedTest
  @CsvSource({
    "Walker2d-v5, jbullet",
    "Ant-v5, jbullet",
    "HalfCheetah-v5, jbullet",
    "Walker2d-v5, ode4j",
    "Ant-v5, ode4j",
    "HalfCheetah-v5, ode4j",
    "Swimmer-v5, joint-space",
    "InvertedDoublePendulum-v5, joint-space",
    "Hopper-v5, joint-space",
    "Walker2d-v5, joint-space",
    "Pusher-v5, joint-space",
    "Ant-v5, joint-space"
  })
  void threadedSubEnvsEqualSingleEnvsBitForBit(String id, String engine) {
    Map<String, Object> kwargs = Map.of("engine", engine);
    List<Supplier<Env<?, ?>>> fns = new ArrayList<>();
    List<MujocoEnv> singles = new ArrayList<>();
    for (int i = 0; i < ENVS; i++) {
      fns.add(() -> Gym.make(id, kwargs));
      singles.add((MujocoEnv) Gym.make(id, kwargs).unwrapped());
    }
    try (VectorEnv<double[], float[]> threaded =
        new ThreadedVectorEnv<>(fns, AutoresetMode.NEXT_STEP, THREADS)) {
      long seed = 17;
      double[] batch = threaded.reset(seed).observations();
      int obsSize = singles.get(0).observationSpace().shape()[0];
      int actSize = singles.get(0).actionSpace().shape()[0];
      double[][] expected = new double[ENVS][];
      boolean[] pending = new boolean[ENVS];
      for (int i = 0; i < ENVS; i++) {
        expected[i] = singles.get(i).reset(seed + i, null).observation().clone();
      }
      assertObservations(expected, batch, obsSize, -1);
      SplittableRandom random = new SplittableRandom(seed);
      float[] actions = new float[ENVS * actSize];
      int resets = 0;
      for (int t = 0; t < STEPS; t++) {
        for (int k = 0; k < actions.length; k++) {
          actions[k] = (float) random.nextDouble(-1, 1);
        }
        VectorStep<double[]> s = threaded.step(actions);
        for (int i = 0; i < ENVS; i++) {
          MujocoEnv single = singles.get(i);
          if (pending[i]) {
            expected[i] = single.reset().observation().clone();
            pending[i] = false;
            resets++;
            continue;
          }
          float[] a = new float[actSize];
          System.arraycopy(actions, i * actSize, a, 0, actSize);
          Step<double[]> r = single.step(a);
          expected[i] = r.observation().clone();
          assertEquals(r.reward(), s.rewards()[i], id + " reward of env " + i + " at step " + t);
          assertEquals(r.terminated(), s.terminations()[i], "env " + i + " at step " + t);
          // The singles are unwrapped: the vector env's time limit (Pusher's 100) says when.
          pending[i] = r.terminated() || s.truncations()[i];
        }
        assertObservations(expected, s.observations(), obsSize, t);
      }
      // Random actions end Walker2d episodes, so autoresets ran in the middle of the others' steps.
      if (id.startsWith("Walker2d")) {
        assertEquals(true, resets > 0, "no episode ended");
      }
    } finally {
      singles.forEach(Env::close);
    }
  }

  private static void assertObservations(double[][] expected, double[] batch, int size, int t) {
    for (int i = 0; i < expected.length; i++) {
      double[] got = new double[size];
      System.arraycopy(batch, i * size, got, 0, size);
      assertArrayEquals(expected[i], got, "observation of env " + i + " at step " + t);
    }
  }
}

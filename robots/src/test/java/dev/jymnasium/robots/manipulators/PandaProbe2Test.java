package dev.jymnasium.robots.manipulators;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PandaProbe2Test {
  @Test
  void hold() {
    for (String engine : new String[] {"ode4j", "jbullet"}) {
      try (PandaEnv env = PandaProbeTest.make(new ReachTask(), engine, "joints")) {
        env.reset(0L, null);
        long t0 = System.nanoTime();
        for (int i = 0; i < 50; i++) {
          env.step(new float[7]);
          double[] q = env.arm().armAngles(new double[7]);
          if (i % 10 == 0 || i == 49) {
            double err = 0;
            for (int k = 0; k < 7; k++) err = Math.max(err, Math.abs(q[k] - PandaModel.NEUTRAL[k]));
            System.out.println(
                engine + " step " + i + " max err " + err + " q " + Arrays.toString(q));
          }
        }
        System.out.println(engine + " ms/step " + (System.nanoTime() - t0) / 50e6);
      }
    }
  }
}

package dev.jymnasium.robots.manipulators;

import dev.jymnasium.env.rng.NpRandom;
import org.junit.jupiter.api.Test;

class PandaProbe4Test {
  @Test
  void speed() {
    for (String engine : new String[] {"ode4j", "jbullet"}) {
      try (PandaEnv env = PandaProbeTest.make(new PushTask(PushTask.Variant.PUSH), engine, "ee")) {
        env.reset(0L, null);
        NpRandom rng = NpRandom.of(1);
        float[] a = new float[3];
        for (int rep = 0; rep < 3; rep++) {
          var mx = java.lang.management.ManagementFactory.getThreadMXBean();
          long t0 = mx.getCurrentThreadCpuTime();
          int n = 1000;
          for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) a[k] = (float) rng.uniform(-1, 1);
            var s = env.step(a);
            if (s.terminated() || s.truncated() || i % 50 == 49) env.reset();
          }
          System.out.println(
              engine + " steps/s " + n / ((mx.getCurrentThreadCpuTime() - t0) / 1e9));
        }
      }
    }
  }
}

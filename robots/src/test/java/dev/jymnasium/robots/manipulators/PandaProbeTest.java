package dev.jymnasium.robots.manipulators;

import dev.jymnasium.env.registry.ConfigBinder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PandaProbeTest {
  static PandaEnv make(PandaTask task, String engine, String control) {
    Map<String, Object> kw = new HashMap<>();
    kw.put("engine", engine);
    kw.put("control_type", control);
    return new PandaEnv("probe", task, ConfigBinder.bind(PandaEnv.Config.class, "probe", kw));
  }

  @Test
  void probe() {
    for (String engine : new String[] {"ode4j", "jbullet"}) {
      try (PandaEnv env = make(new ReachTask(), engine, "ee")) {
        var r = env.reset(0L, null);
        System.out.println(engine + " reset " + str(r.observation()));
        double[] p = new double[3];
        new PandaKinematics(-0.6, 0, 0).forward(PandaModel.NEUTRAL, p, null);
        System.out.println("fk neutral " + Arrays.toString(p));
        for (int i = 0; i < 10; i++) {
          var s = env.step(new float[] {1, 0, 0});
          if (i == 0 || i == 9)
            System.out.println(engine + " step " + i + " " + str(s.observation()));
        }
        double[] q = env.arm().armAngles(new double[7]);
        System.out.println(engine + " q " + Arrays.toString(q));
      }
      try (PandaEnv env = make(new ReachTask(), engine, "joints")) {
        env.reset(0L, null);
        Map<String, Object> o = null;
        for (int i = 0; i < 10; i++) {
          o = env.step(new float[] {1, 0, 0, 0, 0, 0, 0}).observation();
        }
        System.out.println(
            engine
                + " joints "
                + str(o)
                + " q "
                + Arrays.toString(env.arm().armAngles(new double[7])));
      }
      try (PandaEnv env = make(new PushTask(PushTask.Variant.PICK_AND_PLACE), engine, "ee")) {
        env.reset(0L, null);
        Map<String, Object> o = null;
        for (int i = 0; i < 20; i++) {
          o = env.step(new float[] {0, 0, 0, 1}).observation();
        }
        System.out.println(engine + " pnp open " + str(o));
      }
    }
  }

  static String str(Map<String, Object> o) {
    StringBuilder b = new StringBuilder();
    o.forEach((k, v) -> b.append(k).append('=').append(Arrays.toString((float[]) v)).append(' '));
    return b.toString();
  }
}

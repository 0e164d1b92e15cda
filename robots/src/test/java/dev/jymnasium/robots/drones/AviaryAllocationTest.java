package dev.jymnasium.robots.drones;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Stepping allocates nothing in the dyn mode, PID actions included. */
class AviaryAllocationTest {
  @Test
  void dynSteppingAllocatesNothing() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (String act : new String[] {"rpm", "vel"}) {
      HoverAviaryEnv env =
          new HoverAviaryEnv(
              dev.jymnasium.env.registry.ConfigBinder.bind(
                  HoverAviaryEnv.Config.class,
                  HoverAviaryEnv.ID,
                  java.util.Map.of("physics", "dyn", "act", act)));
      float[] action = new float[4];
      action[0] = 0.01f;
      env.reset(0L);
      for (int k = 0; k < 20_000; k++) {
        if (env.step(action).done()) {
          env.reset(0L);
        }
      }
      long id = Thread.currentThread().getId();
      long bytes = 0;
      for (int episode = 0; episode < 20; episode++) {
        env.reset(0L);
        long before = threads.getThreadAllocatedBytes(id);
        // 200 steps stay inside one 242-step episode of near-hover actions.
        for (int k = 0; k < 200; k++) {
          env.step(action);
        }
        bytes += threads.getThreadAllocatedBytes(id) - before;
      }
      // Under 8 bytes per step: an object per step fails; the few hundred bytes the JVM allocates
      // now and then on a running thread pass.
      assertTrue(bytes < 32_000, act + ": " + bytes + " bytes over 4,000 steps");
      env.close();
    }
  }
}

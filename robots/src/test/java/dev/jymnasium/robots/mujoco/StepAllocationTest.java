package dev.jymnasium.robots.mujoco;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A step of every v5 env on its default engine, through {@code make}'s wrappers, allocates nothing
 * once warmed up (resets may: they return a new {@code Reset}). Only the step calls are counted.
 */
class StepAllocationTest {
  @SuppressWarnings("unchecked")
  @ParameterizedTest
  @ValueSource(
      strings = {
        "InvertedPendulum-v5",
        "InvertedDoublePendulum-v5",
        "Reacher-v5",
        "Pusher-v5",
        "Swimmer-v5",
        "HalfCheetah-v5",
        "Hopper-v5",
        "Walker2d-v5",
        "Ant-v5"
      })
  void steppingAllocatesNothing(String id) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    Env<double[], float[]> env = (Env<double[], float[]>) (Env<?, ?>) Gym.make(id);
    float[][] actions = randomActions(env, 64);
    env.reset(3L, null);
    long bytes = 0;
    int measured = 0;
    for (int t = 0; t < 6000; t++) {
      long before = threads.getThreadAllocatedBytes(thread);
      boolean done = env.step(actions[t % actions.length]).done();
      if (t >= 4000) {
        bytes += threads.getThreadAllocatedBytes(thread) - before;
        measured++;
      }
      if (done) {
        env.reset();
      }
    }
    env.close();
    // Under 8 bytes per step on average: one object per step (16 bytes or more) fails, while the
    // few hundred bytes the JVM itself allocates now and then on the stepping thread (seen with
    // the interpreter alone too, so not this code) pass.
    assertTrue(bytes < 8 * measured, id + ": " + bytes + " bytes over " + measured + " steps");
  }

  private static float[][] randomActions(Env<double[], float[]> env, int count) {
    int size = env.actionSpace().sample().length;
    SplittableRandom random = new SplittableRandom(7);
    float[][] actions = new float[count][size];
    for (float[] action : actions) {
      for (int i = 0; i < size; i++) {
        action[i] = (float) random.nextDouble(-0.4, 0.4);
      }
    }
    return actions;
  }
}

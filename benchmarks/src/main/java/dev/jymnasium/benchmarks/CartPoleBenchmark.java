package dev.jymnasium.benchmarks;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.VectorizeMode;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.vector.VectorEnv;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CartPole-v1 stepping throughput: the unwrapped env, the env from {@code make} (default wrappers),
 * and sync and threaded vector envs of {@value #NUM_ENVS} (scores are env-steps per second).
 * Actions are drawn before timing; episodes that end are reset inside the loop.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class CartPoleBenchmark {
  static final int NUM_ENVS = 8;
  private static final int ACTIONS = 1 << 16;

  private Env<float[], Integer> unwrapped;
  private Env<float[], Integer> made;
  private VectorEnv<float[], int[]> sync;
  private VectorEnv<float[], int[]> threaded;
  private final Integer[] actions = new Integer[ACTIONS];
  private final int[][] batches = new int[ACTIONS / NUM_ENVS][NUM_ENVS];
  private int t;

  @SuppressWarnings("unchecked")
  @Setup(Level.Trial)
  public void setUp() {
    NpRandom rng = NpRandom.of(0);
    for (int i = 0; i < ACTIONS; i++) {
      actions[i] = (int) rng.integers(0, 2);
      batches[i / NUM_ENVS][i % NUM_ENVS] = actions[i];
    }
    made = Gym.make("CartPole-v1");
    unwrapped = (Env<float[], Integer>) Gym.<float[], Integer>make("CartPole-v1").unwrapped();
    sync = Gym.makeVec("CartPole-v1", NUM_ENVS, VectorizeMode.SYNC, Map.of());
    threaded = Gym.makeVec("CartPole-v1", NUM_ENVS, VectorizeMode.THREADED, Map.of());
    made.reset(0);
    unwrapped.reset(0);
    sync.reset(0);
    threaded.reset(0);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    sync.close();
    threaded.close();
  }

  private static Step<float[]> stepOrReset(Env<float[], Integer> env, Integer action) {
    Step<float[]> s = env.step(action);
    if (s.terminated() || s.truncated()) {
      env.reset();
    }
    return s;
  }

  @Benchmark
  public Step<float[]> unwrapped() {
    return stepOrReset(unwrapped, actions[t++ & (ACTIONS - 1)]);
  }

  @Benchmark
  public Step<float[]> make() {
    return stepOrReset(made, actions[t++ & (ACTIONS - 1)]);
  }

  @Benchmark
  @OperationsPerInvocation(NUM_ENVS)
  public Object vectorSync() {
    return sync.step(batches[t++ & (batches.length - 1)]);
  }

  @Benchmark
  @OperationsPerInvocation(NUM_ENVS)
  public Object vectorThreaded() {
    return threaded.step(batches[t++ & (batches.length - 1)]);
  }
}

package dev.jymnasium.benchmarks;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.registry.VectorizeMode;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Discrete;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * MinAtar stepping throughput on one thread, scores in env-steps per second: the env users step
 * ({@code Gym.make(id)}, with its default wrappers), the unwrapped env, a sync vector env ({@code
 * Gym.makeVec(id, n, SYNC)}) and the native vector env ({@code Gym.makeVec(id, n)}), both of
 * {@value #NUM_ENVS} sub-envs. Random actions are drawn before timing; the single envs are reset
 * inside the loop when an episode ends, the vector envs autoreset.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MinAtarBenchmark {
  static final int NUM_ENVS = 16;
  private static final int ACTIONS = 1 << 16;

  @Param({"MinAtar/Breakout-v0"})
  public String id;

  private Env<byte[], Integer> made;
  private Env<byte[], Integer> unwrapped;
  private VectorEnv<byte[], int[]> sync;
  private VectorEnv<byte[], int[]> vector;
  private final Integer[] actions = new Integer[ACTIONS];
  private final int[][] batches = new int[ACTIONS / NUM_ENVS][NUM_ENVS];
  private int t;

  @SuppressWarnings("unchecked")
  @Setup(Level.Trial)
  public void setUp() {
    made = Gym.make(id);
    unwrapped = (Env<byte[], Integer>) Gym.<byte[], Integer>make(id).unwrapped();
    sync = Gym.makeVec(id, NUM_ENVS, VectorizeMode.SYNC, Map.of());
    vector = Gym.makeVec(id, NUM_ENVS, VectorizeMode.VECTOR_ENTRY_POINT, Map.of());
    int n = ((Discrete) made.actionSpace()).n();
    NpRandom rng = NpRandom.of(0);
    for (int i = 0; i < ACTIONS; i++) {
      actions[i] = (int) rng.integers(0, n);
      batches[i / NUM_ENVS][i % NUM_ENVS] = actions[i];
    }
    made.reset(0);
    unwrapped.reset(0);
    sync.reset(0);
    vector.reset(0);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    sync.close();
    vector.close();
  }

  private static Step<byte[]> stepOrReset(Env<byte[], Integer> env, Integer action) {
    Step<byte[]> s = env.step(action);
    if (s.terminated() || s.truncated()) {
      env.reset();
    }
    return s;
  }

  @Benchmark
  public Step<byte[]> made() {
    return stepOrReset(made, actions[t++ & (ACTIONS - 1)]);
  }

  @Benchmark
  public Step<byte[]> unwrapped() {
    return stepOrReset(unwrapped, actions[t++ & (ACTIONS - 1)]);
  }

  @Benchmark
  @OperationsPerInvocation(NUM_ENVS)
  public Object vectorSync() {
    return sync.step(batches[t++ & (batches.length - 1)]);
  }

  @Benchmark
  @OperationsPerInvocation(NUM_ENVS)
  public Object vectorNative() {
    return vector.step(batches[t++ & (batches.length - 1)]);
  }
}

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
 * MinAtar/Breakout-v0 stepping throughput, one thread: the unwrapped single env and the native
 * vector env of {@value #NUM_ENVS} (scores are env-steps per second). Random actions are drawn
 * before timing; the single env is reset inside the loop, the vector env autoresets.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MinAtarBenchmark {
  static final int NUM_ENVS = 16;
  private static final String ID = "MinAtar/Breakout-v0";
  private static final int ACTIONS = 1 << 16;

  private Env<byte[], Integer> unwrapped;
  private VectorEnv<byte[], int[]> vector;
  private final Integer[] actions = new Integer[ACTIONS];
  private final int[][] batches = new int[ACTIONS / NUM_ENVS][NUM_ENVS];
  private int t;

  @SuppressWarnings("unchecked")
  @Setup(Level.Trial)
  public void setUp() {
    NpRandom rng = NpRandom.of(0);
    for (int i = 0; i < ACTIONS; i++) {
      actions[i] = (int) rng.integers(0, 6);
      batches[i / NUM_ENVS][i % NUM_ENVS] = actions[i];
    }
    unwrapped = (Env<byte[], Integer>) Gym.<byte[], Integer>make(ID).unwrapped();
    vector = Gym.makeVec(ID, NUM_ENVS, VectorizeMode.VECTOR_ENTRY_POINT, Map.of());
    unwrapped.reset(0);
    vector.reset(0);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    vector.close();
  }

  @Benchmark
  public Step<byte[]> unwrapped() {
    Step<byte[]> s = unwrapped.step(actions[t++ & (ACTIONS - 1)]);
    if (s.terminated()) {
      unwrapped.reset();
    }
    return s;
  }

  @Benchmark
  @OperationsPerInvocation(NUM_ENVS)
  public Object vectorNative() {
    return vector.step(batches[t++ & (batches.length - 1)]);
  }
}

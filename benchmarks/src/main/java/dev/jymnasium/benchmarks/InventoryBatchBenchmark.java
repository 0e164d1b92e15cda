package dev.jymnasium.benchmarks;

import dev.jymnasium.control.inventory.CappedBaseStockPolicy;
import dev.jymnasium.control.inventory.DemandTrace;
import dev.jymnasium.control.inventory.ScenarioBatch;
import dev.jymnasium.control.inventory.SerialChain;
import dev.jymnasium.env.rng.NpRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batched inventory simulation throughput, in scenario-periods per second: the one_store_lost
 * setting (L = 4, p = 9, h = 1, Poisson(5)) under capped base-stock (S = 29, r = 5), {@value
 * #SCENARIOS} scenarios by {@value #PERIODS} periods per operation, on one thread. {@code
 * benchmarks/inventory/bench_original.py bench} times the original simulator on the same workload.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class InventoryBatchBenchmark {
  static final int SCENARIOS = 8192;
  static final int PERIODS = 100;

  private ScenarioBatch batch;
  private DemandTrace trace;
  private double[] initial;
  private final CappedBaseStockPolicy policy = new CappedBaseStockPolicy(29, 5);

  @Setup
  public void setUp() {
    SerialChain chain = SerialChain.oneStore(4, 9, 1, SerialChain.UnmetDemand.LOST);
    batch = new ScenarioBatch(chain, SCENARIOS);
    trace = DemandTrace.poisson(0, PERIODS, SCENARIOS, 5);
    NpRandom rng = NpRandom.of(1);
    initial = new double[4 * SCENARIOS];
    for (int i = 0; i < initial.length; i++) {
      initial[i] = 5 * rng.random();
    }
  }

  /** One rollout of every scenario over every period; the score counts scenario-periods. */
  @Benchmark
  @OperationsPerInvocation(SCENARIOS * PERIODS)
  public double rollout() {
    batch.setInventories(0, initial);
    return batch.averageCost(policy, trace, 0);
  }
}

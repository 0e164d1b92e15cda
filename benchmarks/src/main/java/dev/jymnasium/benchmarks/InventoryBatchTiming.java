package dev.jymnasium.benchmarks;

import java.util.Locale;

/**
 * The same workload as {@link InventoryBatchBenchmark}, timed the way {@code
 * benchmarks/inventory/bench_original.py bench} times the original (best of a few rollouts after a
 * warm-up), so that both figures come from one method on a busy machine. Run: {@code java -cp
 * benchmarks/target/benchmarks.jar dev.jymnasium.benchmarks.InventoryBatchTiming [repeats]}.
 */
public final class InventoryBatchTiming {
  private InventoryBatchTiming() {}

  /** Prints the best rollout time and scenario-periods per second. */
  public static void main(String[] args) {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    InventoryBatchBenchmark bench = new InventoryBatchBenchmark();
    bench.setUp();
    double cost = 0;
    for (int i = 0; i < 30; i++) {
      cost = bench.rollout();
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      cost = bench.rollout();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    int work = InventoryBatchBenchmark.SCENARIOS * InventoryBatchBenchmark.PERIODS;
    System.out.printf(
        Locale.ROOT,
        "ScenarioBatch one_store_lost L=4 capped base-stock, %d scenarios x %d periods, 1 thread:"
            + " best of %d %.4f s, %.3e scenario-periods/s (mean cost %.4f)%n",
        InventoryBatchBenchmark.SCENARIOS,
        InventoryBatchBenchmark.PERIODS,
        repeats,
        best,
        work / best,
        cost);
  }
}

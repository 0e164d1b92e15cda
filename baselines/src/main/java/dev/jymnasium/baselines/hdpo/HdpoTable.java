package dev.jymnasium.baselines.hdpo;

import dev.jymnasium.baselines.Agents;
import dev.jymnasium.baselines.DeviceChoice;
import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.baselines.algo.Hdpo;
import dev.jymnasium.control.inventory.BaseStockPolicy;
import dev.jymnasium.control.inventory.EchelonStockPolicy;
import dev.jymnasium.control.inventory.PolicySearch;
import dev.jymnasium.control.inventory.ScenarioBatch;
import dev.jymnasium.control.inventory.SerialChain;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Trains HDPO with its default hyperparameters (seed 0) on the benchmark instances of Alvo, Russo
 * and Kanoria (2023) and prints a markdown table of test costs beside the yardsticks, for
 * docs/inventory.md:
 *
 * <ul>
 *   <li>{@code lost}: one store, lost sales, Poisson(5), h = 1, L 1..4, p 4/9/19/39 (Zipkin's
 *       sixteen instances), against the relative-value-iteration optima of {@code LostSalesRvi};
 *   <li>{@code backlog}: one store, backlog, Normal(5, 1.6), against the optimal base-stock cost
 *       {@code (p + h)·σ·sqrt(L + 1)·φ(z)}, {@code z = Φ⁻¹(p / (p + h))}, and against that
 *       base-stock level rolled on the same test set;
 *   <li>{@code serial}: the four-stage serial system, against the echelon base-stock policy found
 *       by pattern search on 2048 training scenarios and rolled on the same test set.
 * </ul>
 *
 * Usage: {@code HdpoTable lost|backlog|serial [threads] [L or L:p ...]} ({@code L}: the four
 * underage costs of lead time {@code L}; {@code L:p}: that one instance; default: every instance of
 * the table); runs {@code threads} instances at a time (default 1). Training seconds are wall-clock
 * and the CPU time of the training thread.
 */
public final class HdpoTable {
  private static final double[] UNDERAGE_COSTS = {4, 9, 19, 39};

  /** Relative-value-iteration optima, {@code [L − 1][p index]}, as InventoryOptimaTable prints. */
  private static final double[][] LOST_SALES_OPTIMA = {
    {4.0407, 5.4382, 6.6757, 7.8359},
    {4.3953, 6.0936, 7.6644, 9.1064},
    {4.5987, 6.5314, 8.3625, 10.0385},
    {4.7285, 6.8359, 8.8872, 10.7944}
  };

  private HdpoTable() {}

  /** One instance's row. */
  private record Row(String text) {}

  /** Runs the table named by {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException(
          "usage: HdpoTable lost|backlog|serial [threads] [L or L:p ...]");
    }
    String family = args[0];
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    // "L" runs the four underage costs of lead time L, "L:p" only p
    List<String> instances = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      instances.add(args[i]);
    }
    if (instances.isEmpty()) {
      instances =
          switch (family) {
            case "backlog" -> List.of("1", "4", "7", "10", "15", "20");
            default -> List.of("1", "2", "3", "4");
          };
    }
    String header =
        switch (family) {
          case "lost" ->
              "| L | p | optimum (RVI) | HDPO test | gap | train s (CPU s) |\n|---|---|---|---|---|---|";
          case "backlog" ->
              "| L | p | optimal base-stock (formula) | S* on the test set | HDPO test | gap to formula"
                  + " | gap to S* | train s (CPU s) |\n|---|---|---|---|---|---|---|---|";
          case "serial" ->
              "| store L | p | best echelon base-stock (test set) | levels | HDPO test | gap |"
                  + " train s (CPU s) |\n|---|---|---|---|---|---|---|";
          default ->
              throw new IllegalArgumentException(
                  "unknown table '" + family + "'; expected lost, backlog or serial");
        };
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Row>> rows = new ArrayList<>();
    for (String instance : instances) {
      String[] parts = instance.split(":");
      int leadTime = Integer.parseInt(parts[0]);
      for (int pi = 0; pi < UNDERAGE_COSTS.length; pi++) {
        double p = UNDERAGE_COSTS[pi];
        if (parts.length > 1 && Double.parseDouble(parts[1]) != p) {
          continue;
        }
        int index = pi;
        rows.add(pool.submit(() -> row(family, leadTime, p, index)));
      }
    }
    System.out.println(header);
    for (Future<Row> r : rows) {
      System.out.println(r.get().text());
    }
    pool.shutdown();
  }

  private static Row row(String family, int leadTime, double p, int pIndex) {
    Map<String, Object> kwargs = new LinkedHashMap<>();
    kwargs.put("underage_cost", p);
    String id;
    switch (family) {
      case "lost" -> {
        id = "inventory/OneStoreLost-v0";
        kwargs.put("lead_time", leadTime);
      }
      case "backlog" -> {
        id = "inventory/OneStoreBacklogged-v0";
        kwargs.put("lead_time", leadTime);
      }
      default -> {
        id = "inventory/Serial-v0";
        kwargs.put("store_lead_time", leadTime);
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    try (Hdpo hdpo = (Hdpo) Agents.create("hdpo", id, kwargs, Map.of(), 0, DeviceChoice.CPU)) {
      long wall0 = System.nanoTime();
      long cpu0 = mx.getCurrentThreadCpuTime();
      hdpo.learn(defaultBudget(hdpo), TrainingListener.NONE);
      double seconds = (System.nanoTime() - wall0) / 1e9;
      double cpuSeconds = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
      double test = hdpo.testCost();
      String time = String.format(Locale.ROOT, "%.0f (%.0f)", seconds, cpuSeconds);
      return switch (family) {
        case "lost" -> {
          double optimum = LOST_SALES_OPTIMA[leadTime - 1][pIndex];
          yield new Row(
              String.format(
                  Locale.ROOT,
                  "| %d | %.0f | %.4f | %.4f | %+.2f%% | %s |",
                  leadTime,
                  p,
                  optimum,
                  test,
                  100 * (test / optimum - 1),
                  time));
        }
        case "backlog" -> {
          InventorySetting s = hdpo.setting();
          double sd = s.demandStd() * Math.sqrt(leadTime + 1);
          double z = new NormalDistribution().inverseCumulativeProbability(p / (p + 1));
          double formula = (p + 1) * sd * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
          double level = s.demandMean() * (leadTime + 1) + z * sd;
          double sameTrace = hdpo.testCostOf(new BaseStockPolicy(level));
          yield new Row(
              String.format(
                  Locale.ROOT,
                  "| %d | %.0f | %.4f | %.4f | %.4f | %+.2f%% | %+.2f%% | %s |",
                  leadTime,
                  p,
                  formula,
                  sameTrace,
                  test,
                  100 * (test / formula - 1),
                  100 * (test / sameTrace - 1),
                  time));
        }
        default -> {
          double[] increments = bestEchelonIncrements(hdpo.setting());
          double echelon = hdpo.testCostOf(new EchelonStockPolicy(increments));
          yield new Row(
              String.format(
                  Locale.ROOT,
                  "| %d | %.0f | %.4f | %s | %.4f | %+.2f%% | %s |",
                  leadTime,
                  p,
                  echelon,
                  levels(new EchelonStockPolicy(increments).levels()),
                  test,
                  100 * (test / echelon - 1),
                  time));
        }
      };
    }
  }

  /** The budget {@code jym train} uses for this env (hyperparams.json), else 1000 steps' worth. */
  private static long defaultBudget(Hdpo hdpo) {
    Long budget = dev.jymnasium.baselines.ZooDefaults.budget("hdpo", hdpo.envId());
    return budget != null
        ? budget
        : 1000L * hdpo.hyperparams().batchSize() * hdpo.setting().periods();
  }

  /** Pattern search for the echelon increments on 2048 scenarios of 300 periods (100 warm-up). */
  private static double[] bestEchelonIncrements(InventorySetting setting) {
    int scenarios = 2048;
    SerialChain chain = setting.chain();
    ScenarioBatch batch = new ScenarioBatch(chain, scenarios);
    double[] initial = setting.initialStates(99, scenarios);
    int storeSlots = chain.slots()[0];
    double[] store = new double[storeSlots * scenarios];
    for (int s = 0; s < scenarios; s++) {
      for (int j = 0; j < storeSlots; j++) {
        store[s * storeSlots + j] = initial[j * scenarios + s];
      }
    }
    PolicySearch search =
        new PolicySearch(
            batch, b -> b.setInventories(0, store), setting.demand(98, 300, scenarios), 100);
    int[] lead = chain.leadTimes();
    double[] start = new double[lead.length];
    for (int k = 0; k < lead.length; k++) {
      start[k] = setting.demandMean() * (lead[k] + (k == 0 ? 1 : 0));
    }
    return search.search(EchelonStockPolicy::new, start, 4, 0.05).parameters();
  }

  private static String levels(double[] levels) {
    StringBuilder b = new StringBuilder();
    for (double l : levels) {
      b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", l));
    }
    return b.toString();
  }
}

package dev.jymnasium.baselines.hdpo;

import dev.jymnasium.control.inventory.DemandTrace;
import dev.jymnasium.control.inventory.OneStoreBackloggedEnv;
import dev.jymnasium.control.inventory.OneStoreEnv;
import dev.jymnasium.control.inventory.OneStoreLostEnv;
import dev.jymnasium.control.inventory.SerialChain;
import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import dev.jymnasium.control.inventory.SerialEnv;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.rng.NpRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The inventory system HDPO trains on, read from an env id and its kwargs: the chain (lead times,
 * costs, lost sales or backlog), the demand law, the initial state and the episode (periods,
 * warm-up). The state of a batch of {@code B} scenarios is one flat array of rows, stage after
 * stage (store first), slot after slot (on hand first), each row {@code B} scenarios long.
 *
 * @param envId the env id the setting comes from
 * @param chain stages, lead times, slots and costs
 * @param demand the demand law
 * @param demandMean {@code μ}, also the unit the network's inputs and outputs are scaled by
 * @param demandStd the standard deviation of the clipped normal demand (unused for Poisson)
 * @param initialLow store slots start uniform in {@code [initialLow, initialHigh]} (units)
 * @param initialHigh see {@code initialLow}
 * @param periods periods of an episode (the training scenarios' length)
 * @param ignorePeriods warm-up periods left out of the cost
 */
public record InventorySetting(
    String envId,
    SerialChain chain,
    DemandLaw demand,
    double demandMean,
    double demandStd,
    double initialLow,
    double initialHigh,
    int periods,
    int ignorePeriods) {

  /** The env ids HDPO supports. */
  public static final List<String> SUPPORTED =
      List.of(
          "inventory/OneStoreLost-v0", "inventory/OneStoreBacklogged-v0", "inventory/Serial-v0");

  /** How demand is drawn. */
  public enum DemandLaw {
    /** Poisson(μ) (numpy's algorithm). */
    POISSON,
    /** Normal(μ, σ) clipped at 0 and rounded to 3 decimals. */
    CLIPPED_NORMAL
  }

  /**
   * The setting of a supported env id with its kwargs.
   *
   * @throws IllegalArgumentException for an unsupported id (listing the supported ones) or a bad
   *     kwarg (named)
   */
  public static InventorySetting of(String envId, Map<String, Object> kwargs) {
    switch (envId) {
      case "inventory/OneStoreLost-v0" -> {
        OneStoreLostEnv.Config c = ConfigBinder.bind(OneStoreLostEnv.Config.class, envId, kwargs);
        return oneStore(envId, c.store(), UnmetDemand.LOST, DemandLaw.POISSON, c.demandMean(), 0);
      }
      case "inventory/OneStoreBacklogged-v0" -> {
        OneStoreBackloggedEnv.Config c =
            ConfigBinder.bind(OneStoreBackloggedEnv.Config.class, envId, kwargs);
        return oneStore(
            envId,
            c.store(),
            UnmetDemand.BACKLOGGED,
            DemandLaw.CLIPPED_NORMAL,
            c.demandMean(),
            c.demandStd());
      }
      case "inventory/Serial-v0" -> {
        return serial(envId, ConfigBinder.bind(SerialEnv.Config.class, envId, kwargs));
      }
      default ->
          throw new IllegalArgumentException(
              "hdpo trains on " + String.join(", ", SUPPORTED) + "; got " + envId);
    }
  }

  private static InventorySetting oneStore(
      String envId,
      OneStoreEnv.Options o,
      UnmetDemand unmet,
      DemandLaw law,
      double mean,
      double std) {
    requirePositiveMean(mean);
    SerialChain chain =
        SerialChain.oneStore(o.leadTime(), o.underageCost(), o.holdingCost(), unmet);
    return new InventorySetting(
        envId,
        chain,
        law,
        mean,
        std,
        o.initialRangeMult()[0] * mean,
        o.initialRangeMult()[1] * mean,
        o.periods(),
        ignored(o.ignorePeriods(), o.periods()));
  }

  /** The chain of {@link SerialEnv}: store, warehouse, then the echelons going upstream. */
  private static InventorySetting serial(String envId, SerialEnv.Config c) {
    requirePositiveMean(c.demandMean());
    int echelons = c.echelonLeadTimes().length;
    int stages = 2 + echelons;
    int echelonSlots = Arrays.stream(c.echelonLeadTimes()).max().orElse(1);
    int[] lead = new int[stages];
    int[] slots = new int[stages];
    double[] holding = new double[stages];
    lead[0] = c.storeLeadTime();
    lead[1] = c.warehouseLeadTime();
    slots[0] = lead[0];
    slots[1] = lead[1];
    holding[0] = c.storeHoldingCost();
    holding[1] = c.warehouseHoldingCost();
    for (int i = 0; i < echelons; i++) {
      int stage = 2 + (echelons - 1 - i); // kwargs list echelons upstream first
      lead[stage] = c.echelonLeadTimes()[i];
      holding[stage] = c.echelonHoldingCosts()[i];
      slots[stage] = echelonSlots;
    }
    SerialChain chain =
        new SerialChain(lead, slots, holding, c.underageCost(), UnmetDemand.BACKLOGGED);
    return new InventorySetting(
        envId,
        chain,
        DemandLaw.CLIPPED_NORMAL,
        c.demandMean(),
        c.demandStd(),
        c.initialRangeMult()[0] * c.demandMean(),
        c.initialRangeMult()[1] * c.demandMean(),
        c.periods(),
        ignored(c.ignorePeriods(), c.periods()));
  }

  private static void requirePositiveMean(double mean) {
    if (!(mean > 0)) {
      throw new IllegalArgumentException(
          "hdpo scales its network by the mean demand, which must be > 0; got demand_mean = "
              + mean);
    }
  }

  private static int ignored(Integer ignorePeriods, int periods) {
    return ignorePeriods != null ? ignorePeriods : 3 * periods / 5;
  }

  /** Number of stages, store first. */
  public int stages() {
    return chain.stages();
  }

  /** Rows of the state: the slots of every stage. */
  public int rows() {
    return Arrays.stream(chain.slots()).sum();
  }

  /** The row of stage {@code stage}'s slot 0 (its on hand). */
  public int firstRow(int stage) {
    int row = 0;
    int[] slots = chain.slots();
    for (int k = 0; k < stage; k++) {
      row += slots[k];
    }
    return row;
  }

  /**
   * Demand for {@code scenarios} scenarios over {@code periods} periods drawn from {@code seed}.
   */
  public DemandTrace demand(long seed, int periods, int scenarios) {
    return demand == DemandLaw.POISSON
        ? DemandTrace.poisson(seed, periods, scenarios, demandMean)
        : DemandTrace.clippedNormal(seed, periods, scenarios, demandMean, demandStd);
  }

  /**
   * Initial states of {@code scenarios} scenarios: every store slot uniform in {@code [initialLow,
   * initialHigh]}, drawn scenario by scenario; upstream stages empty.
   *
   * @return {@code [row·scenarios + scenario]}
   */
  public double[] initialStates(long seed, int scenarios) {
    NpRandom rng = NpRandom.of(seed);
    int storeSlots = chain.slots()[0];
    double[] state = new double[Math.multiplyExact(rows(), scenarios)];
    for (int s = 0; s < scenarios; s++) {
      for (int j = 0; j < storeSlots; j++) {
        state[j * scenarios + s] = initialLow + (initialHigh - initialLow) * rng.random();
      }
    }
    return state;
  }
}

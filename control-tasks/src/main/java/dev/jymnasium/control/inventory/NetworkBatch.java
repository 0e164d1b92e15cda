package dev.jymnasium.control.inventory;

import java.util.Arrays;

/**
 * {@code K} scenarios of one store network ({@link StoreNetworkEnv}'s: one or several warehouses,
 * links with their own lead times) stepped together in flat arrays, for rolling a policy over
 * pre-sampled demand (common random numbers), as {@link ScenarioBatch} does for serial chains.
 *
 * <p>Layout: a location's pipeline is one array of {@code slots × K} values, slot-major ({@code
 * [slot·K + scenario]}). Orders are {@code [index·K + scenario]} with the index of the env's action
 * (links sorted by store then warehouse, then warehouses); demand is {@code [from + store·K +
 * scenario]}. Each scenario's arithmetic is {@link StoreNetwork}'s, in the same order, so a batch
 * gives each scenario the env's costs exactly. Nothing is allocated after construction.
 */
public final class NetworkBatch {
  private final int scenarios;
  private final int stores;
  private final int warehouses;
  private final int[] linkStore;
  private final int[] linkWarehouse;
  private final int[] linkLead;
  private final double[] holdingCosts;
  private final double[] underageCosts;
  private final double[] warehouseHoldingCosts;
  private final double[] warehouseUnitCosts;
  private final int[] warehouseLeadTimes;
  private final boolean lostSales;
  private final Feasibility feasibility;
  private final double[][] storeInventories;
  private final double[][] warehouseInventories;
  private final double[] shipped;
  private final double[] scale;
  private final double[] shippedTotal;
  private final double[] periodCosts;

  NetworkBatch(StoreNetwork network, int scenarios) {
    if (scenarios < 1) {
      throw new IllegalArgumentException("a batch needs >= 1 scenario, got " + scenarios);
    }
    this.scenarios = scenarios;
    this.stores = network.stores();
    this.warehouses = network.warehouses();
    this.linkStore = network.linkStores();
    this.linkWarehouse = network.linkWarehouses();
    this.linkLead = network.linkLeadTimes();
    this.holdingCosts = network.holdingCosts();
    this.underageCosts = network.underageCosts();
    this.warehouseHoldingCosts = network.warehouseHoldingCosts();
    this.warehouseUnitCosts = network.warehouseUnitCosts();
    this.warehouseLeadTimes = network.warehouseLeadTimes();
    this.lostSales = network.unmetDemand() == SerialChain.UnmetDemand.LOST;
    this.feasibility = network.feasibility();
    this.storeInventories = new double[stores][];
    for (int i = 0; i < stores; i++) {
      storeInventories[i] =
          new double[Math.multiplyExact(network.storeInventory(i).length, scenarios)];
    }
    this.warehouseInventories = new double[warehouses][];
    for (int w = 0; w < warehouses; w++) {
      warehouseInventories[w] = new double[Math.multiplyExact(warehouseLeadTimes[w], scenarios)];
    }
    this.shipped = new double[linkStore.length * scenarios];
    this.scale = new double[warehouses * scenarios];
    this.shippedTotal = new double[warehouses * scenarios];
    this.periodCosts = new double[scenarios];
  }

  /** {@code K}. */
  public int scenarios() {
    return scenarios;
  }

  /** Number of store orders per scenario (one per link). */
  public int links() {
    return linkStore.length;
  }

  /** Number of warehouses. */
  public int warehouses() {
    return warehouses;
  }

  /** Number of stores. */
  public int stores() {
    return stores;
  }

  /** Pipeline length of store {@code store}. */
  public int storeSlots(int store) {
    return storeInventories[store].length / scenarios;
  }

  /** Pipeline length of warehouse {@code warehouse}. */
  public int warehouseSlots(int warehouse) {
    return warehouseLeadTimes[warehouse];
  }

  /** Store {@code store}'s pipeline, {@code [slot·K + scenario]}: the batch's own array. */
  public double[] storeInventories(int store) {
    return storeInventories[store];
  }

  /** Warehouse {@code warehouse}'s pipeline, {@code [slot·K + scenario]}: the batch's own array. */
  public double[] warehouseInventories(int warehouse) {
    return warehouseInventories[warehouse];
  }

  /** Per link and scenario, {@code [link·K + scenario]}, what the last period shipped. */
  public double[] shipped() {
    return shipped;
  }

  /** Empties every pipeline. */
  public void clear() {
    for (double[] inv : storeInventories) {
      Arrays.fill(inv, 0);
    }
    for (double[] inv : warehouseInventories) {
      Arrays.fill(inv, 0);
    }
    Arrays.fill(shipped, 0);
  }

  /**
   * Plays one period in every scenario.
   *
   * @param orders {@code [index·K + scenario]}: {@link #links()} store orders then one per
   *     warehouse, each {@code ≥ 0}
   * @param demands store demand, {@code [from + store·K + scenario]}
   * @param from offset of this period's demand
   * @return the period's costs, {@code [scenario]} (a buffer reused by the next call)
   */
  public double[] step(double[] orders, double[] demands, int from) {
    int links = linkStore.length;
    int k = scenarios;
    if (orders.length < (links + warehouses) * k || demands.length < from + stores * k) {
      throw new IllegalArgumentException(
          "need "
              + (links + warehouses) * k
              + " orders and "
              + stores * k
              + " demands from "
              + from
              + ", got "
              + orders.length
              + " and "
              + demands.length);
    }
    Arrays.fill(shippedTotal, 0);
    for (int l = 0; l < links; l++) {
      int w = linkWarehouse[l] * k;
      for (int s = 0; s < k; s++) {
        shippedTotal[w + s] += orders[l * k + s];
      }
    }
    for (int w = 0; w < warehouses; w++) {
      double[] inv = warehouseInventories[w];
      for (int s = 0; s < k; s++) {
        scale[w * k + s] = feasibility.scale(shippedTotal[w * k + s], inv[s]);
        shippedTotal[w * k + s] = 0;
      }
    }
    for (int l = 0; l < links; l++) {
      int w = linkWarehouse[l] * k;
      for (int s = 0; s < k; s++) {
        double q = orders[l * k + s] * scale[w + s];
        shipped[l * k + s] = q;
        shippedTotal[w + s] += q;
      }
    }
    Arrays.fill(periodCosts, 0);
    for (int i = 0; i < stores; i++) {
      double[] inv = storeInventories[i];
      double p = underageCosts[i];
      double h = holdingCosts[i];
      int d0 = from + i * k;
      int next = inv.length > k ? k : 0;
      for (int s = 0; s < k; s++) {
        double onHand = inv[s];
        double d = demands[d0 + s];
        periodCosts[s] += p * Math.max(d - onHand, 0) + h * Math.max(onHand - d, 0);
        double y = lostSales ? Math.max(onHand - d, 0) : onHand - d;
        inv[s] = next > 0 ? y + inv[next + s] : y;
      }
      shiftRest(inv);
    }
    for (int l = 0; l < links; l++) {
      double[] inv = storeInventories[linkStore[l]];
      int row = (linkLead[l] - 1) * k;
      for (int s = 0; s < k; s++) {
        inv[row + s] += shipped[l * k + s];
      }
    }
    for (int w = 0; w < warehouses; w++) {
      double[] inv = warehouseInventories[w];
      double h = warehouseHoldingCosts[w];
      double c = warehouseUnitCosts[w];
      int ordered = (links + w) * k;
      int next = inv.length > k ? k : 0;
      for (int s = 0; s < k; s++) {
        double y = inv[s] - shippedTotal[w * k + s];
        double q = orders[ordered + s];
        periodCosts[s] += h * Math.max(y, 0) + c * q;
        inv[s] = next > 0 ? y + inv[next + s] : y;
      }
      shiftRest(inv);
      int row = (warehouseLeadTimes[w] - 1) * k;
      for (int s = 0; s < k; s++) {
        inv[row + s] += orders[ordered + s];
      }
    }
    return periodCosts;
  }

  /** Rows 2 … onto 1 …, the last row emptied (row 0 is already the new on hand). */
  private void shiftRest(double[] inv) {
    int k = scenarios;
    int n = inv.length / k;
    if (n == 1) {
      return;
    }
    System.arraycopy(inv, 2 * k, inv, k, (n - 2) * k);
    Arrays.fill(inv, (n - 1) * k, n * k, 0);
  }
}

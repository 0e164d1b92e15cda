package dev.jymnasium.control.inventory;

import dev.jymnasium.control.inventory.SerialChain.UnmetDemand;
import java.util.Arrays;

/**
 * One scenario of {@code n} stores supplied by {@code W} warehouses over links, each warehouse
 * buying from an unlimited supplier: the networks of Alvo, Russo and Kanoria (2023) (public code:
 * MatiasAlvo/Neural_inventory_control) with one warehouse ({@code one_warehouse_lost_demand},
 * {@code transshipment_backlogged}) or several ({@code many_warehouses_lost_demand}).
 *
 * <p>A link {@code (store, warehouse)} has its own lead time. Orders are given per link (links
 * sorted by store, then warehouse), then per warehouse. One period:
 *
 * <ol>
 *   <li>each warehouse rations the orders on its links with {@link Feasibility#scale} against its
 *       on hand;
 *   <li>each store pays {@code p·(d − I[0])⁺ + h·(I[0] − d)⁺}; {@code y = I[0] − d}, clipped at 0
 *       when demand is lost; the pipeline shifts ({@code I'[0] = y + I[1]}, …, last slot 0) and
 *       each link's shipment is added at slot {@code L − 1};
 *   <li>each warehouse pays {@code h_w·(I[0] − shipped)⁺ + c_w·q_w} ({@code c_w} per unit it buys)
 *       and shifts the same way, its own order {@code q_w} added at slot {@code L_w − 1}.
 * </ol>
 *
 * Nothing is allocated per period.
 */
final class StoreNetwork {
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

  /**
   * The network's settings.
   *
   * @param storeLeadTimes {@code [store·W + warehouse]}: lead time of each link, 0 where the
   *     warehouse does not supply the store; every store needs one link
   * @param storeSlots pipeline length per store, at least its longest link's lead time
   * @param holdingCosts {@code h} per store
   * @param underageCosts {@code p} per store
   * @param warehouseLeadTimes {@code L_w} per warehouse, each {@code ≥ 1}
   * @param warehouseHoldingCosts {@code h_w} per warehouse
   * @param warehouseUnitCosts {@code c_w}: cost per unit a warehouse orders
   * @param unmetDemand lost or backlogged at the stores
   * @param feasibility how a warehouse ships orders beyond its on hand
   */
  record Settings(
      int[] storeLeadTimes,
      int[] storeSlots,
      double[] holdingCosts,
      double[] underageCosts,
      int[] warehouseLeadTimes,
      double[] warehouseHoldingCosts,
      double[] warehouseUnitCosts,
      UnmetDemand unmetDemand,
      Feasibility feasibility) {}

  StoreNetwork(Settings s) {
    this.stores = s.holdingCosts().length;
    this.warehouses = s.warehouseLeadTimes().length;
    if (s.underageCosts().length != stores
        || s.storeSlots().length != stores
        || s.storeLeadTimes().length != stores * warehouses
        || s.warehouseHoldingCosts().length != warehouses
        || s.warehouseUnitCosts().length != warehouses) {
      throw new IllegalArgumentException(
          "a network of "
              + stores
              + " stores and "
              + warehouses
              + " warehouses needs n values per store, W per warehouse and n x W lead times, got "
              + s);
    }
    int links = 0;
    for (int l : s.storeLeadTimes()) {
      links += l > 0 ? 1 : 0;
    }
    this.linkStore = new int[links];
    this.linkWarehouse = new int[links];
    this.linkLead = new int[links];
    int k = 0;
    for (int i = 0; i < stores; i++) {
      int longest = 0;
      for (int w = 0; w < warehouses; w++) {
        int lead = s.storeLeadTimes()[i * warehouses + w];
        if (lead < 0) {
          throw new IllegalArgumentException(
              "store " + i + " lead time from warehouse " + w + " must be >= 0, got " + lead);
        }
        if (lead > 0) {
          linkStore[k] = i;
          linkWarehouse[k] = w;
          linkLead[k] = lead;
          k++;
          longest = Math.max(longest, lead);
        }
      }
      if (longest == 0 || s.storeSlots()[i] < longest) {
        throw new IllegalArgumentException(
            "store "
                + i
                + " needs a link (lead time >= 1) and slots >= its longest lead time, got lead times "
                + Arrays.toString(
                    Arrays.copyOfRange(s.storeLeadTimes(), i * warehouses, (i + 1) * warehouses))
                + " and "
                + s.storeSlots()[i]
                + " slots");
      }
    }
    for (int w = 0; w < warehouses; w++) {
      if (s.warehouseLeadTimes()[w] < 1) {
        throw new IllegalArgumentException(
            "warehouse " + w + " lead time must be >= 1, got " + s.warehouseLeadTimes()[w]);
      }
    }
    this.holdingCosts = s.holdingCosts().clone();
    this.underageCosts = s.underageCosts().clone();
    this.warehouseLeadTimes = s.warehouseLeadTimes().clone();
    this.warehouseHoldingCosts = s.warehouseHoldingCosts().clone();
    this.warehouseUnitCosts = s.warehouseUnitCosts().clone();
    this.lostSales = s.unmetDemand() == UnmetDemand.LOST;
    this.feasibility = s.feasibility();
    this.storeInventories = new double[stores][];
    for (int i = 0; i < stores; i++) {
      storeInventories[i] = new double[s.storeSlots()[i]];
    }
    this.warehouseInventories = new double[warehouses][];
    for (int w = 0; w < warehouses; w++) {
      warehouseInventories[w] = new double[warehouseLeadTimes[w]];
    }
    this.shipped = new double[links];
    this.scale = new double[warehouses];
    this.shippedTotal = new double[warehouses];
  }

  int stores() {
    return stores;
  }

  int warehouses() {
    return warehouses;
  }

  /** Number of (store, warehouse) links: the store orders in an action. */
  int links() {
    return linkStore.length;
  }

  int[] linkStores() {
    return linkStore.clone();
  }

  int[] linkWarehouses() {
    return linkWarehouse.clone();
  }

  int[] linkLeadTimes() {
    return linkLead.clone();
  }

  double[] holdingCosts() {
    return holdingCosts.clone();
  }

  double[] underageCosts() {
    return underageCosts.clone();
  }

  double[] warehouseHoldingCosts() {
    return warehouseHoldingCosts.clone();
  }

  double[] warehouseUnitCosts() {
    return warehouseUnitCosts.clone();
  }

  int[] warehouseLeadTimes() {
    return warehouseLeadTimes.clone();
  }

  /** Store {@code i}'s pipeline (on hand first), the network's own array. */
  double[] storeInventory(int store) {
    return storeInventories[store];
  }

  /** Warehouse {@code w}'s pipeline (on hand first), the network's own array. */
  double[] warehouseInventory(int warehouse) {
    return warehouseInventories[warehouse];
  }

  /** Per link, what was shipped in the last period (after rationing); the network's own array. */
  double[] shipped() {
    return shipped;
  }

  /** Empties every warehouse and clears the last shipments (stores are set by the caller). */
  void clearWarehouses() {
    for (double[] inv : warehouseInventories) {
      Arrays.fill(inv, 0);
    }
    Arrays.fill(shipped, 0);
  }

  /**
   * Checks an action.
   *
   * @throws IllegalArgumentException naming the action unless it has {@code links() + W} finite
   *     values {@code ≥ 0}
   */
  void checkOrders(double[] orders) {
    if (orders.length != linkStore.length + warehouses) {
      throw new IllegalArgumentException(
          "need "
              + linkStore.length
              + " store orders (one per link) and "
              + warehouses
              + " warehouse orders, got "
              + orders.length
              + " values");
    }
    for (double q : orders) {
      if (!(q >= 0) || Double.isInfinite(q)) {
        throw new IllegalArgumentException(
            "orders must be finite and >= 0, got " + Arrays.toString(orders));
      }
    }
  }

  UnmetDemand unmetDemand() {
    return lostSales ? UnmetDemand.LOST : UnmetDemand.BACKLOGGED;
  }

  Feasibility feasibility() {
    return feasibility;
  }

  /**
   * Plays one period.
   *
   * @param orders {@code links()} store orders (by store, then warehouse), then one order per
   *     warehouse, each finite and {@code ≥ 0}
   * @param demand one demand per store
   * @return the period's cost summed over stores and warehouses
   */
  double step(double[] orders, double[] demand) {
    checkOrders(orders);
    int links = linkStore.length;
    Arrays.fill(shippedTotal, 0);
    for (int l = 0; l < links; l++) {
      shippedTotal[linkWarehouse[l]] += orders[l];
    }
    for (int w = 0; w < warehouses; w++) {
      scale[w] = feasibility.scale(shippedTotal[w], warehouseInventories[w][0]);
      shippedTotal[w] = 0;
    }
    for (int l = 0; l < links; l++) {
      int w = linkWarehouse[l];
      shipped[l] = orders[l] * scale[w];
      shippedTotal[w] += shipped[l];
    }
    double cost = 0;
    for (int i = 0; i < stores; i++) {
      double[] inv = storeInventories[i];
      double onHand = inv[0];
      double d = demand[i];
      cost +=
          underageCosts[i] * Math.max(d - onHand, 0) + holdingCosts[i] * Math.max(onHand - d, 0);
      double y = onHand - d;
      shift(inv, lostSales ? Math.max(y, 0) : y);
    }
    for (int l = 0; l < links; l++) {
      storeInventories[linkStore[l]][linkLead[l] - 1] += shipped[l];
    }
    for (int w = 0; w < warehouses; w++) {
      double[] inv = warehouseInventories[w];
      double y = inv[0] - shippedTotal[w];
      double q = orders[links + w];
      cost += warehouseHoldingCosts[w] * Math.max(y, 0) + warehouseUnitCosts[w] * q;
      shift(inv, y);
      inv[warehouseLeadTimes[w] - 1] += q;
    }
    return cost;
  }

  /** {@code I'[0] = y + I[1]}, {@code I'[j] = I[j+1]}, last slot 0 ({@code I'[0] = y} for one). */
  private static void shift(double[] inv, double y) {
    int k = inv.length;
    if (k == 1) {
      inv[0] = y;
      return;
    }
    inv[0] = y + inv[1];
    System.arraycopy(inv, 2, inv, 1, k - 2);
    inv[k - 1] = 0;
  }
}

package dev.jymnasium.benchmarks;

import dev.jymnasium.control.inventory.LostSalesRvi;
import java.util.Locale;

/**
 * Prints the sixteen lost-sales optima (Poisson(5), h = 1, L 1..4, p 4/9/19/39) computed by {@link
 * LostSalesRvi}, with the time each took, for docs/inventory.md. Run: {@code java -cp
 * benchmarks/target/benchmarks.jar dev.jymnasium.benchmarks.InventoryOptimaTable}.
 */
public final class InventoryOptimaTable {
  private InventoryOptimaTable() {}

  /** Prints one markdown row per lead time. */
  public static void main(String[] args) {
    double[] underageCosts = {4, 9, 19, 39};
    System.out.println("| L \\ p | 4 | 9 | 19 | 39 |");
    System.out.println("|---|---|---|---|---|");
    for (int leadTime = 1; leadTime <= 4; leadTime++) {
      StringBuilder row = new StringBuilder("| " + leadTime + " |");
      for (double p : underageCosts) {
        // The box: on hand up to 40, orders up to 12 (enlarging it changes no printed digit).
        long start = System.nanoTime();
        LostSalesRvi.Result r = new LostSalesRvi(leadTime, p, 1, 5, 40, 12).solve(1e-7, 100_000);
        double seconds = (System.nanoTime() - start) / 1e9;
        row.append(String.format(Locale.ROOT, " %.4f (%.1f s) |", r.averageCost(), seconds));
      }
      System.out.println(row);
    }
  }
}

package dev.jymnasium.control.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Zipkin's (2008) lost-sales optima (Poisson(5), h = 1), as published in "Old and new methods for
 * lost-sales inventory systems" and recomputed by relative value iteration with the period order of
 * the Neural_inventory_control simulator. L = 4 takes seconds per instance, so one of its four is
 * checked here; docs/inventory.md has all sixteen and the command that computes them.
 */
class LostSalesRviTest {
  @ParameterizedTest
  @CsvSource({
    "1, 4, 4.0407", "1, 9, 5.4382", "1, 19, 6.6757", "1, 39, 7.8359",
    "2, 4, 4.3953", "2, 9, 6.0936", "2, 19, 7.6644", "2, 39, 9.1064",
    "3, 4, 4.5987", "3, 9, 6.5314", "3, 19, 8.3625", "3, 39, 10.0385",
    "4, 4, 4.7285"
  })
  void reproducesZipkinsOptima(int leadTime, double underageCost, double published) {
    // Boxes checked large enough: enlarging them (on hand 60, orders 25) changes no digit.
    int maxOnHand = leadTime == 4 ? 30 : 40;
    int maxOrder = leadTime == 4 ? 10 : 15;
    LostSalesRvi rvi = new LostSalesRvi(leadTime, underageCost, 1, 5, maxOnHand, maxOrder);
    LostSalesRvi.Result r = rvi.solve(1e-6, 10_000);
    assertEquals(published, r.averageCost(), 1e-3);
    assertTrue(r.upperBound() - r.lowerBound() < 1e-6);
  }

  @Test
  void optimalOrdersFillUpAnEmptyStore() {
    LostSalesRvi rvi = new LostSalesRvi(1, 9, 1, 5, 30, 15);
    LostSalesRvi.Result r = rvi.solve(1e-8, 10_000);
    int empty = r.policy()[rvi.stateIndex(0, new int[0])];
    int full = r.policy()[rvi.stateIndex(30, new int[0])];
    assertTrue(empty > full, "orders fall as stock rises: " + empty + " vs " + full);
    assertEquals(0, full);
  }

  @Test
  void badSizesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new LostSalesRvi(0, 9, 1, 5, 30, 15));
    assertThrows(IllegalArgumentException.class, () -> new LostSalesRvi(2, 9, 1, 0, 30, 15));
    LostSalesRvi rvi = new LostSalesRvi(2, 9, 1, 5, 30, 15);
    assertThrows(IllegalArgumentException.class, () -> rvi.stateIndex(0, new int[2]));
  }
}

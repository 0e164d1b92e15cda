package dev.jymnasium.control.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Base-stock orders computed by hand. */
class BaseStockPolicyTest {
  @Test
  void ordersUpToTheLevel() {
    BaseStockPolicy p = new BaseStockPolicy(29);
    assertEquals(11.0, p.order(new double[] {3, 4, 5, 6})); // position 18
    assertEquals(0.0, p.order(new double[] {10, 10, 10, 10})); // position 40 > S: no order
    assertEquals(0.0, p.order(new double[] {29})); // exactly at the level
    assertEquals(19.0, p.order(new double[] {-5, 4, 5, 6})); // a backlog raises the order
    assertEquals(2.5, new BaseStockPolicy(12.5).order(new double[] {4.5, 5.5}));
  }

  @Test
  void actReadsTheObservationDict() {
    BaseStockPolicy p = new BaseStockPolicy(14);
    assertArrayEquals(
        new double[] {7},
        p.act(Map.of("store_inventories", new double[] {7}, "current_period", 0)));
    assertThrows(IllegalArgumentException.class, () -> p.act(Map.of()));
    assertThrows(IllegalArgumentException.class, () -> new BaseStockPolicy(Double.NaN));
  }
}

package dev.jymnasium.control.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** or-gym/InvManagement-v0/v1: one period by hand, capacity, backlogged requests, layout. */
class InvManagementEnvTest {
  private static final Map<String, Object> ONE_STAGE =
      Map.of(
          "i0", List.of(10),
          "r", List.of(1.0, 0.5),
          "k", List.of(0.2, 0.1),
          "h", List.of(0.3),
          "c", List.of(5),
          "l", List.of(1),
          "alpha", 1.0);

  @Test
  void onePeriodByHand() {
    try (Env<int[], int[]> env = Gym.make("or-gym/InvManagement-v0", ONE_STAGE)) {
      env.reset(0L, null);
      Step<int[]> s = env.step(new int[] {4});
      double d = (double) s.info().get("demand");
      double sales = Math.min(10, d);
      double left = 10 - sales;
      // retail 2/unit; the stage buys 4 at r0 = 1 and sells them to itself at the source's price
      // r0 (a wash); the source "produces" 4 at r1 = 0.5
      double expected = 2 * sales + 4 - (4 + 0.2 * (d - sales) + 0.3 * left) - 0.5 * 4;
      assertEquals(expected, s.reward(), 1e-9);
      assertArrayEquals(new int[] {(int) left, 4}, s.observation());
      Step<int[]> next = env.step(new int[] {0});
      double d1 = (double) next.info().get("demand");
      double wanted = d1 + (d - sales); // v0: unmet demand comes back
      assertEquals(Math.max(left + 4 - wanted, 0), next.observation()[0], 1e-9);
    }
  }

  @Test
  void capacityCapsShipmentsAndUnfilledRequestsAreBackloggedOnlyInV0() {
    try (Env<int[], int[]> v0 = Gym.make("or-gym/InvManagement-v0", ONE_STAGE);
        Env<int[], int[]> v1 = Gym.make("or-gym/InvManagement-v1", ONE_STAGE)) {
      v0.reset(0L, null);
      v1.reset(0L, null);
      Step<int[]> a = v0.step(new int[] {5});
      assertArrayEquals(new double[] {5}, (double[]) a.info().get("shipped"));
      // the action space caps at c = 5; a request of 5 plus nothing backlogged fits
      Step<int[]> b = v0.step(new int[] {5});
      assertArrayEquals(new double[] {5}, (double[]) b.info().get("shipped"));
      v1.step(new int[] {5});
      assertEquals(0.0, ((double[]) v1.step(new int[] {5}).info().get("unfilled"))[1]);
    }
  }

  @Test
  void defaultObservationLayout() {
    try (Env<int[], int[]> env = Gym.make("or-gym/InvManagement-v1")) {
      int[] obs = env.reset(0L, null).observation();
      assertEquals(33, obs.length); // 3 stages x (max lead time 10 + 1)
      assertArrayEquals(new int[] {100, 100, 200}, java.util.Arrays.copyOf(obs, 3));
      int[] after = env.step(new int[] {7, 8, 9}).observation();
      // the newest raw action is last
      assertArrayEquals(new int[] {7, 8, 9}, java.util.Arrays.copyOfRange(after, 30, 33));
    }
  }

  @Test
  void badLengthsAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Gym.make("or-gym/InvManagement-v0", Map.of("h", List.of(0.1))));
  }
}

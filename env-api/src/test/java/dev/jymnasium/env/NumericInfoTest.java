package dev.jymnasium.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class NumericInfoTest {
  @Test
  void keysKeepTheOrderTheyWereFirstSetIn() {
    NumericInfo info = new NumericInfo().set("x_position", 1.5).set("reward_ctrl", -0.25);
    info.clear();
    info.set("reward_ctrl", -0.5).set("x_position", 2.0).set("reward_survive", 1.0);
    assertEquals(
        List.of("x_position", "reward_ctrl", "reward_survive"), List.copyOf(info.keySet()));
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("x_position", 2.0);
    expected.put("reward_ctrl", -0.5);
    expected.put("reward_survive", 1.0);
    assertEquals(expected, info);
    assertEquals(expected.hashCode(), info.hashCode());
    assertEquals("{x_position=2.0, reward_ctrl=-0.5, reward_survive=1.0}", info.toString());
  }

  @Test
  void clearedKeysAreAbsentUntilSetAgain() {
    NumericInfo info = new NumericInfo().set("a", 1).set("b", 2);
    info.clear();
    info.set("b", 3);
    assertEquals(1, info.size());
    assertFalse(info.containsKey("a"));
    assertNull(info.get("a"));
    assertEquals(3.0, info.get("b"));
    assertEquals(3.0, info.getDouble("b"));
    assertEquals(Map.of("b", 3.0), new LinkedHashMap<>(info));
    NoSuchElementException e =
        assertThrows(NoSuchElementException.class, () -> info.getDouble("a"));
    assertEquals("no info key 'a'; keys are [b]", e.getMessage());
  }

  @Test
  void growsPastItsFirstCapacity() {
    NumericInfo info = new NumericInfo();
    for (int i = 0; i < 20; i++) {
      info.set("k" + i, i);
    }
    assertEquals(20, info.size());
    assertEquals(19.0, info.getDouble("k19"));
    assertEquals("k0", info.keySet().iterator().next());
  }

  @Test
  void onlyItsEnvWritesIt() {
    NumericInfo info = new NumericInfo().set("a", 1);
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> info.put("extra", 1.0));
    assertTrue(e.getMessage().contains("'extra'"), e.getMessage());
    assertThrows(UnsupportedOperationException.class, () -> info.remove("a"));
    assertThrows(IllegalArgumentException.class, () -> info.set(null, 1));
    assertEquals(Map.of("a", 1.0), info);
  }

  @Test
  void rewritingKnownKeysAllocatesNothing() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    NumericInfo info = new NumericInfo();
    double sum = 0;
    for (int round = 0; round < 3; round++) {
      long before = threads.getThreadAllocatedBytes(thread);
      for (int i = 0; i < 100_000; i++) {
        info.clear();
        info.set("x_velocity", i).set("reward_forward", 0.5 * i);
        sum += info.getDouble("reward_forward");
      }
      long bytes = threads.getThreadAllocatedBytes(thread) - before;
      if (round == 2) {
        // Under 8 bytes per step: a boxed value per step (16 bytes) fails; the few hundred bytes
        // the JVM allocates now and then on a running thread pass.
        assertTrue(bytes < 800_000, bytes + " bytes over 100,000 steps (sum " + sum + ")");
      }
    }
  }
}

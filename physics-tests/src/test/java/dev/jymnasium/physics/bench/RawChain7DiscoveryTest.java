package dev.jymnasium.physics.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.PhysicsEngine;
import org.junit.jupiter.api.Test;

/**
 * Each engine artifact brings its raw chain-7, so {@code jym bench-physics --raw} times every
 * engine.
 */
class RawChain7DiscoveryTest {

  @Test
  void everyEngineHasARawChainThatMatchesTheNeutralOne() {
    for (String engine : PhysicsEngine.names()) {
      BenchResult raw = PhysicsBench.runRawChain7(engine, PhysicsBench.DEFAULT_DT_SECONDS, 0, 10);
      BenchResult neutral =
          PhysicsBench.run(engine, "chain-7", PhysicsBench.DEFAULT_DT_SECONDS, 0, 10);
      assertEquals("chain-7-raw", raw.scene());
      assertEquals(engine, raw.engine());
      assertEquals(neutral.bodies(), raw.bodies(), engine + ": same bodies, ground included");
      assertTrue(raw.stepsPerSecond() > 0, engine + ": " + raw);
    }
  }
}

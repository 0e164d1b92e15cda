package dev.jymnasium.physics.ode4j.bench;

import dev.jymnasium.physics.bench.RawChain7;
import dev.jymnasium.physics.bench.RawChain7Factory;
import dev.jymnasium.physics.ode4j.Ode4jEngine;

/** Gives {@code jym bench-physics --raw} the chain-7 written directly against ODE4J. */
public final class Ode4jRawChain7Factory implements RawChain7Factory {

  @Override
  public String engine() {
    return Ode4jEngine.NAME;
  }

  @Override
  public RawChain7 create(double dtSeconds) {
    return new RawChain7Ode4j(dtSeconds);
  }
}

package dev.jymnasium.physics.jbullet.bench;

import dev.jymnasium.physics.bench.RawChain7;
import dev.jymnasium.physics.bench.RawChain7Factory;
import dev.jymnasium.physics.jbullet.JBulletEngine;

/** Gives {@code jym bench-physics --raw} the chain-7 written directly against JBullet. */
public final class JBulletRawChain7Factory implements RawChain7Factory {

  @Override
  public String engine() {
    return JBulletEngine.NAME;
  }

  @Override
  public RawChain7 create(double dtSeconds) {
    return new RawChain7JBullet(dtSeconds);
  }
}

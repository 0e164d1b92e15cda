package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Checks;

/**
 * A display colour with opacity, each channel in [0, 1].
 *
 * @param red red channel
 * @param green green channel
 * @param blue blue channel
 * @param alpha opacity (1 = opaque)
 */
public record Rgba(double red, double green, double blue, double alpha) {

  /** MuJoCo's default geom colour. */
  public static final Rgba DEFAULT = new Rgba(0.5, 0.5, 0.5, 1);

  public Rgba {
    for (double channel : new double[] {red, green, blue, alpha}) {
      Checks.nonNegative("colour channel", channel);
      if (channel > 1) {
        throw new IllegalArgumentException("colour channel must be <= 1, got " + channel);
      }
    }
  }
}

package dev.jymnasium.env.render;

/**
 * A directional light (like the sun) of a {@link Scene3D}.
 *
 * @param dirX direction the light travels, x (need not be unit length, not all zero)
 * @param dirY direction the light travels, y
 * @param dirZ direction the light travels, z
 * @param rgb light colour {@code 0xRRGGBB} (white is full strength)
 * @param ambient share of light that reaches every surface regardless of direction and shadow, in
 *     [0, 1]
 * @param castShadows whether solids cast shadows (through a shadow map)
 */
public record Light(
    double dirX, double dirY, double dirZ, int rgb, double ambient, boolean castShadows) {
  /** White light from above, slightly from the front-left, ambient 0.3, with shadows. */
  public static final Light DEFAULT = new Light(0.3, 0.4, -1.0, 0xFFFFFF, 0.3, true);

  public Light {
    if (dirX == 0 && dirY == 0 && dirZ == 0) {
      throw new IllegalArgumentException("light direction must not be zero");
    }
    if (!(ambient >= 0 && ambient <= 1)) {
      throw new IllegalArgumentException("ambient must be in [0, 1], got " + ambient);
    }
  }
}

package dev.jymnasium.env.render;

/**
 * A checkerboard texture for a {@link Primitive.Plane}: squares of the plane's colour alternate
 * with squares of {@code rgb2}, aligned with the plane's local x and y axes, with a corner at its
 * local origin.
 *
 * @param rgb2 colour of every other square, {@code 0xRRGGBB}
 * @param cellSize side of one square in world units, {@code > 0}
 */
public record Checker(int rgb2, double cellSize) {
  public Checker {
    if (!(cellSize > 0)) {
      throw new IllegalArgumentException("checker cellSize must be > 0, got " + cellSize);
    }
  }
}

package dev.jymnasium.env.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A 2D picture as Gymnasium's pygame renderers draw it: shapes in pixel coordinates with the origin
 * at the bottom-left and y pointing up (the backend flips to top-row-first), drawn in order over a
 * background colour.
 */
public final class Scene2D implements Scene {
  private final int width;
  private final int height;
  private final int background;
  private final List<Shape> shapes = new ArrayList<>();

  /**
   * @param width pixels, {@code > 0}
   * @param height pixels, {@code > 0}
   * @param backgroundRgb background colour as {@code 0xRRGGBB}
   */
  public Scene2D(int width, int height, int backgroundRgb) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "scene size must be positive, got " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
    this.background = backgroundRgb;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  /** Background colour {@code 0xRRGGBB}. */
  public int background() {
    return background;
  }

  /** The shapes in drawing order (unmodifiable view). */
  public List<Shape> shapes() {
    return Collections.unmodifiableList(shapes);
  }

  /** A filled polygon through {@code xy = [x0, y0, x1, y1, ...]}. */
  public Scene2D polygon(double[] xy, int rgb) {
    shapes.add(new Polygon(xy.clone(), rgb, true, 1));
    return this;
  }

  /** An open polyline through {@code xy}. */
  public Scene2D polyline(double[] xy, int rgb, double widthPx) {
    shapes.add(new Polygon(xy.clone(), rgb, false, widthPx));
    return this;
  }

  /** A straight line. */
  public Scene2D line(double x0, double y0, double x1, double y1, int rgb, double widthPx) {
    return polyline(new double[] {x0, y0, x1, y1}, rgb, widthPx);
  }

  /** A filled axis-aligned rectangle from (x0, y0) to (x1, y1). */
  public Scene2D rect(double x0, double y0, double x1, double y1, int rgb) {
    return polygon(new double[] {x0, y0, x1, y0, x1, y1, x0, y1}, rgb);
  }

  /** An axis-aligned rectangle outline. */
  public Scene2D rectOutline(double x0, double y0, double x1, double y1, int rgb, double widthPx) {
    shapes.add(
        new Polygon(new double[] {x0, y0, x1, y0, x1, y1, x0, y1, x0, y0}, rgb, false, widthPx));
    return this;
  }

  /** A filled circle. */
  public Scene2D circle(double cx, double cy, double radius, int rgb) {
    shapes.add(new Circle(cx, cy, radius, rgb));
    return this;
  }

  /** Text with its baseline starting at (x, y); {@code sizePx} is the font height. */
  public Scene2D text(String text, double x, double y, double sizePx, int rgb) {
    shapes.add(new Text(text, x, y, sizePx, rgb));
    return this;
  }

  /** A drawable element of a {@link Scene2D}. */
  public sealed interface Shape permits Polygon, Circle, Text {}

  /** A filled polygon, or an open polyline of the given width when {@code filled} is false. */
  public record Polygon(double[] xy, int rgb, boolean filled, double widthPx) implements Shape {}

  /** A filled circle. */
  public record Circle(double cx, double cy, double radius, int rgb) implements Shape {}

  /** A line of text. */
  public record Text(String text, double x, double y, double sizePx, int rgb) implements Shape {}
}

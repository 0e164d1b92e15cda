package dev.jymnasium.env.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A 3D picture: solid primitives with poses and colours, seen through a {@link Camera3D} and lit by
 * one directional {@link Light} with shadows, over a background colour. Built fresh for every frame
 * (or updated) by an env and drawn by the render backend; the world's up axis is whatever the
 * camera's {@code up} says (+z by the factories' convention).
 */
public final class Scene3D implements Scene {
  private final int width;
  private final int height;
  private final List<Primitive> primitives = new ArrayList<>();
  private int background = 0x99B3CC;
  private Camera3D camera = Camera3D.lookAt(3, -3, 2, 0, 0, 0.5);
  private Light light = Light.DEFAULT;

  /**
   * @param width pixels, {@code > 0}
   * @param height pixels, {@code > 0}
   */
  public Scene3D(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "scene size must be positive, got " + width + "x" + height);
    }
    this.width = width;
    this.height = height;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  /** Background (sky) colour {@code 0xRRGGBB}; light blue-grey by default. */
  public int background() {
    return background;
  }

  /** Sets the background colour {@code 0xRRGGBB}. */
  public Scene3D background(int rgb) {
    this.background = rgb;
    return this;
  }

  /** The camera. */
  public Camera3D camera() {
    return camera;
  }

  /** Sets the camera. */
  public Scene3D camera(Camera3D newCamera) {
    if (newCamera == null) {
      throw new IllegalArgumentException("camera must not be null");
    }
    this.camera = newCamera;
    return this;
  }

  /** The light. */
  public Light light() {
    return light;
  }

  /** Sets the light. */
  public Scene3D light(Light newLight) {
    if (newLight == null) {
      throw new IllegalArgumentException("light must not be null");
    }
    this.light = newLight;
    return this;
  }

  /** The primitives in insertion order (unmodifiable view). */
  public List<Primitive> primitives() {
    return Collections.unmodifiableList(primitives);
  }

  /** Adds a primitive. */
  public Scene3D add(Primitive primitive) {
    if (primitive == null) {
      throw new IllegalArgumentException("primitive must not be null");
    }
    primitives.add(primitive);
    return this;
  }

  /** Removes all primitives (camera, light and background stay). */
  public Scene3D clear() {
    primitives.clear();
    return this;
  }

  /** Adds a box with the given half extents. */
  public Scene3D box(Pose pose, double halfX, double halfY, double halfZ, int rgb) {
    return add(new Primitive.Box(pose, halfX, halfY, halfZ, rgb));
  }

  /** Adds a sphere. */
  public Scene3D sphere(Pose pose, double radius, int rgb) {
    return add(new Primitive.Sphere(pose, radius, rgb));
  }

  /** Adds a capsule along the pose's local z. */
  public Scene3D capsule(Pose pose, double radius, double halfLength, int rgb) {
    return add(new Primitive.Capsule(pose, radius, halfLength, rgb));
  }

  /** Adds a cylinder along the pose's local z. */
  public Scene3D cylinder(Pose pose, double radius, double halfLength, int rgb) {
    return add(new Primitive.Cylinder(pose, radius, halfLength, rgb));
  }

  /** Adds a plane in the pose's local xy plane; {@code checker} may be null. */
  public Scene3D plane(Pose pose, double halfX, double halfY, int rgb, Checker checker) {
    return add(new Primitive.Plane(pose, halfX, halfY, rgb, checker));
  }

  /**
   * Adds a checkered ground: a horizontal plane at height {@code z} (z up), {@code halfSize} to
   * each side of the origin, with squares of {@code cellSize}, in two shades of dark blue-grey.
   */
  public Scene3D checkerGround(double z, double halfSize, double cellSize) {
    return plane(Pose.at(0, 0, z), halfSize, halfSize, 0x33475C, new Checker(0x1A2633, cellSize));
  }

  /** Adds a triangle mesh (see {@link Primitive.Mesh} for the layout). */
  public Scene3D mesh(Pose pose, float[] vertices, int[] indices, int rgb) {
    return add(new Primitive.Mesh(pose, vertices, indices, rgb));
  }
}

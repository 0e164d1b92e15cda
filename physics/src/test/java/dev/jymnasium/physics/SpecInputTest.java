package dev.jymnasium.physics;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.joml.Quaterniond;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/** Clear exceptions for bad shapes, masses and poses, checked before any engine is involved. */
class SpecInputTest {

  @Test
  void badSizesMassesAndPosesNameTheValue() {
    IllegalArgumentException size =
        assertThrows(IllegalArgumentException.class, () -> new Shape.Box(1, -2, 1));
    assertTrue(size.getMessage().contains("-2.0"), size.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Shape.Sphere(0));
    IllegalArgumentException mass =
        assertThrows(
            IllegalArgumentException.class,
            () -> BodySpec.dynamic("b", new Shape.Sphere(1)).massKg(0));
    assertTrue(mass.getMessage().contains("massKg"), mass.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> BodySpec.dynamic("b", new Shape.Sphere(1)).build());
    assertThrows(IllegalArgumentException.class, () -> Pose.at(0, Double.NaN, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Pose(new Vector3d(), new Quaterniond(Double.NaN, 0, 0, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> BodySpec.dynamic("p", Shape.Plane.ground()).massKg(1).build());
  }
}

package dev.jymnasium.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.joml.Matrix4f;
import org.joml.Vector3f;
import org.junit.jupiter.api.Test;

/** Where {@link ShadowPatches} and {@link ShadowReceivers} ask for shadow map lookups. */
class ShadowCullingTest {
  private static final Vector3f DOWN = new Vector3f(0, 0, -1);
  private static final Vector3f SLANTED = new Vector3f(1, 0, -1).normalize();

  /** The ground: a 20 x 20 plane at z = 0. */
  private static DrawItem ground() {
    DrawItem it = new DrawItem();
    it.plane = true;
    it.model.scaling(10, 10, 1);
    return it;
  }

  /** A built-in primitive's item: a cube of half size {@code half} around (x, y, z). */
  private static DrawItem cube(int owner, float x, float y, float z, float half) {
    DrawItem it = new DrawItem();
    it.convex = true;
    it.owner = owner;
    it.model.translation(x, y, z).scale(half);
    it.boundRadius = half * (float) Math.sqrt(3);
    return it;
  }

  /** Whether point (x, y) of the ground lies in a patch triangle. */
  private static boolean covered(ShadowPatches patches, float x, float y) {
    float u = x / 10;
    float v = y / 10;
    float[] p = patches.xy();
    for (int t = 0; t < patches.vertices(); t += 3) {
      float d0 = edge(p, t, t + 1, u, v);
      float d1 = edge(p, t + 1, t + 2, u, v);
      float d2 = edge(p, t + 2, t, u, v);
      if (d0 >= 0 && d1 >= 0 && d2 >= 0 || d0 <= 0 && d1 <= 0 && d2 <= 0) {
        return true;
      }
    }
    return false;
  }

  private static float edge(float[] p, int a, int b, float u, float v) {
    return (p[2 * b] - p[2 * a]) * (v - p[2 * a + 1])
        - (p[2 * b + 1] - p[2 * a + 1]) * (u - p[2 * a]);
  }

  @Test
  void patchesCoverTheShadowAndLittleElse() {
    DrawItem ground = ground();
    ShadowPatches patches = new ShadowPatches();
    patches.build(ground, List.of(ground, cube(1, 2, 3, 1, 0.5f)), DOWN, 0.05f);
    assertTrue(covered(patches, 2, 3));
    assertTrue(covered(patches, 2.52f, 3.52f), "the filter margin");
    assertFalse(covered(patches, 2.6f, 3));
    assertFalse(covered(patches, -2, -3));
  }

  @Test
  void patchesFollowTheLight() {
    DrawItem ground = ground();
    ShadowPatches patches = new ShadowPatches();
    // Light travelling along +x at 45 degrees: a cube 3 up shadows the ground 3 further in x.
    patches.build(ground, List.of(cube(0, 0, 0, 3, 0.5f), ground), SLANTED, 0.05f);
    assertTrue(covered(patches, 3, 0));
    assertTrue(covered(patches, 2.6f, 0.4f));
    assertFalse(covered(patches, -0.7f, 0));
    assertFalse(covered(patches, 3, 0.7f));
  }

  @Test
  void patchesStayOnThePlane() {
    DrawItem ground = ground();
    ShadowPatches patches = new ShadowPatches();
    patches.build(ground, List.of(cube(0, 9.8f, 0, 1, 0.5f)), DOWN, 0.05f);
    float[] p = patches.xy();
    for (int i = 0; i < 2 * patches.vertices(); i++) {
      assertTrue(Math.abs(p[i]) <= 1 + 1e-6f, "inside the unit square: " + p[i]);
    }
    assertTrue(covered(patches, 9.9f, 0));
  }

  @Test
  void onlySolidsUnderOthersNeedLookups() {
    DrawItem ground = ground();
    DrawItem low = cube(1, 0, 0, 0.5f, 0.5f);
    DrawItem high = cube(2, 0.2f, 0, 3, 0.5f);
    DrawItem aside = cube(3, 5, 0, 0.5f, 0.5f);
    DrawItem lowCap = cube(1, 0, 0, 1.2f, 0.3f); // the same primitive as low
    Matrix4f lightView = new Matrix4f().lookAt(0, 0, 10, 0, 0, 0, 0, 1, 0);
    new ShadowReceivers().mark(List.of(ground, low, high, aside, lowCap), lightView, 0.05f);
    assertTrue(low.shadowed);
    assertTrue(lowCap.shadowed, "under high");
    assertFalse(high.shadowed);
    assertFalse(aside.shadowed);
  }

  @Test
  void meshesMayShadowThemselves() {
    DrawItem mesh = cube(0, 0, 0, 1, 0.5f);
    mesh.convex = false;
    new ShadowReceivers().mark(List.of(mesh), new Matrix4f(), 0.05f);
    assertTrue(mesh.shadowed);
  }
}

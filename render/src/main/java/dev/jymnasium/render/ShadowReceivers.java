package dev.jymnasium.render;

import java.util.List;
import org.joml.Matrix4fc;
import org.joml.Vector3f;

/**
 * Decides which solids need shadow map lookups, which are the most expensive part of shading on a
 * software renderer. A convex primitive never shadows itself where it faces the light (and where it
 * faces away it is unlit anyway), so it needs lookups only where the bounding sphere of another
 * primitive, seen from the light, overlaps its own and reaches nearer to the light. Items that are
 * not convex always need them.
 */
final class ShadowReceivers {
  private final Vector3f centre = new Vector3f();

  /** Light-view x, y, z and bounding radius of each item. */
  private float[] spheres = new float[64 * 4];

  /**
   * Sets {@link DrawItem#shadowed} for every solid of {@code items}.
   *
   * @param lightView world to light-view transform (a rigid motion looking along the light)
   * @param margin extra distance, world units, covering the shadow map's filtering
   */
  void mark(List<DrawItem> items, Matrix4fc lightView, float margin) {
    int n = items.size();
    if (spheres.length < 4 * n) {
      spheres = new float[4 * Math.max(n, spheres.length / 2)];
    }
    for (int i = 0; i < n; i++) {
      DrawItem it = items.get(i);
      it.model.getTranslation(centre).mulPosition(lightView);
      spheres[4 * i] = centre.x;
      spheres[4 * i + 1] = centre.y;
      spheres[4 * i + 2] = centre.z;
      spheres[4 * i + 3] = it.boundRadius;
    }
    for (int j = 0; j < n; j++) {
      DrawItem receiver = items.get(j);
      if (!receiver.plane) {
        receiver.shadowed = !receiver.convex || shadedByOther(items, j, margin);
      }
    }
  }

  private boolean shadedByOther(List<DrawItem> items, int j, float margin) {
    float x = spheres[4 * j];
    float y = spheres[4 * j + 1];
    float far = spheres[4 * j + 2] - spheres[4 * j + 3];
    int owner = items.get(j).owner;
    for (int i = 0; i < items.size(); i++) {
      DrawItem caster = items.get(i);
      if (caster.plane || caster.opacity < 1 || caster.owner == owner) {
        continue;
      }
      float r = spheres[4 * i + 3];
      float reach = r + spheres[4 * j + 3] + margin;
      float dx = spheres[4 * i] - x;
      float dy = spheres[4 * i + 1] - y;
      // The light looks along -z: larger z is nearer to the light.
      if (dx * dx + dy * dy < reach * reach && spheres[4 * i + 2] + r > far) {
        return true;
      }
    }
    return false;
  }
}

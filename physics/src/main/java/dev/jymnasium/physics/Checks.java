package dev.jymnasium.physics;

import org.joml.Quaterniondc;
import org.joml.Vector3dc;

/** Argument checks shared by the physics API; each failure names the bad value. */
public final class Checks {

  private Checks() {}

  /** Requires a finite value > 0. */
  public static double positive(String name, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
    }
    return value;
  }

  /** Requires a finite value >= 0. */
  public static double nonNegative(String name, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
    }
    return value;
  }

  /** Requires a finite value. */
  public static double finite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, got " + value);
    }
    return value;
  }

  /** Requires a non-null vector with finite components. */
  public static Vector3dc finite(String name, Vector3dc v) {
    if (v == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (!v.isFinite()) {
      throw new IllegalArgumentException(name + " must be finite, got " + v);
    }
    return v;
  }

  /** Requires a non-null vector with finite components and length > 1e-12. */
  public static Vector3dc direction(String name, Vector3dc v) {
    finite(name, v);
    if (v.length() < 1e-12) {
      throw new IllegalArgumentException(name + " must have non-zero length, got " + v);
    }
    return v;
  }

  /** Requires a non-null quaternion with finite components and non-zero norm. */
  public static Quaterniondc finite(String name, Quaterniondc q) {
    if (q == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (!q.isFinite() || q.lengthSquared() < 1e-24) {
      throw new IllegalArgumentException(name + " must be a finite non-zero quaternion, got " + q);
    }
    return q;
  }

  /**
   * {@link #finite(String, double)} naming the value "{@code quantity kind 'name'}" (e.g. "effort
   * of", "joint", "hip"): the name is built only on failure, so calls made every step allocate
   * nothing.
   */
  public static double finite(String quantity, String kind, String name, double value) {
    if (!Double.isFinite(value)) {
      finite(label(quantity, kind, name), value);
    }
    return value;
  }

  /**
   * {@link #nonNegative(String, double)}, naming the value as {@link #finite(String, String,
   * String, double)} does.
   */
  public static double nonNegative(String quantity, String kind, String name, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      nonNegative(label(quantity, kind, name), value);
    }
    return value;
  }

  /**
   * {@link #finite(String, Vector3dc)}, naming the value as {@link #finite(String, String, String,
   * double)} does.
   */
  public static Vector3dc finite(String quantity, String kind, String name, Vector3dc v) {
    if (v == null || !v.isFinite()) {
      finite(label(quantity, kind, name), v);
    }
    return v;
  }

  /**
   * {@link #finite(String, Quaterniondc)}, naming the value as {@link #finite(String, String,
   * String, double)} does.
   */
  public static Quaterniondc finite(String quantity, String kind, String name, Quaterniondc q) {
    if (q == null || !q.isFinite() || q.lengthSquared() < 1e-24) {
      finite(label(quantity, kind, name), q);
    }
    return q;
  }

  private static String label(String quantity, String kind, String name) {
    return quantity + " " + kind + " '" + name + "'";
  }

  /**
   * Requires ball-joint limits (rad) as MuJoCo writes them: none (−∞, +∞), or lower 0 and an upper
   * bound on the total rotation angle in (0, π].
   */
  public static void ballLimits(String jointName, double lower, double upper) {
    if (lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY) {
      return;
    }
    if (lower != 0) {
      throw new IllegalArgumentException(
          "ball joint '"
              + jointName
              + "': the lower limit must be 0 (the limit"
              + " bounds the total rotation angle), got "
              + lower);
    }
    if (!(upper > 0 && upper <= Math.PI)) {
      throw new IllegalArgumentException(
          "ball joint '"
              + jointName
              + "': the maximum rotation angle must lie in"
              + " (0, π] rad, got "
              + upper);
    }
  }

  /** Requires a collision bit mask in [0, 0xFFFF]. */
  public static int mask16(String name, int bits) {
    if (bits < 0 || bits > 0xFFFF) {
      throw new IllegalArgumentException(name + " must be in [0, 0xFFFF], got " + bits);
    }
    return bits;
  }
}

package dev.jymnasium.physics;

import org.joml.Vector3d;

/**
 * Everything needed to create a body. Build one with {@link #dynamic(String, Shape)} or {@link
 * #fixed(String, Shape)} and the {@link Builder}.
 *
 * @param name label for messages and look-ups (not required unique)
 * @param shape collision geometry in the body frame
 * @param pose initial pose of the body frame (= centre of mass)
 * @param massProperties mass and inertia; null for a static body
 * @param friction Coulomb friction coefficient, >= 0; a contact uses the product of both bodies'
 *     values
 * @param restitution bounciness in [0, 1]; a contact uses the product of both bodies' values
 * @param linearDampingPerS velocity decay rate c in dv/dt = −c·v (1/s, >= 0)
 * @param angularDampingPerS angular velocity decay rate (1/s, >= 0)
 * @param collisionGroup bits naming this body's groups, in [0, 0xFFFF]
 * @param collisionMask bits of the groups it collides with; two bodies collide when each one's
 *     group meets the other's mask
 * @param exclusionGroup 0, or an id shared by bodies that never collide with each other
 *     (self-collision off)
 */
public record BodySpec(
    String name,
    Shape shape,
    Pose pose,
    MassProperties massProperties,
    double friction,
    double restitution,
    double linearDampingPerS,
    double angularDampingPerS,
    int collisionGroup,
    int collisionMask,
    int exclusionGroup) {

  public BodySpec {
    if (shape == null) {
      throw new IllegalArgumentException("body '" + name + "' needs a shape");
    }
    if (pose == null) {
      throw new IllegalArgumentException("body '" + name + "' needs a pose");
    }
    if (massProperties != null && shape.staticOnly()) {
      throw new IllegalArgumentException(
          "body '"
              + name
              + "': "
              + shape.getClass().getSimpleName()
              + " shapes are for static bodies only");
    }
    Checks.nonNegative("friction of '" + name + "'", friction);
    Checks.nonNegative("restitution of '" + name + "'", restitution);
    if (restitution > 1) {
      throw new IllegalArgumentException(
          "restitution of '" + name + "' must be <= 1, got " + restitution);
    }
    Checks.nonNegative("linearDampingPerS of '" + name + "'", linearDampingPerS);
    Checks.nonNegative("angularDampingPerS of '" + name + "'", angularDampingPerS);
    Checks.mask16("collisionGroup", collisionGroup);
    Checks.mask16("collisionMask", collisionMask);
    if (exclusionGroup < 0) {
      throw new IllegalArgumentException("exclusionGroup must be >= 0, got " + exclusionGroup);
    }
  }

  /** True when the body never moves (no mass). */
  public boolean isStatic() {
    return massProperties == null;
  }

  /** Starts a movable body; set its mass or density before {@link Builder#build()}. */
  public static Builder dynamic(String name, Shape shape) {
    return new Builder(name, shape, false);
  }

  /** Starts a static (immovable) body. */
  public static Builder fixed(String name, Shape shape) {
    return new Builder(name, shape, true);
  }

  /**
   * Step-by-step construction of a {@link BodySpec}; defaults: identity pose, friction 1,
   * restitution 0, no damping, group 1, mask all.
   */
  public static final class Builder {
    private final String name;
    private final Shape shape;
    private final boolean isStatic;
    private Pose pose = Pose.IDENTITY;
    private MassProperties massProperties;
    private double friction = 1.0;
    private double restitution;
    private double linearDampingPerS;
    private double angularDampingPerS;
    private int collisionGroup = 1;
    private int collisionMask = 0xFFFF;
    private int exclusionGroup;

    private Builder(String name, Shape shape, boolean isStatic) {
      this.name = name == null ? "" : name;
      this.shape = shape;
      this.isStatic = isStatic;
    }

    /** Initial pose. */
    public Builder pose(Pose value) {
      this.pose = value;
      return this;
    }

    /** Initial position (m) without rotation. */
    public Builder position(double xM, double yM, double zM) {
      this.pose = Pose.at(xM, yM, zM);
      return this;
    }

    /** Mass (kg) with the inertia of a uniform solid of this shape. */
    public Builder massKg(double massKg) {
      Checks.positive("massKg of '" + name + "'", massKg);
      MassProperties unit = MassProperties.fromDensity(shape, 1.0);
      double scale = massKg / unit.massKg();
      this.massProperties = new MassProperties(massKg, new Vector3d(unit.inertiaKgM2()).mul(scale));
      return this;
    }

    /** Mass (kg) and principal inertia (kg·m²) given explicitly. */
    public Builder mass(double massKg, double ixx, double iyy, double izz) {
      this.massProperties = new MassProperties(massKg, new Vector3d(ixx, iyy, izz));
      return this;
    }

    /** Mass and inertia from a uniform density (kg/m³). */
    public Builder densityKgPerM3(double density) {
      this.massProperties = MassProperties.fromDensity(shape, density);
      return this;
    }

    /** Coulomb friction coefficient (>= 0). */
    public Builder friction(double value) {
      this.friction = value;
      return this;
    }

    /** Restitution in [0, 1]. */
    public Builder restitution(double value) {
      this.restitution = value;
      return this;
    }

    /** Linear and angular damping rates (1/s). */
    public Builder damping(double linearPerS, double angularPerS) {
      this.linearDampingPerS = linearPerS;
      this.angularDampingPerS = angularPerS;
      return this;
    }

    /** Collision group and mask bits (each in [0, 0xFFFF]). */
    public Builder collision(int group, int mask) {
      this.collisionGroup = group;
      this.collisionMask = mask;
      return this;
    }

    /** Bodies sharing this non-zero id never collide with each other. */
    public Builder exclusionGroup(int id) {
      this.exclusionGroup = id;
      return this;
    }

    /** The finished spec. */
    public BodySpec build() {
      if (!isStatic && massProperties == null) {
        throw new IllegalArgumentException(
            "dynamic body '" + name + "' needs massKg, mass(...) or densityKgPerM3");
      }
      return new BodySpec(
          name,
          shape,
          pose,
          isStatic ? null : massProperties,
          friction,
          restitution,
          linearDampingPerS,
          angularDampingPerS,
          collisionGroup,
          collisionMask,
          exclusionGroup);
    }
  }
}

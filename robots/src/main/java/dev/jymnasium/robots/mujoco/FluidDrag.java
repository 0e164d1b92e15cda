package dev.jymnasium.robots.mujoco;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.MassProperties;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.model.ArticulatedModel;
import dev.jymnasium.physics.model.GeomSpec;
import dev.jymnasium.physics.model.LinkSpec;
import java.util.ArrayList;
import java.util.List;
import org.joml.Quaterniond;
import org.joml.Vector3d;

/**
 * MuJoCo's inertia-box fluid model, applied by hand before every physics step. Each moving link
 * with one massive geom is replaced by the box with the same mass and principal inertia (edges
 * {@code b_x = sqrt(6·(I_y + I_z − I_x)/m)}, cyclic), in the geom frame; with the link's local
 * linear velocity v and angular velocity ω at its centre of mass:
 *
 * <ul>
 *   <li>viscous: force {@code −3π·d·β·v}, torque {@code −π·d³·β·ω}, {@code d = mean edge};
 *   <li>quadratic: force {@code F_x = −½·ρ·b_y·b_z·|v_x|·v_x}, torque {@code τ_x = −ρ·b_x·(b_y⁴ +
 *       b_z⁴)·|ω_x|·ω_x / 64} (cyclic).
 * </ul>
 *
 * Allocation-free per step.
 */
final class FluidDrag {
  private final ArticulatedModel model;
  private final double density;
  private final double viscosity;
  private final int[] links;
  private final Body[] bodies;
  private final double[][] box;
  private final Vector3d com = new Vector3d();
  private final Quaterniond frame = new Quaterniond();
  private final Vector3d v = new Vector3d();
  private final Vector3d w = new Vector3d();
  private final Vector3d force = new Vector3d();
  private final Vector3d torque = new Vector3d();

  /**
   * @param densityKgPerM3 medium density ρ
   * @param viscosityPas medium viscosity β
   */
  FluidDrag(
      ArticulatedModel model, PhysicsWorld world, double densityKgPerM3, double viscosityPas) {
    this.model = model;
    this.density = densityKgPerM3;
    this.viscosity = viscosityPas;
    List<Integer> found = new ArrayList<>();
    List<double[]> boxes = new ArrayList<>();
    for (int link = 0; link < model.linkCount(); link++) {
      LinkSpec spec = model.link(link);
      if (spec.isStatic() || spec.geoms().isEmpty()) {
        continue;
      }
      if (spec.geoms().size() != 1 || spec.inertial() != null) {
        throw new IllegalArgumentException(
            "fluid drag needs one massive geom per link; link '"
                + spec.name()
                + "' has "
                + spec.geoms().size()
                + (spec.inertial() != null ? " and an explicit inertial" : ""));
      }
      GeomSpec geom = spec.geoms().get(0);
      MassProperties mp = MassProperties.fromDensity(geom.shape(), geom.densityKgPerM3());
      double m = mp.massKg();
      Vector3d i = new Vector3d(mp.inertiaKgM2());
      boxes.add(
          new double[] {
            Math.sqrt(Math.max(0, 6 * (i.y + i.z - i.x) / m)),
            Math.sqrt(Math.max(0, 6 * (i.z + i.x - i.y) / m)),
            Math.sqrt(Math.max(0, 6 * (i.x + i.y - i.z) / m))
          });
      found.add(link);
    }
    links = found.stream().mapToInt(Integer::intValue).toArray();
    box = boxes.toArray(new double[0][]);
    bodies = new Body[links.length];
    for (int k = 0; k < links.length; k++) {
      bodies[k] = LinkBodies.bodyOf(world, model.link(links[k]).name());
    }
  }

  /** Adds the drag of the current velocities as forces for the next physics step. */
  void apply() {
    for (int k = 0; k < links.length; k++) {
      model.geomPose(links[k], 0, com, frame);
      Body body = bodies[k];
      frame.transformInverse(body.linearVelocity(v));
      frame.transformInverse(body.angularVelocity(w));
      double[] b = box[k];
      force.zero();
      torque.zero();
      if (viscosity > 0) {
        double d = (b[0] + b[1] + b[2]) / 3;
        force.fma(-3 * Math.PI * d * viscosity, v);
        torque.fma(-Math.PI * d * d * d * viscosity, w);
      }
      if (density > 0) {
        force.x -= 0.5 * density * b[1] * b[2] * Math.abs(v.x) * v.x;
        force.y -= 0.5 * density * b[2] * b[0] * Math.abs(v.y) * v.y;
        force.z -= 0.5 * density * b[0] * b[1] * Math.abs(v.z) * v.z;
        torque.x -= density * b[0] * (pow4(b[1]) + pow4(b[2])) * Math.abs(w.x) * w.x / 64;
        torque.y -= density * b[1] * (pow4(b[2]) + pow4(b[0])) * Math.abs(w.y) * w.y / 64;
        torque.z -= density * b[2] * (pow4(b[0]) + pow4(b[1])) * Math.abs(w.z) * w.z / 64;
      }
      body.applyForce(frame.transform(force));
      body.applyTorque(frame.transform(torque));
    }
  }

  private static double pow4(double x) {
    double x2 = x * x;
    return x2 * x2;
  }
}

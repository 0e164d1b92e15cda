package dev.jymnasium.robots.mujoco;

import dev.jymnasium.physics.Body;
import dev.jymnasium.physics.Contact;
import dev.jymnasium.physics.PhysicsWorld;
import dev.jymnasium.physics.model.ArticulatedModel;
import java.util.Arrays;
import org.joml.Vector3d;

/**
 * MuJoCo's {@code cfrc_ext} from the engine's contacts: for each moving link, the external contact
 * wrench {@code [torque xyz, force xyz]} (N·m, N) in the com-based frame (world axes, torque about
 * the whole model's centre of mass), summed over the engine's contacts along their normals. With
 * ODE's own and JBullet's contacts friction forces are missing; with {@link
 * dev.jymnasium.physics.PyramidContacts} each contact is four edge rows whose forces together
 * include the friction. Allocation-free.
 */
final class ContactWrenches {
  private final ArticulatedModel model;
  private final PhysicsWorld world;
  private final Body[] bodies;

  /** Row in the output of each link, or −1 for static links. */
  private final int[] rowOfLink;

  private final int rows;
  private final Contact contact = new Contact();
  private final Vector3d com = new Vector3d();
  private final Vector3d p = new Vector3d();
  private final Vector3d f = new Vector3d();
  private final Vector3d arm = new Vector3d();
  private final Vector3d torque = new Vector3d();

  ContactWrenches(ArticulatedModel model, PhysicsWorld world) {
    this.model = model;
    this.world = world;
    this.bodies = world.bodies().stream().filter(b -> !b.isStatic()).toArray(Body[]::new);
    this.rowOfLink = new int[model.linkCount()];
    int row = 0;
    for (int link = 0; link < model.linkCount(); link++) {
      rowOfLink[link] = model.link(link).isStatic() ? -1 : row++;
    }
    this.rows = row;
  }

  /** Number of moving links (rows of 6). */
  int rows() {
    return rows;
  }

  /** Fills {@code dest} (6 per moving link, model order) from the contacts of the last sub-step. */
  void compute(double[] dest) {
    Arrays.fill(dest, 0, 6 * rows, 0);
    double mass = 0;
    com.zero();
    for (Body b : bodies) {
      com.fma(b.massKg(), b.position(p));
      mass += b.massKg();
    }
    com.div(mass);
    for (int c = 0, n = world.contactCount(); c < n; c++) {
      world.contact(c, contact);
      f.set(contact.normal).mul(contact.normalForceN);
      contact.positionM.sub(com, arm).cross(f, torque);
      add(dest, model.contactLink(contact.bodyA, contact.partA), 1);
      add(dest, model.contactLink(contact.bodyB, contact.partB), -1);
    }
  }

  private void add(double[] dest, int link, double sign) {
    if (link < 0 || rowOfLink[link] < 0) {
      return;
    }
    int at = 6 * rowOfLink[link];
    dest[at] += sign * torque.x;
    dest[at + 1] += sign * torque.y;
    dest[at + 2] += sign * torque.z;
    dest[at + 3] += sign * f.x;
    dest[at + 4] += sign * f.y;
    dest[at + 5] += sign * f.z;
  }
}

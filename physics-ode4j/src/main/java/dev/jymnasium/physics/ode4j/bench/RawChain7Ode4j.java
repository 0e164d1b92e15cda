package dev.jymnasium.physics.ode4j.bench;

import dev.jymnasium.physics.MassProperties;
import dev.jymnasium.physics.Shape;
import dev.jymnasium.physics.bench.RawChain7;
import dev.jymnasium.physics.bench.Scenes;
import dev.jymnasium.physics.ode4j.Ode4jEngine;
import org.joml.Vector3dc;
import org.ode4j.math.DQuaternion;
import org.ode4j.ode.DBody;
import org.ode4j.ode.DContact;
import org.ode4j.ode.DContactBuffer;
import org.ode4j.ode.DContactGeomBuffer;
import org.ode4j.ode.DGeom;
import org.ode4j.ode.DHingeJoint;
import org.ode4j.ode.DJoint;
import org.ode4j.ode.DJointGroup;
import org.ode4j.ode.DMass;
import org.ode4j.ode.DSpace;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.OdeConstants;
import org.ode4j.ode.OdeHelper;
import org.ode4j.ode.internal.DxQuickStep;

/**
 * chain-7 written directly against ODE4J, mirroring {@link Scenes}: the baseline for the neutral
 * layer's overhead.
 */
final class RawChain7Ode4j implements RawChain7 {
  private final double dtSeconds;
  private final DWorld world;
  private final DSpace space;
  private final DJointGroup contactGroup = OdeHelper.createJointGroup();
  private final DContactBuffer contacts = new DContactBuffer(8);
  private final DContactGeomBuffer contactGeoms = contacts.getGeomBuffer();
  private final DBody[] links = new DBody[Scenes.CHAIN_LINKS];
  private final DHingeJoint[] hinges = new DHingeJoint[Scenes.CHAIN_LINKS - 1];
  private final DGeom.DNearCallback near = this::near;

  RawChain7Ode4j(double dtSeconds) {
    this.dtSeconds = dtSeconds;
    OdeHelper.initODE2(0);
    // The solver setting Ode4jWorld uses, so both sides do the same work.
    DxQuickStep.RANDOM_CONSTRAINTS_REORDERING_FREQUENCY = Integer.MAX_VALUE;
    world = OdeHelper.createWorld();
    world.setGravity(0, 0, -9.81);
    world.setQuickStepNumIterations(Ode4jEngine.DEFAULT_SOLVER_ITERATIONS);
    world.setAutoDisableFlag(false);
    space = OdeHelper.createSimpleSpace();
    OdeHelper.createPlane(space, 0, 0, 1, 0);
    MassProperties props =
        MassProperties.fromDensity(
            new Shape.Capsule(Scenes.CHAIN_RADIUS_M, Scenes.CHAIN_HALF_LENGTH_M),
            Scenes.CHAIN_DENSITY_KG_PER_M3);
    Vector3dc inertia = props.inertiaKgM2();
    double linkLength = 2 * (Scenes.CHAIN_HALF_LENGTH_M + Scenes.CHAIN_RADIUS_M);
    double s = Math.sqrt(0.5);
    for (int i = 0; i < links.length; i++) {
      DBody body = OdeHelper.createBody(world);
      DMass mass = OdeHelper.createMass();
      mass.setParameters(props.massKg(), 0, 0, 0, inertia.x(), inertia.y(), inertia.z(), 0, 0, 0);
      body.setMass(mass);
      body.setPosition(i * linkLength, 0, Scenes.CHAIN_RADIUS_M);
      body.setQuaternion(new DQuaternion(s, 0, s, 0));
      DGeom geom =
          OdeHelper.createCapsule(space, Scenes.CHAIN_RADIUS_M, 2 * Scenes.CHAIN_HALF_LENGTH_M);
      geom.setBody(body);
      links[i] = body;
      if (i > 0) {
        DHingeJoint hinge = OdeHelper.createHingeJoint(world);
        hinge.attach(body, links[i - 1]);
        hinge.setAnchor(i * linkLength - linkLength / 2, 0, Scenes.CHAIN_RADIUS_M);
        hinge.setAxis(0, 1, 0);
        hinge.setParamLoStop(-1.0);
        hinge.setParamHiStop(1.0);
        hinges[i - 1] = hinge;
      }
    }
  }

  private void near(Object data, DGeom g1, DGeom g2) {
    DBody b1 = g1.getBody();
    DBody b2 = g2.getBody();
    if (b1 != null && b2 != null && OdeHelper.areConnected(b1, b2)) {
      return;
    }
    int n = OdeHelper.collide(g1, g2, 8, contactGeoms);
    for (int i = 0; i < n; i++) {
      DContact contact = contacts.get(i);
      contact.surface.mode = OdeConstants.dContactApprox1;
      contact.surface.mu = 1.0;
      OdeHelper.createContactJoint(world, contactGroup, contact).attach(b1, b2);
    }
  }

  @Override
  public void step(long step) {
    if (step % Scenes.CHAIN_MOTOR_PERIOD_STEPS == 0) {
      double sign = (step / Scenes.CHAIN_MOTOR_PERIOD_STEPS) % 2 == 0 ? 1 : -1;
      for (int j = 0; j < hinges.length; j++) {
        hinges[j].setParam(
            DJoint.PARAM_N.dParamVel1,
            (j % 2 == 0 ? sign : -sign) * Scenes.CHAIN_MOTOR_SPEED_RADPS);
        hinges[j].setParam(DJoint.PARAM_N.dParamFMax1, Scenes.CHAIN_MOTOR_MAX_NM);
      }
    }
    space.collide(null, near);
    world.quickStep(dtSeconds);
    contactGroup.empty();
  }

  @Override
  public int bodyCount() {
    return links.length + 1;
  }

  @Override
  public void close() {
    contactGroup.destroy();
    space.destroy();
    world.destroy();
  }
}

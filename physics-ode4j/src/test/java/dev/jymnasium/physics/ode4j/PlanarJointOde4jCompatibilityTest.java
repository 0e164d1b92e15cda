package dev.jymnasium.physics.ode4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ode4j.math.DMatrix3C;
import org.ode4j.math.DVector3;
import org.ode4j.ode.DBody;
import org.ode4j.ode.DMass;
import org.ode4j.ode.DWorld;
import org.ode4j.ode.OdeHelper;
import org.ode4j.ode.internal.joints.DxJoint;
import org.ode4j.ode.internal.joints.JymnasiumPlanarJoint;

/**
 * Guards {@link JymnasiumPlanarJoint}, which lives in ODE4J's own package because it overrides
 * {@link DxJoint}'s package-private abstract methods: when an ODE4J upgrade changes those
 * internals, these tests say which ODE4J version is in use and what changed, instead of a bad
 * simulation.
 */
class PlanarJointOde4jCompatibilityTest {
  /** The ODE4J version the planar joint was written against (the project's ode4j.version). */
  private static final String WRITTEN_FOR = "0.5.3";

  /** DxJoint's abstract methods as of {@link #WRITTEN_FOR}. */
  private static final Set<String> EXPECTED_ABSTRACT_METHODS =
      Set.of(
          "package-private void getSureMaxInfo(DxJoint$SureMaxInfo)",
          "public void getInfo1(DxJoint$Info1)",
          "public void getInfo2(double, double, int, double[], int, double[], int, int, double[], int, double[],"
              + " int, int[], int)",
          "public void setParam(DJoint$PARAM_N, double)",
          "public double getParam(DJoint$PARAM_N)");

  @Test
  void dxJointStillDeclaresTheAbstractMethodsThePlanarJointOverrides() {
    Set<String> actual = new TreeSet<>();
    for (Method m : DxJoint.class.getDeclaredMethods()) {
      if (Modifier.isAbstract(m.getModifiers())) {
        actual.add(describe(m));
      }
    }
    if (!actual.equals(new TreeSet<>(EXPECTED_ABSTRACT_METHODS))) {
      Set<String> onlyNow = new TreeSet<>(actual);
      onlyNow.removeAll(EXPECTED_ABSTRACT_METHODS);
      Set<String> onlyBefore = new TreeSet<>(EXPECTED_ABSTRACT_METHODS);
      onlyBefore.removeAll(actual);
      fail(
          changed(
              "DxJoint's abstract methods differ: only in the version in use "
                  + onlyNow
                  + ", only in "
                  + WRITTEN_FOR
                  + " "
                  + onlyBefore
                  + "; update JymnasiumPlanarJoint's overrides to match"));
    }
    for (Method m : DxJoint.class.getDeclaredMethods()) {
      if (Modifier.isAbstract(m.getModifiers())) {
        try {
          Method own =
              JymnasiumPlanarJoint.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
          assertFalse(
              Modifier.isAbstract(own.getModifiers()),
              changed(describe(m) + " is not implemented"));
        } catch (NoSuchMethodException e) {
          fail(changed("JymnasiumPlanarJoint does not override " + describe(m)));
        }
      }
    }
  }

  @Test
  void theFieldsAndRowLayoutThePlanarJointUsesAreUnchanged() throws ReflectiveOperationException {
    Field maxM =
        Class.forName("org.ode4j.ode.internal.joints.DxJoint$SureMaxInfo")
            .getDeclaredField("max_m");
    assertEquals(int.class, maxM.getType(), changed("SureMaxInfo.max_m is no longer an int"));
    assertFalse(
        Modifier.isPrivate(maxM.getModifiers()), changed("SureMaxInfo.max_m became private"));
    // The joint was compiled with these values inlined: a new value would write Jacobian rows to
    // the wrong slots.
    assertEquals(
        0, rowConstant("GI2__JL_MIN"), changed("GI2__JL_MIN (linear Jacobian offset) changed"));
    assertEquals(
        3, rowConstant("GI2__JA_MIN"), changed("GI2__JA_MIN (angular Jacobian offset) changed"));
    assertEquals(0, rowConstant("GI2_RHS"), changed("GI2_RHS (right-hand side offset) changed"));
  }

  /**
   * A spinning, tossed box held by the joint to the world's x–z plane: no drift out of it, free
   * turning about y.
   */
  @Test
  void theJointStillHoldsABodyInItsPlane() {
    OdeHelper.initODE2(0);
    DWorld world = OdeHelper.createWorld();
    try {
      world.setGravity(0, 0, -9.81);
      DBody body = OdeHelper.createBody(world);
      DMass mass = OdeHelper.createMass();
      mass.setBoxTotal(2, 0.4, 0.2, 0.1);
      body.setMass(mass);
      body.setPosition(0.3, 0.5, 1);
      new JymnasiumPlanarJoint(
          world,
          body,
          null,
          new DVector3(0.3, 0.5, 1),
          new DVector3(0, 1, 0),
          new DVector3(1, 0, 0));
      body.setLinearVel(1, 2, 0.5);
      body.setAngularVel(3, 4, 5);
      double offPlane = 0;
      double tilt = 0;
      for (int i = 0; i < 500; i++) {
        world.quickStep(0.002);
        offPlane = Math.max(offPlane, Math.abs(body.getPosition().get1() - 0.5));
        DMatrix3C r = body.getRotation();
        tilt = Math.max(tilt, Math.hypot(r.get01(), r.get21()));
      }
      assertTrue(offPlane < 1e-6, changed("the body left its plane by " + offPlane + " m"));
      assertTrue(tilt < 1e-4, changed("the body's plane normal tilted by " + tilt + " rad"));
      assertTrue(
          body.getPosition().get2() < 0.5,
          changed("gravity no longer moves the body in its plane"));
      assertTrue(
          Math.abs(body.getAngularVel().get1()) > 1,
          changed("the body no longer turns about the normal"));
    } finally {
      world.destroy();
    }
  }

  private static int rowConstant(String name) throws ReflectiveOperationException {
    Field f = DxJoint.class.getDeclaredField(name);
    f.setAccessible(true);
    return f.getInt(null);
  }

  /**
   * "modifier returnType name(ParamTypes)" with simple class names, as in {@link
   * #EXPECTED_ABSTRACT_METHODS}.
   */
  private static String describe(Method m) {
    int mod = m.getModifiers();
    String access =
        Modifier.isPublic(mod)
            ? "public"
            : Modifier.isProtected(mod)
                ? "protected"
                : Modifier.isPrivate(mod) ? "private" : "package-private";
    String[] params =
        Arrays.stream(m.getParameterTypes())
            .map(PlanarJointOde4jCompatibilityTest::simpleName)
            .toArray(String[]::new);
    return access
        + " "
        + simpleName(m.getReturnType())
        + " "
        + m.getName()
        + "("
        + String.join(", ", params)
        + ")";
  }

  /** Binary name without the package: "DxJoint$Info1", "double[]". */
  private static String simpleName(Class<?> type) {
    if (type.isArray()) {
      return simpleName(type.getComponentType()) + "[]";
    }
    String name = type.getName();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * {@code what}, prefixed with the ODE4J version in use and the one the joint was written against.
   */
  private static String changed(String what) {
    return "ODE4J "
        + ode4jVersion()
        + " (in use) differs from ODE4J "
        + WRITTEN_FOR
        + ", which JymnasiumPlanarJoint (physics-ode4j, package org.ode4j.ode.internal.joints) was written "
        + "against, in internals it relies on: "
        + what;
  }

  /** The version in ODE4J's jar (its Maven pom.properties), or "of unknown version". */
  private static String ode4jVersion() {
    try (InputStream in =
        DxJoint.class.getResourceAsStream("/META-INF/maven/org.ode4j/core/pom.properties")) {
      if (in == null) {
        return "of unknown version";
      }
      Properties props = new Properties();
      props.load(in);
      return props.getProperty("version", "of unknown version");
    } catch (IOException e) {
      return "of unknown version (" + e.getMessage() + ")";
    }
  }
}

package dev.jymnasium.robots.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.physics.ConstraintSolver;
import dev.jymnasium.physics.MassProperties;
import dev.jymnasium.physics.model.ActuatorSpec;
import dev.jymnasium.physics.model.GeomSpec;
import dev.jymnasium.physics.model.LinkSpec;
import dev.jymnasium.physics.model.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MJCF-subset loader: bundled models load with the sizes and masses of Gymnasium's public model
 * files; bad files fail naming file and line.
 */
class MjcfLoaderTest {

  private static double movingMass(ModelSpec spec) {
    double total = 0;
    for (LinkSpec link : spec.links()) {
      if (link.isStatic()) {
        continue;
      }
      if (link.inertial() != null) {
        total += link.inertial().massKg();
        continue;
      }
      for (GeomSpec g : link.geoms()) {
        total += MassProperties.fromDensity(g.shape(), g.densityKgPerM3()).massKg();
      }
    }
    return total;
  }

  /**
   * qpos size, actuator count and total body mass of each bundled model, as MuJoCo 3.x reports them
   * ({@code model.nq}, {@code model.nu}, {@code model.body_mass.sum()}) for the Gymnasium 1.x model
   * file it was written from (gymnasium/envs/mujoco/assets/hopper.xml, walker2d_v5.xml,
   * half_cheetah.xml, ant.xml, swimmer.xml, inverted_pendulum.xml, inverted_double_pendulum.xml,
   * reacher.xml, pusher_v5.xml).
   */
  @ParameterizedTest
  @CsvSource({
    "hopper.xml, 6, 3, 15.82",
    "walker2d.xml, 9, 6, 23.68",
    "half_cheetah.xml, 9, 6, 14.0",
    "ant.xml, 15, 8, 0.911",
    "swimmer.xml, 5, 2, 106.8",
    "inverted_pendulum.xml, 2, 1, 15.49",
    "inverted_double_pendulum.xml, 3, 1, 18.87",
    "reacher.xml, 4, 2, 0.0784",
    "pusher.xml, 11, 7, 13.67"
  })
  void bundledModelsHaveTheSpecsSizesAndMasses(
      String file, int qpos, int actuators, double massKg) {
    MjcfModel model = MjcfLoader.loadResource(file);
    int q = 0;
    for (LinkSpec link : model.spec().links()) {
      for (var joint : link.joints()) {
        q += joint.kind().qposSize();
      }
    }
    assertEquals(qpos, q, file + " qpos size");
    assertEquals(actuators, model.spec().actuators().size(), file + " actuators");
    if (massKg > 0) {
      double mass = movingMass(model.spec());
      assertEquals(massKg, mass, 0.01 * massKg + 0.003, file + " moving mass (kg)");
    }
  }

  @Test
  void halfCheetahIsScaledToFourteenKilogramsAndReadsRadians() {
    ModelSpec spec = MjcfLoader.loadResource("half_cheetah.xml").spec();
    var bthigh =
        spec.links().stream().filter(l -> l.name().equals("bthigh")).findFirst().orElseThrow();
    assertEquals(-0.52, bthigh.joints().get(0).lowerLimit(), 1e-12);
    assertEquals(240, bthigh.joints().get(0).stiffness(), 0);
    assertEquals(0.1, bthigh.joints().get(0).armatureKgM2(), 0);
    assertEquals(0.01, spec.timestepSeconds(), 0);
  }

  @Test
  void hopperRangesAreDegreesAndRootzHasItsReference() {
    ModelSpec spec = MjcfLoader.loadResource("hopper.xml").spec();
    var torso =
        spec.links().stream().filter(l -> l.name().equals("torso")).findFirst().orElseThrow();
    assertEquals(1.25, torso.joints().get(1).reference(), 0);
    var thigh =
        spec.links().stream().filter(l -> l.name().equals("thigh")).findFirst().orElseThrow();
    assertEquals(Math.toRadians(-150), thigh.joints().get(0).lowerLimit(), 1e-12);
  }

  @Test
  void ballRangeIsAMaximumAngleInDegreesFromZero() {
    String ball =
        "<mujoco>\n<worldbody>\n<body name=\"b\">\n<joint name=\"s\" type=\"ball\" range=\"%s\"/>\n"
            + "<geom size=\"0.1\"/>\n</body>\n</worldbody>\n</mujoco>";
    var joint =
        MjcfLoader.parse(ball.formatted("0 60"), "ball.xml").spec().links().get(0).joints().get(0);
    assertEquals(0, joint.lowerLimit(), 0);
    assertEquals(Math.toRadians(60), joint.upperLimit(), 1e-12);
    ModelFormatException lower = fails(ball.formatted("-10 60"));
    assertEquals(4, lower.line());
    assertTrue(lower.getMessage().contains("must be 0"), lower.getMessage());
    assertTrue(fails(ball.formatted("0 200")).getMessage().contains("(0, π]"));
  }

  @Test
  void positionActuatorsAreServosWithMujocosDefaults() {
    String xml =
        "<mujoco>\n<worldbody>\n<body name=\"b\">\n<joint name=\"j\"/>\n<geom size=\"0.1\"/>\n"
            + "</body>\n</worldbody>\n<actuator>\n%s\n</actuator>\n</mujoco>";
    var servo =
        (ActuatorSpec.PositionServo)
            MjcfLoader.parse(
                    xml.formatted(
                        "<position joint=\"j\" kp=\"40\""
                            + " kv=\"3\" ctrlrange=\"-1 1\" forcerange=\"-87 87\"/>"),
                    "m.xml")
                .spec()
                .actuators()
                .get(0);
    assertEquals(new ActuatorSpec.PositionServo("j", "j", 40, 3, -1, 1, 87), servo);
    var plain =
        (ActuatorSpec.PositionServo)
            MjcfLoader.parse(xml.formatted("<position joint=\"j\"/>"), "m.xml")
                .spec()
                .actuators()
                .get(0);
    assertEquals(
        new ActuatorSpec.PositionServo(
            "j",
            "j",
            1,
            0,
            Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY),
        plain);
    ModelFormatException e = fails(xml.formatted("<position joint=\"j\" gear=\"2\"/>"));
    assertEquals(9, e.line());
    assertTrue(e.getMessage().contains("gear"), e.getMessage());
  }

  @Test
  void solverOptionIsIterativeUnlessNewtonOrCg() {
    String xml =
        "<mujoco>\n<option solver=\"%s\"/>\n<worldbody>\n<body name=\"b\">\n<joint name=\"j\"/>\n"
            + "<geom size=\"0.1\"/>\n</body>\n</worldbody>\n</mujoco>";
    assertEquals(
        ConstraintSolver.ITERATIVE, MjcfLoader.parse(xml.formatted("PGS"), "m.xml").solver());
    assertEquals(
        ConstraintSolver.DIRECT, MjcfLoader.parse(xml.formatted("Newton"), "m.xml").solver());
    assertEquals(ConstraintSolver.DIRECT, MjcfLoader.parse(xml.formatted("CG"), "m.xml").solver());
    assertEquals(
        ConstraintSolver.ITERATIVE,
        MjcfLoader.parse(wrap("<geom size=\"0.1\"/>"), "m.xml").solver());
    assertEquals(ConstraintSolver.ITERATIVE, MjcfLoader.loadResource("walker2d.xml").solver());
    assertEquals(ConstraintSolver.DIRECT, MjcfLoader.loadResource("hopper.xml").solver());
    ModelFormatException e = fails(xml.formatted("Jacobi"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("unknown solver \"Jacobi\""), e.getMessage());
  }

  private static ModelFormatException fails(String xml) {
    return assertThrows(ModelFormatException.class, () -> MjcfLoader.parse(xml, "bad.xml"));
  }

  private static String wrap(String body) {
    return "<mujoco model=\"m\">\n<worldbody>\n<body name=\"b\">\n<joint name=\"j\"/>\n"
        + body
        + "\n</body>\n</worldbody>\n</mujoco>\n";
  }

  @Test
  void missingAttributeNamesFileAndLine() {
    ModelFormatException e = fails(wrap("<geom type=\"capsule\"/>"));
    assertEquals(5, e.line());
    assertTrue(e.getMessage().startsWith("bad.xml:5:"), e.getMessage());
    assertTrue(e.getMessage().contains("size"), e.getMessage());
  }

  @Test
  void unknownJointTypeIsNamed() {
    ModelFormatException e =
        fails(
            "<mujoco>\n<worldbody>\n<body name=\"b\">\n<joint name=\"j\" type=\"screw\"/>\n"
                + "<geom size=\"0.1\"/>\n</body>\n</worldbody>\n</mujoco>");
    assertEquals(4, e.line());
    assertTrue(e.getMessage().contains("unknown joint type 'screw'"), e.getMessage());
  }

  @Test
  void negativeMassesAreRejected() {
    ModelFormatException geom = fails(wrap("<geom size=\"0.1\" mass=\"-2\"/>"));
    assertEquals(5, geom.line());
    assertTrue(geom.getMessage().contains("negative mass"), geom.getMessage());
    ModelFormatException inertial = fails(wrap("<inertial mass=\"-1\" diaginertia=\"1 1 1\"/>"));
    assertTrue(
        inertial.getMessage().startsWith("bad.xml:5:")
            && inertial.getMessage().contains("negative"),
        inertial.getMessage());
    ModelFormatException density = fails(wrap("<geom size=\"0.1\" density=\"-3\"/>"));
    assertTrue(density.getMessage().contains("density"), density.getMessage());
  }

  @Test
  void otherMistakesAreReportedWithTheirLine() {
    assertTrue(
        fails(wrap("<geom size=\"0.1\" colour=\"red\"/>"))
            .getMessage()
            .contains("unknown attribute"));
    assertTrue(fails(wrap("<geom size=\"0.1 x\"/>")).getMessage().contains("'x' is not a number"));
    assertTrue(
        fails(wrap("<geom type=\"torus\" size=\"0.1\"/>"))
            .getMessage()
            .contains("unknown geom type"));
    assertTrue(fails(wrap("<camera/>")).getMessage().contains("<camera> is not allowed"));
    assertEquals(5, fails(wrap("<geom size=\"0.1\"></body>")).line(), "malformed XML");
    ModelFormatException motor =
        fails(
            "<mujoco>\n<worldbody>\n<body name=\"b\">\n<joint name=\"j\"/>\n"
                + "<geom size=\"0.1\"/>\n</body>\n</worldbody>\n<actuator>\n<motor joint=\"k\"/>\n"
                + "</actuator>\n</mujoco>");
    assertEquals(9, motor.line());
    assertTrue(motor.getMessage().contains("unknown joint 'k'"), motor.getMessage());
    ModelFormatException range =
        fails(wrap("<geom size=\"0.1\"/><joint name=\"h\" range=\"1 -1\"/>"));
    assertTrue(range.getMessage().contains("above upper"), range.getMessage());
  }
}

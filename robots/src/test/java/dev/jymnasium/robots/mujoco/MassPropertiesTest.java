package dev.jymnasium.robots.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.physics.PhysicsEngine;
import dev.jymnasium.physics.model.ArticulatedModel;
import dev.jymnasium.robots.model.MjcfLoader;
import dev.jymnasium.robots.model.MjcfModel;
import org.joml.Vector3d;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Link masses and principal inertias of the bundled v5 models against MuJoCo's {@code body_mass}
 * and sorted {@code body_inertia} of Gymnasium's models (Gymnasium 1.3.0, MuJoCo 3.14.0), printed
 * with {@code m = gymnasium.make(ID).unwrapped.model; m.body_mass[b], sorted(m.body_inertia[b])}.
 * Left out: Reacher (its links carry raised moments and the fingertip's mass, see reacher.xml) and
 * Pusher (its 8 mg puck and 0.4 µg goal are below what an ODE4J world takes; its masses are held by
 * ContactReferenceTest's replays of MuJoCo's states).
 */
class MassPropertiesTest {
  private static final double RELATIVE_TOLERANCE = 1e-4;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "hopper.xml, torso, 3.66519, 0.00445059, 0.0692459, 0.0692459",
    "hopper.xml, thigh, 4.05789, 0.00494146, 0.0932988, 0.0932988",
    "hopper.xml, leg, 2.78136, 0.00218219, 0.0723025, 0.0723025",
    "hopper.xml, foot, 5.31557, 0.00924231, 0.103523, 0.103523",
    "walker2d.xml, torso, 3.66519, 0.00445059, 0.0692459, 0.0692459",
    "walker2d.xml, thigh, 4.05789, 0.00494146, 0.0932988, 0.0932988",
    "walker2d.xml, leg, 2.78136, 0.00218219, 0.0723025, 0.0723025",
    "walker2d.xml, foot, 3.16673, 0.00537439, 0.0239977, 0.0239977",
    "walker2d.xml, thigh_left, 4.05789, 0.00494146, 0.0932988, 0.0932988",
    "walker2d.xml, leg_left, 2.78136, 0.00218219, 0.0723025, 0.0723025",
    "walker2d.xml, foot_left, 3.16673, 0.00537439, 0.0239977, 0.0239977",
    "half_cheetah.xml, torso, 6.25021, 0.0179609, 0.885655, 0.897118",
    "half_cheetah.xml, bthigh, 1.54351, 0.00157602, 0.0168443, 0.0168443",
    "half_cheetah.xml, bshin, 1.58745, 0.0016225, 0.0182674, 0.0182674",
    "half_cheetah.xml, bfoot, 1.0954, 0.00110191, 0.00635242, 0.00635242",
    "half_cheetah.xml, fthigh, 1.43808, 0.00146447, 0.0137396, 0.0137396",
    "half_cheetah.xml, fshin, 1.20084, 0.00121347, 0.00822211, 0.00822211",
    "half_cheetah.xml, ffoot, 0.884519, 0.000878804, 0.00352911, 0.00352911",
    "ant.xml, torso, 0.327249, 0.00818123, 0.00818123, 0.00818123",
    "ant.xml, front_left_leg, 0.0391578, 0.000118442, 0.000567966, 0.000567966",
    "ant.xml, aux_1, 0.0391578, 0.000118442, 0.000567966, 0.000567966",
    "ant.xml, front_left_foot, 0.0675922, 0.000209432, 0.00267479, 0.00267479",
    "ant.xml, front_right_leg, 0.0391578, 0.000118442, 0.000567966, 0.000567966",
    "ant.xml, aux_2, 0.0391578, 0.000118442, 0.000567966, 0.000567966",
    "ant.xml, front_right_foot, 0.0675922, 0.000209432, 0.00267479, 0.00267479",
    "ant.xml, back_leg, 0.0391578, 0.000118442, 0.000567966, 0.000567966",
    "ant.xml, aux_3, 0.0391578, 0.000118442, 0.000567966, 0.000567966",
    "ant.xml, back_left_foot, 0.0675922, 0.000209432, 0.00267479, 0.00267479",
    "ant.xml, right_back_leg, 0.0391578, 0.000118442, 0.000567966, 0.000567966",
    "ant.xml, aux_4, 0.0391578, 0.000118442, 0.000567966, 0.000567966",
    "ant.xml, back_right_foot, 0.0675922, 0.000209432, 0.00267479, 0.00267479",
    "swimmer.xml, torso, 35.6047, 0.173835, 3.91757, 3.91757",
    "swimmer.xml, mid, 35.6047, 0.173835, 3.91757, 3.91757",
    "swimmer.xml, back, 35.6047, 0.173835, 3.91757, 3.91757",
    "inverted_pendulum.xml, cart, 10.472, 0.0481711, 0.126711, 0.126711",
    "inverted_pendulum.xml, pole, 5.01859, 0.0059065, 0.18875, 0.18875",
    "inverted_double_pendulum.xml, cart, 10.472, 0.0481711, 0.126711, 0.126711",
    "inverted_double_pendulum.xml, pole, 4.19874, 0.00417393, 0.154971, 0.154971",
    "inverted_double_pendulum.xml, pole2, 4.19874, 0.00417393, 0.154971, 0.154971"
  })
  void massAndInertiaMatchMujoco(
      String xml, String link, double massKg, double i1, double i2, double i3) {
    MjcfModel mjcf = MjcfLoader.loadAny(xml);
    try (var world = PhysicsEngine.byName("ode4j").createWorld(mjcf.spec().worldSettings())) {
      ArticulatedModel model = mjcf.spec().instantiate(world);
      int index = model.linkIndex(link);
      assertEquals(massKg, model.linkMassKg(index), RELATIVE_TOLERANCE * massKg, "mass");
      Vector3d moments = model.linkPrincipalInertia(index, new Vector3d());
      assertEquals(i1, moments.x, RELATIVE_TOLERANCE * i3, "smallest moment");
      assertEquals(i2, moments.y, RELATIVE_TOLERANCE * i3, "middle moment");
      assertEquals(i3, moments.z, RELATIVE_TOLERANCE * i3, "largest moment");
    }
  }
}

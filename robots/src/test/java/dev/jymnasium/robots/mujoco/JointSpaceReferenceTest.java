package dev.jymnasium.robots.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.physics.jointspace.JointSpaceModel;
import dev.jymnasium.physics.jointspace.JointSpaceSimulation;
import dev.jymnasium.robots.model.MjcfLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The joint-space engine against MuJoCo itself: states after 1, 10 and 50 RK4 steps of Gymnasium's
 * model files in MuJoCo 3.14.0, printed by {@code python benchmarks/mujoco/jointspace_reference.py}
 * (start qpos_i = 0.05 (i + 1) (-1)^i, qvel_i = 0.3 (i + 1); control 1.5 sin(0.1 k + u) at step k).
 * They cover the mass matrix, the bias forces, joint damping and armature (slides too), motors with
 * clamped controls, a hinge resting on its soft limit (InvertedPendulum, step 50), a slider inside
 * its limit margin (InvertedDoublePendulum from x = 0.995), the inertia-box fluid (Swimmer) and
 * Reacher's elbow on its limit.
 */
class JointSpaceReferenceTest {
  private static JointSpaceSimulation simulation(String xml) {
    return new JointSpaceSimulation(JointSpacePhysics.compile(MjcfLoader.loadAny(xml)));
  }

  /**
   * Steps from the reference start and checks qpos, qvel and qfrc_constraint after step 1, 10, 50.
   */
  private static void replay(String xml, double startCart, double[][][] expected) {
    JointSpaceSimulation sim = simulation(xml);
    int nv = sim.model().dofCount();
    double[] qpos = new double[nv];
    double[] qvel = new double[nv];
    for (int i = 0; i < nv; i++) {
      qpos[i] = 0.05 * (i + 1) * (i % 2 == 0 ? 1 : -1);
      qvel[i] = 0.3 * (i + 1);
    }
    if (!Double.isNaN(startCart)) {
      qpos[0] = startCart;
    }
    sim.setState(qpos, qvel);
    MujocoReplay.assertFollows(xml, sim, new int[] {0, 0, 0}, expected, MujocoReplay.TOLERANCE);
  }

  @Test
  void invertedPendulumFollowsMujocoOntoItsHingeLimit() {
    replay(
        "inverted_pendulum.xml",
        Double.NaN,
        new double[][][] {
          {
            {0.05607100503082448, -0.08878044125975122},
            {0.30694793164772477, 0.5235688251670858},
            {0.0, 0.0}
          },
          {
            {0.182207634514935, -0.18830097361667333},
            {1.3671591019194678, -2.1946878514558885},
            {0.0, 0.0}
          },
          {
            {0.5493744648101426, -1.5731951258421923},
            {-2.7570518186224264, 0.00013698749621709138},
            {0.0, 14.778113153439783}
          }
        });
  }

  @Test
  void invertedDoublePendulumFollowsMujoco() {
    replay(
        "inverted_double_pendulum.xml",
        Double.NaN,
        new double[][][] {
          {
            {0.053029337819784264, -0.09426807459810928, 0.15963032735423444},
            {0.30581856532272395, 0.5465077468401759, 1.0264577875640317},
            {0.0, 0.0, 0.0}
          },
          {
            {0.16717285353835504, -0.23140760506605318, 0.49854616586358086},
            {2.8395868731063825, -4.630673146965751, 7.335996657154606},
            {0.0, 0.0, 0.0}
          },
          {
            {0.3032629251625389, -3.7084136503781493, 0.38869518743764314},
            {-6.1331852834841065, 4.231324400412433, -42.94922802625338},
            {0.0, 0.0, 0.0}
          }
        });
  }

  @Test
  void sliderInsideItsLimitMarginPushesAsInMujoco() {
    replay(
        "inverted_double_pendulum.xml",
        0.995,
        new double[][][] {
          {
            {0.9963582824822149, -0.09091919156074255, 0.15552806678788117},
            {0.01611211777103, 1.1273634936188146, 0.31428340353667183},
            {-194.0148278060786, 0.0, 0.0}
          },
          {
            {0.9910415285611808, 0.010527183595761505, 0.20871761290263777},
            {-0.009427254826748046, 0.9014165137837715, 1.16873730795013},
            {-495.01852996456427, 0.0, 0.0}
          },
          {
            {0.5996281489417796, 1.3450414506375916, -0.27148706542223},
            {-3.9081329444405686, 11.979303404929402, -16.682557200475664},
            {0.0, 0.0, 0.0}
          }
        });
  }

  @Test
  void swimmerInItsMediumFollowsMujoco() {
    replay(
        "swimmer.xml",
        Double.NaN,
        new double[][][] {
          {
            {
              0.0526495692218009,
              -0.09510031280102936,
              0.1589513413769647,
              -0.19108062218892038,
              0.26535868578378363
            },
            {
              0.23538807179784066,
              0.38916486361039127,
              0.8920092736109202,
              0.6162989635998188,
              1.5948830937675744
            },
            {0, 0, 0, 0, 0}
          },
          {
            {
              0.05718349659925835,
              -0.058781169857679116,
              0.19110521496529248,
              -0.16963639642767767,
              0.4383428002631937
            },
            {
              -0.14436651114582721,
              0.9009201210634687,
              -0.4919453995061467,
              0.8769619177428034,
              1.8985450114409244
            },
            {0, 0, 0, 0, 0}
          },
          {
            {
              -0.02084408032553314,
              0.5787183285005025,
              -0.34124283475978423,
              0.9867254863593498,
              -0.32067846011486556
            },
            {
              -0.6105479519809806,
              -0.6560434173729792,
              1.279612079763799,
              -0.11215505212972177,
              -3.39586777221851
            },
            {0, 0, 0, 0, 0}
          }
        });
  }

  @Test
  void reacherFollowsMujocoOntoItsElbowLimitAndTargetStops() {
    replay(
        "reacher.xml",
        Double.NaN,
        new double[][][] {
          {
            {0.052981087256848136, -0.08406491542659773, 0.15900000000000003, -0.188},
            {0.29622472612981404, 2.583711289893635, 0.8999999999999999, 1.2},
            {0, 0, 0, 0}
          },
          {
            {0.4725421444238141, 0.924259014367241, 0.2400000000000001, -0.07999999999999996},
            {11.875499682720164, 19.567588625935898, 0.8999999999999999, 1.2},
            {0, 0, 0, 0}
          },
          {
            {12.016104003471408, -3.307206528138614, 0.2408457184611919, 0.26533243541971413},
            {8.021882932978645, -15.476405151431404, -0.10167468713113682, -0.16269771053835322},
            {0.0, 2500.394303147278, 0.0, 0.0}
          }
        });
  }

  @Test
  void unsupportedContactsOrIntegratorsAreRefusedNamingTheReason() {
    IllegalArgumentException contacts =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Gym.make(
                    "Pusher-v5",
                    Map.of("engine", "joint-space", "xml_file", "pusher_world_engines.xml")));
    assertTrue(
        contacts.getMessage().contains("kwarg 'engine' of Pusher-v5"), contacts.getMessage());
    String box =
        "<mujoco><worldbody><geom name=\"floor\" type=\"plane\" size=\"1 1 0.1\"/>"
            + "<body name=\"crate\"><joint name=\"z\" type=\"slide\" axis=\"0 0 1\"/>"
            + "<geom name=\"crate_geom\" type=\"box\" size=\"0.1 0.1 0.1\"/></body></worldbody>"
            + "</mujoco>";
    IllegalArgumentException shape =
        assertThrows(
            IllegalArgumentException.class,
            () -> new JointSpaceModel(MjcfLoader.parse(box, "crate").spec(), 0, 0));
    assertTrue(shape.getMessage().contains("geom 'crate_geom'"), shape.getMessage());
    assertTrue(shape.getMessage().contains("Box"), shape.getMessage());
    String spheres =
        "<mujoco><worldbody><body name=\"ball\"><joint name=\"x\" type=\"slide\"/>"
            + "<geom name=\"ball_geom\" type=\"sphere\" size=\"0.1\"/></body>"
            + "<body name=\"arm\"><joint name=\"y\" type=\"slide\" axis=\"0 1 0\"/>"
            + "<geom name=\"arm_geom\" type=\"capsule\" size=\"0.1 0.2\"/></body>"
            + "</worldbody></mujoco>";
    IllegalArgumentException pair =
        assertThrows(
            IllegalArgumentException.class,
            () -> new JointSpaceModel(MjcfLoader.parse(spheres, "ball").spec(), 0, 0));
    assertTrue(
        pair.getMessage().contains("two moving geoms only where both are capsules"),
        pair.getMessage());
    assertTrue(pair.getMessage().contains("'ball_geom' and 'arm_geom'"), pair.getMessage());
    String implicit =
        "<mujoco><option integrator=\"implicitfast\"/><worldbody><body name=\"arm\">"
            + "<joint name=\"hinge\"/><geom type=\"capsule\" size=\"0.1 0.2\"/></body>"
            + "</worldbody></mujoco>";
    String integrator = JointSpacePhysics.unsupported(MjcfLoader.parse(implicit, "arm"));
    assertTrue(integrator.contains("asks for implicitfast"), integrator);
    String ball =
        "<mujoco><worldbody><body name=\"arm\"><joint name=\"shoulder\" type=\"ball\"/>"
            + "<geom type=\"capsule\" size=\"0.1 0.2\"/></body></worldbody></mujoco>";
    IllegalArgumentException joint =
        assertThrows(
            IllegalArgumentException.class,
            () -> new JointSpaceModel(MjcfLoader.parse(ball, "arm").spec(), 0, 0));
    assertTrue(joint.getMessage().contains("joint 'shoulder' is BALL"), joint.getMessage());
  }

  @Test
  void badStatesAndControlsAreRefused() {
    JointSpaceSimulation sim = simulation("inverted_pendulum.xml");
    IllegalArgumentException length =
        assertThrows(
            IllegalArgumentException.class, () -> sim.setState(new double[3], new double[2]));
    assertTrue(length.getMessage().contains("qpos must have length 2, got 3"), length.getMessage());
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () -> sim.setState(new double[] {0, Double.NaN}, new double[2]));
    assertTrue(nan.getMessage().contains("qpos[1]"), nan.getMessage());
    assertThrows(IllegalArgumentException.class, () -> sim.setControls(new double[] {Double.NaN}));
    assertThrows(IllegalArgumentException.class, () -> sim.setControls(new double[2]));
  }

  @Test
  void autoPicksTheJointSpaceEngineWhereItWasCheckedAgainstMujoco() {
    for (String id :
        new String[] {"InvertedPendulum-v5", "Swimmer-v5", "Hopper-v5", "Walker2d-v5", "Ant-v5"}) {
      try (Env<?, ?> env = Gym.make(id)) {
        assertEquals("joint-space", ((MujocoEnv) env.unwrapped()).engine(), id);
      }
    }
  }
}

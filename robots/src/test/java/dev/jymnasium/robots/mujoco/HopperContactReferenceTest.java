package dev.jymnasium.robots.mujoco;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jymnasium.physics.jointspace.JointSpaceModel;
import dev.jymnasium.physics.jointspace.JointSpaceSimulation;
import dev.jymnasium.robots.model.MjcfLoader;
import dev.jymnasium.robots.model.MjcfModel;
import org.junit.jupiter.api.Test;

/**
 * Hopper's contacts on the joint-space engine against MuJoCo itself: the number of contacts, qpos,
 * qvel and qfrc_constraint after 1, 10 and 50 RK4 steps of Gymnasium's hopper.xml in MuJoCo 3.14.0
 * from three starts, printed by {@code python benchmarks/mujoco/jointspace_reference.py} (control
 * 1.5 sin(0.1 k + u) at step k, clamped to the control range). Landing: the foot's capsule meets
 * the floor (pyramids with friction 2, the margins, the soft contacts) while the joint limits act;
 * folded: the leg (two contacts at step 1) and then the foot touch the torso (frictionless capsule
 * pairs).
 */
class HopperContactReferenceTest {
  private static final double TOLERANCE = 1e-10;

  private static void replay(double[] qpos, double[] qvel, double[][][] expected) {
    MjcfModel mjcf = MjcfLoader.loadAny("hopper.xml");
    JointSpaceSimulation sim =
        new JointSpaceSimulation(new JointSpaceModel(mjcf.spec(), 0, 0, mjcf::geomContact));
    sim.setState(qpos, qvel);
    double[] ctrl = new double[3];
    int checked = 0;
    for (int k = 0; k < 50; k++) {
      for (int u = 0; u < ctrl.length; u++) {
        ctrl[u] = 1.5 * Math.sin(0.1 * k + u);
      }
      sim.setControls(ctrl);
      sim.step();
      if (k + 1 == 1 || k + 1 == 10 || k + 1 == 50) {
        double[][] want = expected[checked++];
        String step = "step " + (k + 1);
        assertEquals((int) want[0][0], sim.contactCount(), step + " contacts");
        for (int d = 0; d < 6; d++) {
          String at = step + " dof " + d;
          assertEquals(want[1][d], sim.qpos(null)[d], TOLERANCE, at + " qpos");
          assertEquals(want[2][d], sim.qvel(null)[d], TOLERANCE, at + " qvel");
          assertEquals(
              want[3][d],
              sim.constraintForce(d),
              TOLERANCE * Math.max(1, Math.abs(want[3][d])),
              at + " qfrc_constraint");
        }
      }
    }
  }

  @Test
  void landingOnTheFootFollowsMujoco() {
    replay(
        new double[] {0, 1.2, 0.05, -0.1, -0.2, 0.3},
        new double[] {0.5, -1, 0.3, 0.6, 0.9, 1.2},
        new double[][][] {
          {
            {0},
            {
              0.0010321424075848773,
              1.1979725892964477,
              0.05072612958620307,
              -0.0988337300643804,
              -0.19787813728092143,
              0.30274131887385464
            },
            {
              0.5321214648593262,
              -1.027442722762032,
              0.4260730408673421,
              0.5662986854914459,
              1.2217954925141408,
              1.5412032300684217
            },
            {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}
          },
          {
            {1},
            {
              0.014368255629277158,
              1.1777652940949142,
              0.08111361422838428,
              -0.07693484518251001,
              -0.1523457423111061,
              0.3539875938545541
            },
            {
              1.1497236904683474,
              -1.0424394667856651,
              3.6115549227457286,
              2.284579856274238,
              3.3592595372485574,
              3.227646316502531
            },
            {
              -441.51717476842043,
              1014.5120989876746,
              896.693284966291,
              -792.2409359233606,
              -524.183067452997,
              -159.04472557104424
            }
          },
          {
            {1},
            {
              0.13713859413460774,
              1.1710712867261255,
              0.2735716039131043,
              -0.03841964222139345,
              0.0006951723535832746,
              0.16971301110470416
            },
            {
              0.6957455490011445,
              0.9649203785032668,
              -4.581515811115663,
              -4.838119354740059,
              -2.2231317014058156,
              -1.612695714547416
            },
            {
              24.414346046149532,
              191.35457983052189,
              -12.042277916570454,
              17.68070847396738,
              33.65632021680463,
              51.34118967814298
            }
          }
        });
  }

  @Test
  void legFoldedOntoTheTorsoFollowsMujoco() {
    replay(
        new double[] {0, 1.25, 0, -1.7260956425812832, -2.2092733860734186, -0.07945701336114086},
        new double[] {0, 0, 0.1, -0.2, -0.3, 0.2},
        new double[][][] {
          {
            {2},
            {
              0.00025455079484950363,
              1.2498046975564436,
              0.0016519639243730395,
              -1.7255055852013013,
              -2.209093019577213,
              -0.07908923127736296
            },
            {
              0.24716231957095963,
              -0.19172008014167155,
              1.5106226264232288,
              0.7568680683211246,
              0.46298927031230913,
              0.18049204765545973
            },
            {0.0, 0.0, 0.0, 557.7671694766166, 437.1187481979384, -173.15210751053147}
          },
          {
            {1},
            {
              0.015834186521211293,
              1.2361517525341164,
              0.09449270768458738,
              -1.6690388102307163,
              -2.1656450973815624,
              -0.06138048504910328
            },
            {
              1.2474041646578533,
              -1.1773424224525373,
              7.491846074961822,
              4.688482074417327,
              3.5946840776832083,
              1.8790078368360632
            },
            {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}
          },
          {
            {0},
            {
              0.14207263595332184,
              1.0891910851044946,
              0.8677150808442161,
              -0.9838807053362253,
              -1.930674236921344,
              -0.2996384272787676
            },
            {
              0.7476471634313981,
              -1.358917640982154,
              5.038049942031623,
              6.376147089586516,
              -0.5728922213458463,
              -5.504162784347979
            },
            {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}
          }
        });
  }

  @Test
  void footFoldedOntoTheTorsoFollowsMujoco() {
    replay(
        new double[] {0, 1.25, 0, -1.5684450934010945, -2.07436295566374, 0.7006481738175829},
        new double[] {0, 0, -0.1, 0.2, -0.3, 0.5},
        new double[][][] {
          {
            {1},
            {
              3.476812662780244e-05,
              1.2499305593315087,
              -5.8072294733698936e-05,
              -1.5680807823184912,
              -2.074705740520234,
              0.7020099630413742
            },
            {
              0.034766858253126046,
              -0.06942614791247186,
              0.041883750924421176,
              0.16432730050960187,
              -0.04284097910933804,
              0.861679610380751
            },
            {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}
          },
          {
            {0},
            {
              0.0053732128910054236,
              1.243469345901189,
              0.024192966735858617,
              -1.5541152001168426,
              -2.0561130984515237,
              0.744269026828272
            },
            {
              0.6296980688370343,
              -0.6350513194460824,
              3.057357347887337,
              1.9064974084125426,
              2.0520698182201214,
              3.423035094582235
            },
            {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}
          },
          {
            {0},
            {
              0.09750206671497773,
              1.1601815340012844,
              0.48213483796127005,
              -1.095154570126807,
              -1.937367693575607,
              0.59581998790607
            },
            {
              0.23322790962393997,
              -0.7367833931891039,
              1.6513025135704629,
              3.552054822212738,
              -2.0837759707112715,
              -4.6345815826665975
            },
            {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}
          }
        });
  }
}

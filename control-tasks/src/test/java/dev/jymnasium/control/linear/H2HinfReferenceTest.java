package dev.jymnasium.control.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * H2/H∞ state feedback against controlgym's {@code H2Hinf} (commit 86f4d02, scipy 1.17.1): its
 * control and disturbance gains and the returns of seed-0 and seed-1 episodes run as its {@code
 * run} runs them (the disturbance gain's output replaces the noise), all 1000 rewards summed. The
 * values were printed by {@code CONTROLGYM_SRC=... python
 * benchmarks/controlgym/record_h2hinf_reference.py}; gamma 1e6 stands for the H2 controller.
 */
class H2HinfReferenceTest {
  private record Reference(String name, double gamma, double[] act, double[] dis, double[] ret) {}

  private static final List<Reference> REFERENCES =
      List.of(
          new Reference(
              "he1",
              1.0,
              new double[] {
                -1.5333841010702562,
                -0.442320000852501,
                0.14289872944524584,
                0.45898222477612316,
                -1.0984982416191917,
                0.19865756583966396,
                -0.04976513138212946,
                -0.5398239293932968
              },
              new double[] {
                -0.020774010999480223,
                -0.0033890043711972176,
                -0.0027828790951382036,
                0.00638895800170728,
                0.0002364056301031418,
                -0.0008496655115993518,
                -0.00013807253815264212,
                0.0002442587658642857
              },
              new double[] {-0.033598690597045, -0.4288614424838498}),
          new Reference(
              "he1",
              1000000.0,
              new double[] {
                -1.532968103128263,
                -0.44253777675013345,
                0.14261489160373655,
                0.45829328314324086,
                -1.0987214004273138,
                0.19851881555956225,
                -0.04992390012952683,
                -0.5399730740099467
              },
              new double[] {
                -2.070167221736408e-14,
                -3.3802939417700576e-15,
                -2.775303842820183e-15,
                6.3642668280927625e-15,
                2.377191202602556e-16,
                -8.49151950757752e-16,
                -1.3750193023688866e-16,
                2.445330281424934e-16
              },
              new double[] {-0.03369306545860434, -0.43089704396807477}),
          new Reference(
              "toy",
              2.0,
              new double[] {-0.6725872986770628, -1.460973512922886},
              new double[] {
                -0.49289376217627306,
                -0.21108947319573138,
                -0.16814682466926573,
                -0.3652433782307216
              },
              new double[] {-0.019452427977971583, -0.7013801950656589}),
          new Reference(
              "he4",
              10.0,
              new double[] {
                -0.021238473692281032,
                -0.061734371287090625,
                -0.004359903760315666,
                -0.009357455528599021,
                -0.0046215910523254395,
                -0.0600013454390782,
                -0.054176477160513346,
                0.9965030829715099,
                -2.3571269352600783,
                0.1621199285515504,
                0.005040101360086979,
                -0.6245615169399173,
                -0.009615518594922622,
                0.01498040858979909,
                -0.034584650236455884,
                0.006063303017220124,
                -0.07685568830054071,
                2.0537041121547164,
                0.21054922745046337,
                -0.05510734912923535,
                0.21125086429954198,
                0.03570218642854101,
                0.013921742805789204,
                0.018903081046040195,
                -0.032402897740723774,
                0.19354401831279833,
                0.013219734027096166,
                0.03735825208165285,
                -0.987034766504462,
                0.0025290608145772647,
                0.0001635939677644165,
                0.001301034485536096
              },
              new double[] {
                0.00046731054948575184,
                -0.009299551773038995,
                -0.0006401347730768097,
                0.00027498759972023894,
                -0.0006397385068532467,
                -0.00011098090989436886,
                -3.6306712010340465e-05,
                -5.8438490563939024e-05,
                -0.02777878893349896,
                0.003508156888626459,
                0.00011626984143960145,
                -0.012785268351970054,
                -0.00018361796812552556,
                0.00030880360931342455,
                -0.0007069172741702429,
                0.00012526541976883306,
                -0.00019931745451558689,
                -0.009187887693416365,
                -0.0006354469680868377,
                -3.200800593320612e-05,
                -0.000642233507498565,
                -0.00010325577343690653,
                -5.3127808230865794e-05,
                -5.526490630041169e-05
              },
              new double[] {-0.41939660030636006, -12.12748857648927}),
          new Reference(
              "psm",
              2.0,
              new double[] {
                0.7291333361778448,
                0.09065743717083631,
                0.5007743144443111,
                -0.024016953432533107,
                -0.02779739746797657,
                0.00629474398561176,
                0.010168361827077647,
                -0.02779739746797669,
                0.0062947439856119655,
                0.010168361827078335,
                0.024016953432530668,
                0.7291333361778448,
                0.09065743717083623,
                0.5007743144443108
              },
              new double[] {
                -0.0325180137170318,
                -0.02090915855854271,
                -0.07570550625383822,
                0.12052953198855054,
                -0.008383963484755286,
                -0.0005970724474533133,
                -0.00346025889850368,
                -0.008383963484755131,
                -0.0005970724474533136,
                -0.0034602588985036633,
                -0.12052953198854952,
                -0.03251801371703182,
                -0.020909158558542664,
                -0.0757055062538381
              },
              new double[] {-0.2253026801157889, -3.606793171145791}),
          new Reference(
              "ac4",
              1000000.0,
              new double[] {
                0.016292272420801713,
                0.29794915084972357,
                0.4013346945680372,
                0.12196722513508165,
                -0.11252412842342831,
                -0.05398513382050205,
                -0.0221863064640014,
                0.0015447406573354382,
                -0.00014190841136659042
              },
              new double[] {
                1.5441436218810336e-16,
                5.800125079424021e-15,
                2.880278014009919e-15,
                4.944116690782159e-16,
                -5.656805164895777e-16,
                -3.8846192223691543e-16,
                -1.2486950144810438e-16,
                -2.0330173550168258e-16,
                -9.97350476582986e-19,
                -1.1697046137214308e-16,
                7.526505711514727e-15,
                4.337327658263448e-15,
                2.5009389567962688e-15,
                -8.428382853423102e-16,
                -5.757943455941364e-16,
                -1.7316558117726177e-16,
                -3.3680951634246715e-16,
                -1.5886825773011127e-18,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0,
                -0.0
              },
              new double[] {-0.00800917038455538, -0.23034005416456393}),
          new Reference(
              "cm1",
              2.0,
              new double[] {
                -0.0014351790667843686,
                -0.0025054327233916653,
                -0.003305374207008923,
                -0.0059094469905938375,
                -0.009361502311016666,
                -0.003884012930377631,
                0.007141351720658655,
                -0.048337866053137314,
                -0.13518691820202056,
                -0.35363729056487225,
                -0.0060264697555982285,
                -0.012173872715131063,
                -0.01829565948207059,
                -0.02439160579461111,
                -0.031432408684398776,
                -0.039160274561393,
                -0.042350113021609084,
                -0.044802822702740386,
                -0.08402390144742918,
                -1.398982804683376
              },
              new double[] {
                -0.0003587947666960946,
                -0.0006263581808479132,
                -0.0008263435517522313,
                -0.0014773617476484579,
                -0.002340375577754167,
                -0.0009710032325944088,
                0.0017853379301646774,
                -0.012084466513284337,
                -0.033796729550505125,
                -0.08840932264121802,
                -0.001506617438899556,
                -0.003043468178782765,
                -0.004573914870517647,
                -0.006097901448652774,
                -0.00785810217109969,
                -0.009790068640348247,
                -0.010587528255402271,
                -0.011200705675685091,
                -0.021005975361857283,
                -0.3497457011708439
              },
              new double[] {-16.51683846720118, -8.163480426027927}));

  @Test
  void gainsAndSeededReturnsMatchControlgym() {
    for (Reference ref : REFERENCES) {
      DiscreteLinearSystem sys = LinearSystem.of(ref.name()).discretise(0.1);
      H2HinfController c = H2HinfController.of(sys, ref.gamma());
      String what = ref.name() + " at gamma " + ref.gamma();
      assertClose(ref.act(), c.gain(), 1e-6, what + ": control gain");
      assertClose(ref.dis(), c.disturbanceGain(), 1e-6, what + ": disturbance gain");
      for (int seed = 0; seed < ref.ret().length; seed++) {
        double ret = adversarialReturn(ref.name(), c, seed);
        assertEquals(
            ref.ret()[seed], ret, 1e-6 * Math.abs(ref.ret()[seed]), what + ", seed " + seed);
      }
    }
  }

  @Test
  void h2IsTheLimitOfLargeGamma() {
    for (Reference ref : REFERENCES) {
      if (ref.gamma() < 1e6) {
        continue;
      }
      H2HinfController h2 = H2HinfController.h2(LinearSystem.of(ref.name()).discretise(0.1));
      assertClose(ref.act(), h2.gain(), 1e-6, ref.name() + ": H2 gain");
      for (double v : h2.disturbanceGain().data) {
        assertEquals(0.0, v);
      }
      for (int seed = 0; seed < ref.ret().length; seed++) {
        double ret = adversarialReturn(ref.name(), h2, seed);
        assertEquals(ref.ret()[seed], ret, 1e-6 * Math.abs(ref.ret()[seed]), ref.name() + " H2");
      }
    }
  }

  @Test
  void noControllerWhereControlgymFindsNone() {
    // scipy: "the associated symplectic pencil has eigenvalues too close to the unit circle".
    for (String name : new String[] {"toy", "he3"}) {
      DiscreteLinearSystem sys = LinearSystem.of(name).discretise(0.1);
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> H2HinfController.of(sys, 1.0), name);
      assertTrue(e.getMessage().contains(name) && e.getMessage().contains("gamma"), e.getMessage());
    }
    DiscreteLinearSystem he4 = LinearSystem.of("he4").discretise(0.1);
    assertThrows(IllegalArgumentException.class, () -> H2HinfController.of(he4, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> H2HinfController.of(he4, -1));
  }

  /** controlgym's {@code H2Hinf.run}: u = K_u x and w = K_w x on the true state, every step. */
  static double adversarialReturn(String name, H2HinfController c, long seed) {
    LinearControlEnv env = new LinearControlEnv(name);
    LinearSystem sys = env.system().continuous();
    double[] x = new double[sys.stateSize()];
    double[] u = new double[sys.actionSize()];
    double[] w = new double[sys.disturbanceSize()];
    env.reset(seed);
    double ret = 0;
    boolean done = false;
    while (!done) {
      env.stateInto(x);
      c.act(x, u);
      c.disturbance(x, w);
      env.setDisturbance(w);
      var step = env.step(u);
      ret += step.reward();
      done = step.terminated() || step.truncated();
    }
    return ret;
  }

  private static void assertClose(double[] expected, DMatrixRMaj got, double rel, String what) {
    double scale = 0;
    for (double v : expected) {
      scale = Math.max(scale, Math.abs(v));
    }
    assertEquals(expected.length, got.data.length, what + ": size");
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], got.data[i], rel * scale, what + " [" + i + "]");
    }
  }
}

package dev.jymnasium.games.toytext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.rng.NpRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Taxi-v4 against Gymnasium 1.4: the rules of gymnasium/envs/toy_text/taxi.py, and trajectories
 * recorded by running {@code gymnasium.make("Taxi-v4").reset(seed=s)} for seeds 0 and 42, then
 * actions 0 to 5.
 */
class TaxiEnvTest {
  private static final String ESC = "\u001b";
  private static final double SIDE = 0.09999999999999998;

  private static byte[] mask(int... bits) {
    byte[] m = new byte[bits.length];
    for (int i = 0; i < bits.length; i++) {
      m[i] = (byte) bits[i];
    }
    return m;
  }

  private static void assertVector(
      long seed, int start, byte[] startMask, int[] states, double[] rewards) {
    Env<Integer, Integer> env = Gym.make("Taxi-v4");
    Reset<Integer> r = env.reset(seed);
    assertEquals(start, r.observation());
    assertEquals(1.0, r.info().get("prob"));
    assertArrayEquals(startMask, (byte[]) r.info().get("action_mask"));
    for (int a = 0; a < 6; a++) {
      Step<Integer> s = env.step(a);
      String where = "seed " + seed + " action " + a;
      assertEquals(states[a], s.observation(), where);
      assertEquals(rewards[a], s.reward(), where);
      assertFalse(s.terminated(), where);
      assertEquals(1.0, s.info().get("prob"), where);
      assertArrayEquals(TaxiEnv.actionMask(states[a]), (byte[]) s.info().get("action_mask"), where);
    }
  }

  @Test
  void seed0MatchesGymnasium() {
    assertArrayEquals(new int[] {3, 0, 3, 2}, TaxiEnv.decode(314));
    assertVector(
        0,
        314,
        mask(1, 1, 0, 0, 0, 0),
        new int[] {414, 314, 314, 314, 314, 314},
        new double[] {-1, -1, -1, -1, -10, -10});
  }

  @Test
  void seed42MatchesGymnasium() {
    assertArrayEquals(new int[] {3, 4, 1, 2}, TaxiEnv.decode(386));
    assertVector(
        42,
        386,
        mask(1, 1, 0, 1, 0, 0),
        new int[] {486, 386, 386, 366, 366, 366},
        new double[] {-1, -1, -1, -1, -10, -10});
  }

  @Test
  void encodeAndDecodeAreInverse() {
    for (int s = 0; s < 500; s++) {
      int[] d = TaxiEnv.decode(s);
      assertEquals(s, TaxiEnv.encode(d[0], d[1], d[2], d[3]));
    }
    assertThrows(IllegalArgumentException.class, () -> TaxiEnv.decode(500));
  }

  @Test
  void initialDistributionCoversThe300StartStates() {
    double[] isd = new TaxiEnv().initialStateDistribution();
    int nonZero = 0;
    double running = 0;
    for (int s = 0; s < isd.length; s++) {
      running += isd[s];
      if (isd[s] != 0) {
        nonZero++;
        assertEquals(1.0 / 300.0, isd[s]);
        int[] d = TaxiEnv.decode(s);
        assertTrue(d[2] < 4 && d[2] != d[3]);
      }
    }
    assertEquals(300, nonZero);
    assertEquals(0.9999999999999961, running, 0.0, "the running sum categorical sampling sees");
  }

  @Test
  void actionMaskMarksExactlyTheActionsThatChangeTheState() {
    TaxiEnv env = new TaxiEnv();
    for (int s = 0; s < 500; s++) {
      byte[] m = TaxiEnv.actionMask(s);
      for (int a = 0; a < 4; a++) {
        boolean moves = env.transitions(s, a).get(0).nextState() != s;
        assertEquals(moves ? 1 : 0, m[a], "state " + s + " move " + a);
      }
      assertEquals(
          env.transitions(s, TaxiEnv.PICKUP).get(0).reward() == -1 ? 1 : 0, m[4], "pickup " + s);
      assertEquals(
          env.transitions(s, TaxiEnv.DROPOFF).get(0).reward() != -10 ? 1 : 0, m[5], "dropoff " + s);
    }
    // Masks drive sampling: only allowed actions come out.
    Env<Integer, Integer> made = Gym.make("Taxi-v4");
    made.actionSpace().seed(0);
    byte[] m = (byte[]) made.reset(0).info().get("action_mask");
    for (int i = 0; i < 50; i++) {
      int a = made.actionSpace() instanceof dev.jymnasium.env.spaces.Discrete d ? d.sample(m) : -1;
      assertEquals(1, m[a]);
    }
  }

  @Test
  void dryTableRewardsAndDelivery() {
    TaxiEnv env = new TaxiEnv();
    // Passenger aboard at the destination Y (4, 0): +20, terminated, passenger at Y.
    int s = TaxiEnv.encode(4, 0, TaxiEnv.IN_TAXI, 2);
    assertEquals(
        List.of(new Transition(1.0, TaxiEnv.encode(4, 0, 2, 2), 20, true)),
        env.transitions(s, TaxiEnv.DROPOFF));
    // Aboard at another landmark G: passenger gets off there, -1.
    s = TaxiEnv.encode(0, 4, TaxiEnv.IN_TAXI, 2);
    assertEquals(
        List.of(new Transition(1.0, TaxiEnv.encode(0, 4, 1, 2), -1, false)),
        env.transitions(s, TaxiEnv.DROPOFF));
    // Pickup at the passenger's landmark.
    s = TaxiEnv.encode(0, 0, 0, 3);
    assertEquals(
        List.of(new Transition(1.0, TaxiEnv.encode(0, 0, 4, 3), -1, false)),
        env.transitions(s, TaxiEnv.PICKUP));
  }

  @Test
  void rainyTransitionsSlipToTheSides() {
    TaxiEnv env = new TaxiEnv(new TaxiEnv.Config(null, true, 0.8, false, 0.3));
    for (int s = 0; s < 500; s++) {
      for (int a = 0; a < 6; a++) {
        double sum = 0;
        for (Transition t : env.transitions(s, a)) {
          sum += t.prob();
        }
        assertEquals(1.0, sum, 1e-12);
        assertEquals(a < 4 ? 3 : 1, env.transitions(s, a).size());
      }
    }
    // Open crossroads (2, 2), heading south: intended (3, 2), left = east (2, 3), right = west (2,
    // 1).
    int s = TaxiEnv.encode(2, 2, 0, 1);
    assertEquals(
        List.of(
            new Transition(0.8, TaxiEnv.encode(3, 2, 0, 1), -1, false),
            new Transition(SIDE, TaxiEnv.encode(2, 3, 0, 1), -1, false),
            new Transition(SIDE, TaxiEnv.encode(2, 1, 0, 1), -1, false)),
        env.transitions(s, TaxiEnv.SOUTH));
    // East from (0, 1) hits a wall: all outcomes stay.
    s = TaxiEnv.encode(0, 1, 0, 1);
    for (Transition t : env.transitions(s, TaxiEnv.EAST)) {
      assertEquals(s, t.nextState());
    }
    // North from (1, 1): intended (0, 1), left = west (1, 0), right = east blocked by the wall.
    s = TaxiEnv.encode(1, 1, 4, 3);
    assertEquals(
        List.of(
            new Transition(0.8, TaxiEnv.encode(0, 1, 4, 3), -1, false),
            new Transition(SIDE, TaxiEnv.encode(1, 0, 4, 3), -1, false),
            new Transition(SIDE, s, -1, false)),
        env.transitions(s, TaxiEnv.NORTH));
    // West from (3, 2): intended (3, 1), left = south (4, 2), right = north (2, 2).
    s = TaxiEnv.encode(3, 2, 2, 0);
    assertEquals(
        List.of(
            new Transition(0.8, TaxiEnv.encode(3, 1, 2, 0), -1, false),
            new Transition(SIDE, TaxiEnv.encode(4, 2, 2, 0), -1, false),
            new Transition(SIDE, TaxiEnv.encode(2, 2, 2, 0), -1, false)),
        env.transitions(s, TaxiEnv.WEST));

    TaxiEnv half = new TaxiEnv(new TaxiEnv.Config(null, true, 0.5, false, 0.3));
    assertEquals(0.25, half.transitions(s, TaxiEnv.WEST).get(1).prob());
    // The info reports the probability of the outcome taken.
    Env<Integer, Integer> made = Gym.make("Taxi-v4", Map.of("is_rainy", true));
    made.reset(1);
    boolean sawSide = false;
    for (int t = 0; t < 100; t++) {
      Step<Integer> st = made.step(t % 4);
      double p = (Double) st.info().get("prob");
      assertTrue(p == 0.8 || p == SIDE, "prob " + p);
      sawSide |= p == SIDE;
    }
    assertTrue(sawSide);
  }

  @Test
  void resetDrawsOnceOrTwiceWithAFicklePassenger() {
    TaxiEnv plain = new TaxiEnv();
    plain.reset(9);
    NpRandom ref = NpRandom.of(9);
    ref.random();
    assertTrue(plain.npRandom().stateEquals(ref));

    TaxiEnv fickle = new TaxiEnv(new TaxiEnv.Config(null, false, 0.8, true, 0.0));
    fickle.reset(9);
    ref = NpRandom.of(9);
    ref.random();
    ref.random();
    assertTrue(fickle.npRandom().stateEquals(ref));
    assertFalse(fickle.fickleStep());
  }

  @Test
  void aFicklePassengerChangesDestinationOnceOnTheFirstMoveAboard() {
    TaxiEnv env = new TaxiEnv(new TaxiEnv.Config(null, false, 0.8, true, 1.0));
    env.reset(4);
    assertTrue(env.fickleStep());
    // Drive with masked random actions until the passenger is aboard.
    dev.jymnasium.env.spaces.Discrete actions = new dev.jymnasium.env.spaces.Discrete(6);
    actions.seed(2);
    int state = env.state();
    int guard = 0;
    while (TaxiEnv.decode(state)[2] != TaxiEnv.IN_TAXI) {
      byte[] m = TaxiEnv.actionMask(state);
      if (m[TaxiEnv.PICKUP] == 1) {
        state = env.step(TaxiEnv.PICKUP).observation();
      } else {
        m[TaxiEnv.DROPOFF] = 0;
        state = env.step(actions.sample(m)).observation();
      }
      assertTrue(++guard < 10_000);
    }
    assertTrue(env.fickleStep(), "boarding is not a move");
    int[] before = TaxiEnv.decode(state);
    byte[] m = TaxiEnv.actionMask(state);
    int move = m[TaxiEnv.SOUTH] == 1 ? TaxiEnv.SOUTH : TaxiEnv.NORTH;
    NpRandom ref = env.npRandom().copy();
    ref.random();
    int pick = (int) ref.integers(0, 3);
    int expectedDest = pick < before[3] ? pick : pick + 1;
    Step<Integer> s = env.step(move);
    int[] after = TaxiEnv.decode(s.observation());
    assertEquals(expectedDest, after[3]);
    assertNotEquals(before[3], after[3]);
    assertEquals(TaxiEnv.IN_TAXI, after[2]);
    assertEquals(-1.0, s.reward());
    assertArrayEquals(TaxiEnv.actionMask(s.observation()), (byte[]) s.info().get("action_mask"));
    assertTrue(env.npRandom().stateEquals(ref));
    assertFalse(env.fickleStep(), "only once per episode");
    int dest = after[3];
    int back = move == TaxiEnv.SOUTH ? TaxiEnv.NORTH : TaxiEnv.SOUTH;
    assertEquals(dest, TaxiEnv.decode(env.step(back).observation())[3]);
  }

  @Test
  void ansiHighlightsTaxiPassengerAndDestination() {
    Env<Integer, Integer> env = Gym.make("Taxi-v4", Map.of("render_mode", "ansi"));
    env.reset(0); // 314: taxi (3, 0), passenger at B, destination Y
    assertEquals(
        "+---------+\n"
            + "|R: | : :G|\n"
            + "| : | : : |\n"
            + "| : : : : |\n"
            + "|"
            + ESC
            + "[43m "
            + ESC
            + "[0m| : | : |\n"
            + "|"
            + ESC
            + "[35mY"
            + ESC
            + "[0m| : |"
            + ESC
            + "[34;1mB"
            + ESC
            + "[0m: |\n"
            + "+---------+\n"
            + "\n",
        env.render());
    env.step(TaxiEnv.SOUTH); // onto Y: yellow taxi cell, then magenta destination around it
    assertEquals(
        "+---------+\n"
            + "|R: | : :G|\n"
            + "| : | : : |\n"
            + "| : : : : |\n"
            + "| | : | : |\n"
            + "|"
            + ESC
            + "[35m"
            + ESC
            + "[43mY"
            + ESC
            + "[0m"
            + ESC
            + "[0m| : |"
            + ESC
            + "[34;1mB"
            + ESC
            + "[0m: |\n"
            + "+---------+\n"
            + "  (South)\n",
        env.render());
  }

  @Test
  void ansiShowsACarriedPassengerInGreen() {
    TaxiEnv env = new TaxiEnv(new TaxiEnv.Config("ansi", false, 0.8, false, 0.3));
    env.reset(0);
    env.setState(TaxiEnv.encode(2, 1, TaxiEnv.IN_TAXI, 1));
    String text = env.ansi();
    assertTrue(text.contains("| :" + ESC + "[42m_" + ESC + "[0m: : : |\n"), text);
    assertTrue(text.contains("|R: | : :" + ESC + "[35mG" + ESC + "[0m|\n"), text);
  }

  @Test
  void sceneUsesGymnasiumGeometry() {
    TaxiEnv env = new TaxiEnv();
    env.reset(0);
    Scene2D scene = env.scene();
    assertEquals(550, scene.width());
    assertEquals(350, scene.height());
    // Red landmark square at ((2*0+1)*50, (0+1)*50 + 10), half transparent over the road.
    int red = Canvas.blend(0xFF0000, 0xC9C9C9, 128);
    assertTrue(
        scene.shapes().stream()
            .anyMatch(
                sh ->
                    sh instanceof Scene2D.Polygon p
                        && p.rgb() == red
                        && p.xy()[0] == 50
                        && p.xy()[5] == 350 - 60),
        "red landmark square");
  }

  @Test
  void badProbabilitiesNameTheKwarg() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("Taxi-v4", Map.of("rainy_probability", 1.2)));
    assertTrue(e.getMessage().contains("rainy_probability"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gym.make("Taxi-v4", Map.of("fickle_probability", -0.5)));
    assertTrue(e.getMessage().contains("fickle_probability"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> Gym.make("Taxi-v4", Map.of("rainy", true)));
    assertTrue(e.getMessage().contains("is_rainy"), e.getMessage());
  }

  @Test
  void infoPrintsTheMaskByContent() {
    Env<Integer, Integer> env = Gym.make("Taxi-v4");
    assertEquals("{prob=1.0, action_mask=[1, 1, 0, 0, 0, 0]}", env.reset(0).info().toString());
  }
}

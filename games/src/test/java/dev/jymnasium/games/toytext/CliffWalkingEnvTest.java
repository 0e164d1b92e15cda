package dev.jymnasium.games.toytext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.Scene2D;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CliffWalking against Gymnasium 1.4: the rules of gymnasium/envs/toy_text/cliffwalking.py, and
 * trajectories recorded by running {@code gymnasium.make("CliffWalkingSlippery-v1").reset(seed=s)}
 * for seeds 0 and 42, then actions 1, 1, 0, 1.
 */
class CliffWalkingEnvTest {
  private static final double THIRD = 0.3333333333333333;

  private static void assertVector(long seed, int[] states, double[] rewards) {
    Env<Integer, Integer> env = Gym.make("CliffWalkingSlippery-v1");
    Reset<Integer> r = env.reset(seed);
    assertEquals(36, r.observation());
    assertEquals(Map.of("prob", 1.0), r.info());
    int[] actions = {1, 1, 0, 1};
    for (int i = 0; i < actions.length; i++) {
      Step<Integer> s = env.step(actions[i]);
      String where = "seed " + seed + " step " + i;
      assertEquals(states[i], s.observation(), where);
      assertEquals(rewards[i], s.reward(), where);
      assertFalse(s.terminated(), where);
      assertFalse(s.truncated(), where);
      assertEquals(THIRD, (Double) s.info().get("prob"), 0.0, where);
    }
  }

  @Test
  void slipperySeed0MatchesGymnasium() {
    assertVector(0, new int[] {24, 12, 12, 24}, new double[] {-1, -1, -1, -1});
  }

  @Test
  void slipperySeed42MatchesGymnasium() {
    assertVector(42, new int[] {36, 36, 36, 24}, new double[] {-100, -1, -100, -1});
  }

  @Test
  void theSafePathTakes13Steps() {
    Env<Integer, Integer> env = Gym.make("CliffWalking-v1");
    env.reset(0);
    double total = 0;
    Step<Integer> s = env.step(CliffWalkingEnv.UP);
    total += s.reward();
    for (int i = 0; i < 11; i++) {
      s = env.step(CliffWalkingEnv.RIGHT);
      total += s.reward();
      assertFalse(s.terminated());
    }
    s = env.step(CliffWalkingEnv.DOWN);
    total += s.reward();
    assertEquals(47, s.observation());
    assertTrue(s.terminated());
    assertEquals(-13.0, total);
    assertEquals(1.0, s.info().get("prob"));
  }

  @Test
  void theCliffSendsTheAgentBackWithoutEndingTheEpisode() {
    Env<Integer, Integer> env = Gym.make("CliffWalking-v1");
    env.reset(0);
    Step<Integer> s = env.step(CliffWalkingEnv.RIGHT);
    assertEquals(36, s.observation());
    assertEquals(-100.0, s.reward());
    assertFalse(s.terminated());
  }

  @Test
  void transitionTable() {
    CliffWalkingEnv dry = new CliffWalkingEnv();
    CliffWalkingEnv slippery = new CliffWalkingEnv(new CliffWalkingEnv.Config(null, true));
    for (int s = 0; s < 48; s++) {
      for (int a = 0; a < 4; a++) {
        assertEquals(1, dry.transitions(s, a).size());
        assertEquals(1.0, dry.transitions(s, a).get(0).prob());
        double sum = 0;
        for (Transition t : slippery.transitions(s, a)) {
          sum += t.prob();
          assertEquals(THIRD, t.prob());
        }
        assertEquals(1.0, sum, 1e-12);
      }
    }
    // RIGHT slips to [UP, RIGHT, DOWN]; from the start: 24, the cliff, a border stay.
    assertEquals(
        List.of(
            new Transition(THIRD, 24, -1, false),
            new Transition(THIRD, 36, -100, false),
            new Transition(THIRD, 36, -1, false)),
        slippery.transitions(36, CliffWalkingEnv.RIGHT));
    // Cliff and goal cells have ordinary entries too.
    assertEquals(
        List.of(new Transition(1.0, 25, -1, false)), dry.transitions(37, CliffWalkingEnv.UP));
    assertEquals(
        List.of(new Transition(1.0, 35, -1, false)), dry.transitions(47, CliffWalkingEnv.UP));
    assertEquals(
        List.of(new Transition(1.0, 47, -1, true)), dry.transitions(35, CliffWalkingEnv.DOWN));
  }

  @Test
  void ansiDrawsTheGrid() {
    Env<Integer, Integer> env = Gym.make("CliffWalking-v1", Map.of("render_mode", "ansi"));
    env.reset(0);
    String plain = "o  o  o  o  o  o  o  o  o  o  o  o\n";
    assertEquals(plain + plain + plain + "x  C  C  C  C  C  C  C  C  C  C  T\n\n", env.render());
    env.step(CliffWalkingEnv.UP);
    assertEquals(
        plain
            + plain
            + "x  o  o  o  o  o  o  o  o  o  o  o\n"
            + "o  C  C  C  C  C  C  C  C  C  C  T\n\n",
        env.render());
  }

  @Test
  void sceneUsesGymnasiumGeometry() {
    CliffWalkingEnv env = new CliffWalkingEnv();
    env.reset(0);
    Scene2D scene = env.scene();
    assertEquals(720, scene.width());
    assertEquals(240, scene.height());
  }
}

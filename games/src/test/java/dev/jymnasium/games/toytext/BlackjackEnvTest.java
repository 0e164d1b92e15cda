package dev.jymnasium.games.toytext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jymnasium.env.Env;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.Gym;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.rng.NpRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Blackjack-v1 against Gymnasium 1.4: the rules of gymnasium/envs/toy_text/blackjack.py, and hands
 * recorded by running {@code gymnasium.make("Blackjack-v1").reset(seed=s)} for seeds 0 and 42, then
 * stick.
 */
class BlackjackEnvTest {
  private static BlackjackEnv unwrapped(Env<?, ?> env) {
    return (BlackjackEnv) env.unwrapped();
  }

  @Test
  void seed0MatchesGymnasium() {
    Env<Object[], Integer> env = Gym.make("Blackjack-v1");
    Reset<Object[]> r = env.reset(0);
    assertArrayEquals(new Object[] {11, 10, 0}, r.observation());
    assertEquals(Map.of(), r.info());
    BlackjackEnv bj = unwrapped(env);
    assertTrue(bj.sab());
    assertArrayEquals(new int[] {10, 9}, bj.dealerHand());
    assertArrayEquals(new int[] {7, 4}, bj.playerHand());
    assertEquals("D", bj.dealerTopCardSuit());
    assertEquals("J", bj.dealerTopCardValue());
    Step<Object[]> s = env.step(BlackjackEnv.STICK);
    assertTrue(s.terminated());
    assertFalse(s.truncated());
    assertEquals(-1.0, s.reward());
    assertArrayEquals(new int[] {10, 9}, bj.dealerHand());
    assertArrayEquals(new Object[] {11, 10, 0}, s.observation());
  }

  @Test
  void seed42MatchesGymnasium() {
    Env<Object[], Integer> env = Gym.make("Blackjack-v1");
    assertArrayEquals(new Object[] {15, 2, 0}, env.reset(42).observation());
    BlackjackEnv bj = unwrapped(env);
    assertArrayEquals(new int[] {2, 10}, bj.dealerHand());
    assertArrayEquals(new int[] {9, 6}, bj.playerHand());
    assertEquals("D", bj.dealerTopCardSuit());
    assertEquals("2", bj.dealerTopCardValue());
    Step<Object[]> s = env.step(BlackjackEnv.STICK);
    assertArrayEquals(new int[] {2, 10, 10}, bj.dealerHand(), "the dealer draws a 10 and busts");
    assertEquals(1.0, s.reward());
    assertTrue(s.terminated());
  }

  @Test
  void resetDrawsFourCardsASuitAndAFaceOnlyForTens() {
    for (long seed = 0; seed < 50; seed++) {
      BlackjackEnv env = new BlackjackEnv();
      env.reset(seed);
      NpRandom ref = NpRandom.of(seed);
      for (int i = 0; i < 4; i++) {
        ref.integers(0, 13);
      }
      ref.integers(0, 4);
      if (env.dealerHand()[0] == 10) {
        ref.integers(0, 3);
      }
      assertTrue(env.npRandom().stateEquals(ref), "seed " + seed);
    }
  }

  /** Stick with the given hands under (natural, sab) and return the reward. */
  private static double stick(boolean natural, boolean sab, int[] dealer, int[] player) {
    BlackjackEnv env = new BlackjackEnv(new BlackjackEnv.Config(null, natural, sab));
    env.reset(0);
    env.setHands(dealer, player);
    Step<Object[]> s = env.step(BlackjackEnv.STICK);
    assertTrue(s.terminated());
    return s.reward();
  }

  @ParameterizedTest(name = "natural={0} sab={1}")
  @CsvSource({
    // natural, sab, natural vs 17, natural vs natural, natural vs three-card 21, 21 vs 17
    "false, false, 1.0, 0.0, 0.0, 1.0",
    "true,  false, 1.5, 0.0, 0.0, 1.0",
    "false, true,  1.0, 0.0, 1.0, 1.0",
    "true,  true,  1.0, 0.0, 1.0, 1.0",
  })
  void naturalAndSabRules(
      boolean natural,
      boolean sab,
      double vs17,
      double vsNatural,
      double vsThreeCard21,
      double threeCard21vs17) {
    assertEquals(vs17, stick(natural, sab, new int[] {10, 7}, new int[] {1, 10}));
    assertEquals(vsNatural, stick(natural, sab, new int[] {10, 1}, new int[] {10, 1}));
    assertEquals(vsThreeCard21, stick(natural, sab, new int[] {10, 7, 4}, new int[] {1, 10}));
    assertEquals(threeCard21vs17, stick(natural, sab, new int[] {10, 7}, new int[] {10, 5, 6}));
  }

  @Test
  void dealerStandsOnSoft17AndDrawsOnHard16() {
    BlackjackEnv env = new BlackjackEnv();
    env.reset(0);
    env.setHands(new int[] {1, 6}, new int[] {10, 8});
    assertEquals(1.0, env.step(BlackjackEnv.STICK).reward());
    assertArrayEquals(new int[] {1, 6}, env.dealerHand());

    env.reset(1);
    env.setHands(new int[] {10, 6}, new int[] {10, 8});
    env.step(BlackjackEnv.STICK);
    assertTrue(env.dealerHand().length >= 3);
    assertTrue(BlackjackEnv.sumHand(env.dealerHand(), env.dealerHand().length) >= 17);
  }

  @Test
  void hittingPast21Busts() {
    BlackjackEnv env = new BlackjackEnv();
    env.reset(0);
    env.setHands(new int[] {10, 7}, new int[] {10, 10, 1});
    Step<Object[]> s = env.step(BlackjackEnv.HIT);
    assertTrue(s.terminated());
    assertEquals(-1.0, s.reward());
    assertTrue((Integer) s.observation()[0] > 21);
    assertTrue(env.observationSpace().contains(s.observation()));
  }

  @Test
  void hittingBelow21Continues() {
    BlackjackEnv env = new BlackjackEnv();
    env.reset(0);
    env.setHands(new int[] {10, 7}, new int[] {2, 3});
    Step<Object[]> s = env.step(BlackjackEnv.HIT);
    assertFalse(s.terminated());
    assertEquals(0.0, s.reward());
    assertEquals(3, env.playerHand().length);
  }

  @Test
  void handArithmetic() {
    assertTrue(BlackjackEnv.usableAce(new int[] {1, 6}, 2));
    assertEquals(17, BlackjackEnv.sumHand(new int[] {1, 6}, 2));
    assertFalse(BlackjackEnv.usableAce(new int[] {1, 6, 10}, 3));
    assertEquals(17, BlackjackEnv.sumHand(new int[] {1, 6, 10}, 3));
    assertEquals(0, BlackjackEnv.score(new int[] {10, 6, 10}, 3));
    assertTrue(BlackjackEnv.isNatural(new int[] {10, 1}, 2));
    assertFalse(BlackjackEnv.isNatural(new int[] {10, 1, 10}, 3));
  }

  @Test
  void observationSpaceAndScene() {
    BlackjackEnv env = new BlackjackEnv();
    assertEquals(
        "Tuple(Discrete(32), Discrete(11), Discrete(2))", env.observationSpace().toString());
    assertEquals(java.util.List.of("human", "rgb_array"), env.metadata().renderModes());
    env.reset(0);
    Scene2D scene = env.scene();
    assertEquals(600, scene.width());
    assertEquals(500, scene.height());
    assertEquals(0x076324, scene.background());
    assertTrue(
        scene.shapes().stream()
            .anyMatch(s -> s instanceof Scene2D.Text t && t.text().equals("Dealer: 10")));
    assertTrue(
        scene.shapes().stream().anyMatch(s -> s instanceof Scene2D.Text t && t.text().equals("J")),
        "the dealer's face-up card shows its rank");
    assertTrue(
        scene.shapes().stream().anyMatch(s -> s instanceof Scene2D.Text t && t.text().equals("11")),
        "the player's sum");
  }
}

package dev.jymnasium.games.toytext;

import dev.jymnasium.env.EnvMetadata;
import dev.jymnasium.env.Reset;
import dev.jymnasium.env.Step;
import dev.jymnasium.env.registry.ConfigBinder;
import dev.jymnasium.env.registry.Kwarg;
import dev.jymnasium.env.render.Scene2D;
import dev.jymnasium.env.render.SceneEnv;
import dev.jymnasium.env.rng.NpRandom;
import dev.jymnasium.env.spaces.Discrete;
import dev.jymnasium.env.spaces.Space;
import dev.jymnasium.env.spaces.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Blackjack against a dealer with an infinite deck (Sutton and Barto, example 5.1); Gymnasium's
 * {@code Blackjack-v1}, draw for draw.
 *
 * <h2>Description</h2>
 *
 * Cards are drawn with replacement from {@code 1, 2, ..., 9, 10, 10, 10, 10} (ace = 1, face cards =
 * 10). The player sees their sum and the dealer's face-up card, and hits until they stick or exceed
 * 21. The dealer then reveals their second card and draws until reaching 17 or more (standing on a
 * soft 17). An ace counts 11 while that keeps the hand at most 21 ("usable ace").
 *
 * <h2>Action space</h2>
 *
 * {@code Discrete(2)}: 0 stick, 1 hit.
 *
 * <h2>Observation space</h2>
 *
 * {@code Tuple(Discrete(32), Discrete(11), Discrete(2))}: the player's sum, the dealer's face-up
 * card (1 = ace) and whether the player holds a usable ace, as an {@code Object[]} of three {@code
 * Integer}s (a buffer reused by every step; copy it to keep it).
 *
 * <h2>Rewards</h2>
 *
 * +1 for a win, -1 for a loss (a bust loses at once), 0 for a draw. With {@code natural} (and not
 * {@code sab}) a winning natural (ace and ten-card) pays +1.5; with {@code sab} a natural wins +1
 * unless the dealer also has one.
 *
 * <h2>Starting state</h2>
 *
 * Two cards each, dealer first; the dealer's face-up card is the first one.
 *
 * <h2>Episode end</h2>
 *
 * Terminated when the player sticks or busts. The registry sets no time limit.
 *
 * <h2>Info</h2>
 *
 * Empty.
 *
 * <h2>Arguments</h2>
 *
 * {@code render_mode} ({@code human}, {@code rgb_array}); {@code natural} (false); {@code sab}
 * (false in the constructor, but {@code Blackjack-v1} is registered with {@code sab=true}: Sutton
 * and Barto's rules, which take precedence over {@code natural}).
 *
 * <h2>Version history</h2>
 *
 * v1: fixed natural handling. v0: initial version.
 */
public final class BlackjackEnv extends SceneEnv<Object[], Integer> {
  public static final int STICK = 0;
  public static final int HIT = 1;

  /** The infinite deck: ace as 1, ten and face cards as 10. */
  static final int[] DECK = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10, 10};

  static final String[] SUITS = {"C", "D", "H", "S"};
  static final String[] FACES = {"J", "Q", "K"};
  private static final int DEALER_STANDS_AT = 17;

  private static final EnvMetadata METADATA =
      new EnvMetadata(List.of("human", "rgb_array"), ToyText.RENDER_FPS);

  private final boolean natural;
  private final boolean sab;
  private final Discrete actionSpace = new Discrete(2);
  private final Tuple observationSpace =
      new Tuple(new Discrete(32), new Discrete(11), new Discrete(2));
  private final Object[] obs = new Object[3];
  private final Step<Object[]> step = new Step<>();
  private int[] dealer = new int[8];
  private int dealerCount;
  private int[] player = new int[8];
  private int playerCount;
  private String dealerTopSuit = "C";
  private String dealerTopValue = "A";

  /**
   * The kwargs of Blackjack (the constructor's defaults; {@code Blackjack-v1} registers {@code
   * sab=true}).
   *
   * @param renderMode {@code render_mode}: {@code human}, {@code rgb_array} or {@code null}
   * @param natural {@code natural}: pay 1.5 for a winning natural (ignored when {@code sab})
   * @param sab {@code sab}: Sutton and Barto's rules: a natural wins unless the dealer has one too
   */
  public record Config(
      @Kwarg(doc = "how render() draws: human, rgb_array or None (see render_modes)")
          String renderMode,
      @Kwarg(defaultValue = "false", doc = "pay 1.5 for a winning natural (ignored when sab)")
          boolean natural,
      @Kwarg(
              defaultValue = "false",
              doc = "Sutton and Barto's rules: a natural wins unless the" + " dealer has one too")
          boolean sab) {}

  /** Constructor defaults ({@code natural=false, sab=false}), no rendering. */
  public BlackjackEnv() {
    this(ConfigBinder.defaults(Config.class));
  }

  /** An env with the given settings. */
  public BlackjackEnv(Config config) {
    super(METADATA, config.renderMode(), "Blackjack-v1");
    ConfigBinder.checked(config, "Blackjack-v1");
    this.natural = config.natural();
    this.sab = config.sab();
  }

  // ------------------------------------------------------------------ hand arithmetic

  private static int sum(int[] hand, int count) {
    int s = 0;
    for (int i = 0; i < count; i++) {
      s += hand[i];
    }
    return s;
  }

  /** An ace that can count 11 without going over 21. */
  static boolean usableAce(int[] hand, int count) {
    boolean ace = false;
    for (int i = 0; i < count; i++) {
      ace |= hand[i] == 1;
    }
    return ace && sum(hand, count) + 10 <= 21;
  }

  /** The hand's value, a usable ace counted as 11. */
  static int sumHand(int[] hand, int count) {
    return sum(hand, count) + (usableAce(hand, count) ? 10 : 0);
  }

  /** The value, or 0 for a bust. */
  static int score(int[] hand, int count) {
    int s = sumHand(hand, count);
    return s > 21 ? 0 : s;
  }

  /** Exactly an ace and a ten-card. */
  static boolean isNatural(int[] hand, int count) {
    return count == 2 && Math.min(hand[0], hand[1]) == 1 && Math.max(hand[0], hand[1]) == 10;
  }

  private int drawCard(NpRandom rng) {
    return DECK[(int) rng.integers(0, DECK.length)];
  }

  private void dealToDealer(int card) {
    if (dealerCount == dealer.length) {
      dealer = Arrays.copyOf(dealer, 2 * dealer.length);
    }
    dealer[dealerCount++] = card;
  }

  private void dealToPlayer(int card) {
    if (playerCount == player.length) {
      player = Arrays.copyOf(player, 2 * player.length);
    }
    player[playerCount++] = card;
  }

  // ------------------------------------------------------------------ spaces and facts

  @Override
  public Space<Object[]> observationSpace() {
    return observationSpace;
  }

  @Override
  public Space<Integer> actionSpace() {
    return actionSpace;
  }

  public boolean natural() {
    return natural;
  }

  public boolean sab() {
    return sab;
  }

  /** The dealer's cards (a copy). */
  public int[] dealerHand() {
    return Arrays.copyOf(dealer, dealerCount);
  }

  /** The player's cards (a copy). */
  public int[] playerHand() {
    return Arrays.copyOf(player, playerCount);
  }

  /** Suit letter (C, D, H, S) of the dealer's face-up card as drawn for rendering. */
  public String dealerTopCardSuit() {
    return dealerTopSuit;
  }

  /** Rank shown on the dealer's face-up card: A, 2-9, or J/Q/K for a ten-card. */
  public String dealerTopCardValue() {
    return dealerTopValue;
  }

  /** Replaces both hands, e.g. for tests of the payout rules (not part of Gymnasium's API). */
  void setHands(int[] dealerCards, int[] playerCards) {
    dealer = Arrays.copyOf(dealerCards, Math.max(8, dealerCards.length));
    dealerCount = dealerCards.length;
    player = Arrays.copyOf(playerCards, Math.max(8, playerCards.length));
    playerCount = playerCards.length;
  }

  // ------------------------------------------------------------------ reset and step

  @Override
  protected Reset<Object[]> doReset(Long seed, Map<String, Object> options) {
    NpRandom rng = npRandom();
    dealerCount = 0;
    playerCount = 0;
    dealToDealer(drawCard(rng));
    dealToDealer(drawCard(rng));
    dealToPlayer(drawCard(rng));
    dealToPlayer(drawCard(rng));
    // Drawn for the picture of the dealer's card, but always, as Gymnasium does.
    dealerTopSuit = SUITS[(int) rng.integers(0, SUITS.length)];
    int up = dealer[0];
    if (up == 1) {
      dealerTopValue = "A";
    } else if (up == 10) {
      dealerTopValue = FACES[(int) rng.integers(0, FACES.length)];
    } else {
      dealerTopValue = Integer.toString(up);
    }
    return new Reset<>(observe(), Map.of());
  }

  @Override
  protected Step<Object[]> doStep(Integer action) {
    NpRandom rng = npRandom();
    boolean terminated;
    double reward;
    if (action == HIT) {
      dealToPlayer(drawCard(rng));
      terminated = sumHand(player, playerCount) > 21;
      reward = terminated ? -1.0 : 0.0;
    } else {
      terminated = true;
      while (sumHand(dealer, dealerCount) < DEALER_STANDS_AT) {
        dealToDealer(drawCard(rng));
      }
      int p = score(player, playerCount);
      int d = score(dealer, dealerCount);
      reward = Integer.compare(p, d);
      if (sab && isNatural(player, playerCount) && !isNatural(dealer, dealerCount)) {
        reward = 1.0;
      } else if (!sab && natural && isNatural(player, playerCount) && reward == 1.0) {
        reward = 1.5;
      }
    }
    return step.set(observe(), reward, terminated, false, Map.of());
  }

  private Object[] observe() {
    obs[0] = sumHand(player, playerCount);
    obs[1] = dealer[0];
    obs[2] = usableAce(player, playerCount) ? 1 : 0;
    return obs;
  }

  // ------------------------------------------------------------------ rendering

  private static final int WIDTH = 600;
  private static final int HEIGHT = 500;
  private static final int TABLE_GREEN = 0x076324; // (7, 99, 36)
  private static final int WHITE = 0xFFFFFF;
  private static final int INK = 0x111111;
  private static final int RED_SUIT = 0xC0392B;
  private static final int CARD_BACK = 0xA61C1C;

  /**
   * The picture of the current state as Gymnasium lays it out (600x500, y up): "Dealer: N" at the
   * top left, the dealer's face-up card left of the centre and a face-down card right of it, the
   * "Player" label, the player's sum in large type centred, and "usable ace" beneath when the
   * player has one. Cards are white rectangles with their rank and suit letter as text.
   */
  @Override
  public Scene2D scene() {
    int cardH = HEIGHT / 3;
    int cardW = (int) (cardH * 142.0 / 197.0);
    int spacing = HEIGHT / 20;
    double smallFont = HEIGHT / 15;
    double largeFont = HEIGHT / 6;
    int up = dealerCount > 0 ? dealer[0] : 0;
    int playerSum = sumHand(player, playerCount);
    Canvas g = new Canvas(WIDTH, HEIGHT, TABLE_GREEN);

    g.text("Dealer: " + up, spacing, spacing, smallFont, WHITE);
    double cardsTop = spacing + smallFont + spacing;
    double dealerCardX = WIDTH / 2 - cardW - spacing / 2;
    card(g, dealerCardX, cardsTop, cardW, cardH, dealerTopValue, dealerTopSuit);
    double hiddenX = WIDTH / 2 + spacing / 2;
    g.rect(hiddenX, cardsTop, cardW, cardH, WHITE);
    g.rect(hiddenX + 8, cardsTop + 8, cardW - 16, cardH - 16, CARD_BACK);
    g.outline(hiddenX, cardsTop, cardW, cardH, INK, 1);

    double playerTop = cardsTop + cardH + 1.5 * spacing;
    g.text("Player", spacing, playerTop, smallFont, WHITE);
    String sum = Integer.toString(playerSum);
    double sumTop = playerTop + smallFont + spacing;
    g.text(
        sum,
        WIDTH / 2 - Math.floor(Canvas.textWidth(sum, largeFont) / 2),
        sumTop,
        largeFont,
        WHITE);
    if (usableAce(player, playerCount)) {
      String label = "usable ace";
      g.text(
          label,
          WIDTH / 2 - Math.floor(Canvas.textWidth(label, smallFont) / 2),
          sumTop + largeFont + spacing / 2,
          smallFont,
          WHITE);
    }
    return g.scene();
  }

  private static void card(
      Canvas g, double x, double y, double w, double h, String rank, String suit) {
    int ink = "D".equals(suit) || "H".equals(suit) ? RED_SUIT : INK;
    g.rect(x, y, w, h, WHITE);
    g.outline(x, y, w, h, INK, 1);
    g.text(rank, x + 8, y + 6, 24, ink);
    g.text(suit, x + 8, y + 32, 18, ink);
    g.text(rank, x + w / 2 - Math.floor(Canvas.textWidth(rank, 56) / 2), y + h / 2 - 28, 56, ink);
  }
}

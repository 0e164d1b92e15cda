package dev.jymnasium.games.minatar;

import static dev.jymnasium.games.minatar.MinAtarEnv.NOOP;

/**
 * What the batched rules of the games share: {@link MinAtarEnv}'s seeding and sticky action for
 * every game, on {@link MtStreams}. A subclass keeps each game's state in primitive arrays indexed
 * by game, and implements {@link #start} and {@link #step}, drawing from {@link #random} in
 * MinAtar's order so that each game plays exactly as a single env. Each game has its own step loop
 * with its rules written in it: with the rules in a method of their own, called from a shared loop,
 * the JIT compiled them apart and called them once per game.
 */
abstract class RulesBatch extends MinAtarBatch {
  /** One MT19937 stream per game, each that game's {@code RandomState}. */
  final MtStreams random;

  /** Whether the games ramp their difficulty up ({@code difficulty_ramping}). */
  final boolean ramping;

  private final int[] actionSet;
  final long stickyThreshold;
  private final boolean[] seeded;
  private final int[] lastAction;

  RulesBatch(MinAtarEnv[] games, byte[] buffer, int obsSize) {
    super(games, buffer, obsSize);
    this.random = new MtStreams(n);
    this.ramping = games[0].ramping;
    this.actionSet = games[0].sharedActionSet();
    this.stickyThreshold = MtStreams.threshold(games[0].stickyActionProb());
    this.seeded = new boolean[n];
    this.lastAction = new int[n];
  }

  /**
   * {@link MinAtarEnv#restart}: a seed makes a new stream and forgets the previous action; no seed
   * continues the stream, or seeds it from the game's {@code npRandom()} the first time. Then the
   * game's own start ({@link #start}).
   */
  @Override
  final void restart(int i, Long seed) {
    if (seed != null) {
      random.seed(i, seed);
      seeded[i] = true;
      forgetAction(i);
    } else if (!seeded[i]) {
      random.seed(i, games[i].npRandom().integers(0, 1L << 32));
      seeded[i] = true;
    }
    start(i);
  }

  /**
   * {@link MinAtarEnv#advance}'s sticky draw for game {@code i}: the full-set action that action
   * index {@code action} stands for, or the game's previous action.
   */
  final int sticky(int i, int action) {
    int a = actionSet[action];
    a = random.below(i, stickyThreshold) ? lastAction[i] : a;
    lastAction[i] = a;
    return a;
  }

  /** A seeded restart: game {@code i}'s previous action becomes no-op (for sticky actions). */
  void forgetAction(int i) {
    lastAction[i] = NOOP;
  }

  /** The full-set action that each action index stands for. */
  final int[] actionSet() {
    return actionSet;
  }

  /** Starts a new game {@code i}, drawing from its stream, and draws it into its slice. */
  abstract void start(int i);
}

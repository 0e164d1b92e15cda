package dev.jymnasium.games.minatar;

import static dev.jymnasium.games.minatar.MinAtarEnv.NOOP;

import dev.jymnasium.env.vector.NextStepEpisodes;

/**
 * What the batched rules of the games share: {@link MinAtarEnv}'s seeding and sticky action for
 * every game, on {@link MtStreams}, and the step loop. A subclass keeps each game's state in
 * primitive arrays indexed by game and implements {@link #start} and {@link #play}, drawing from
 * {@link #random} in MinAtar's order so that each game plays exactly as a single env.
 */
abstract class RulesBatch extends MinAtarBatch {
  /** One MT19937 stream per game, each that game's {@code RandomState}. */
  final MtStreams random;

  /** Whether the games ramp their difficulty up ({@code difficulty_ramping}). */
  final boolean ramping;

  /** Set by {@link #play} when game {@code i} is over. */
  final boolean[] over;

  private final int[] actionSet;
  private final long stickyThreshold;
  private final boolean[] seeded;
  private final int[] lastAction;

  RulesBatch(MinAtarEnv[] games, byte[] buffer, int obsSize) {
    super(games, buffer, obsSize);
    this.random = new MtStreams(n);
    this.ramping = games[0].ramping;
    this.over = new boolean[n];
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
      lastAction[i] = NOOP;
    } else if (!seeded[i]) {
      random.seed(i, games[i].npRandom().integers(0, 1L << 32));
      seeded[i] = true;
    }
    over[i] = false;
    start(i);
  }

  /** {@link MinAtarEnv#advance} for every game not restarting: sticky draw, then the rules. */
  @Override
  final void step(int[] actions, NextStepEpisodes episodes) {
    for (int i = 0; i < n; i++) {
      if (episodes.restarts(i)) {
        restart(i, null);
        continue;
      }
      int a = actionSet[actions[i]];
      a = random.below(i, stickyThreshold) ? lastAction[i] : a;
      lastAction[i] = a;
      int reward = play(i, a);
      episodes.record(i, reward, over[i], false);
    }
  }

  /** Starts a new game {@code i}, drawing from its stream, and draws it into its slice. */
  abstract void start(int i);

  /**
   * Plays full-set action {@code a} in game {@code i} for one step and draws the result; sets
   * {@link #over} when the game ends.
   *
   * @return the reward
   */
  abstract int play(int i, int a);
}

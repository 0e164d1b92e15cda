package dev.jymnasium.games.minatar;

/**
 * The stepping loop of {@link MinAtarVectorEnv}: plays one step of every game, resetting the games
 * whose episode ended on the previous step (next-step autoreset), and draws each into its slice of
 * the batch buffer. {@link GameLoop} steps the games' own objects; a game may have its own batched
 * rules ({@link BreakoutBatch}).
 */
abstract class MinAtarBatch {
  /** The games, one per sub-env; resets go through them (seeding, MinAtar's draw order). */
  final MinAtarEnv[] games;

  /** Number of games. */
  final int n;

  /** The batch buffer, game {@code i} from {@code i * obsSize}. */
  final byte[] buffer;

  /** Bytes per observation. */
  final int obsSize;

  MinAtarBatch(MinAtarEnv[] games, byte[] buffer, int obsSize) {
    this.games = games;
    this.n = games.length;
    this.buffer = buffer;
    this.obsSize = obsSize;
  }

  /** The batched rules of the games' kind, or the loop over the games' objects. */
  static MinAtarBatch of(MinAtarEnv[] games, byte[] buffer, int obsSize) {
    if (games[0] instanceof BreakoutEnv) {
      return new BreakoutBatch(games, buffer, obsSize);
    }
    return new GameLoop(games, buffer, obsSize);
  }

  /**
   * Restarts game {@code i} ({@link MinAtarEnv#restart}) and draws it.
   *
   * @param seed a seed, or null to continue the game's stream
   */
  abstract void restart(int i, Long seed);

  /**
   * One step of every game: a game with {@code pending[i]} set restarts (reward 0, no flags), every
   * other one plays {@code actions[i]} (an index of the id's action set).
   *
   * @param steps steps played in each game's episode, updated
   * @param maxEpisodeSteps truncation limit, 0 for none
   */
  abstract void step(
      int[] actions,
      int[] steps,
      boolean[] pending,
      int maxEpisodeSteps,
      double[] rewards,
      boolean[] terms,
      boolean[] truncs);

  /** Steps each game's own object: its rules, drawing into its slice of the buffer. */
  static final class GameLoop extends MinAtarBatch {
    GameLoop(MinAtarEnv[] games, byte[] buffer, int obsSize) {
      super(games, buffer, obsSize);
      for (int i = 0; i < n; i++) {
        games[i].drawInto(buffer, i * obsSize);
      }
    }

    @Override
    void restart(int i, Long seed) {
      games[i].restart(seed);
      games[i].observe();
    }

    @Override
    void step(
        int[] actions,
        int[] steps,
        boolean[] pending,
        int maxEpisodeSteps,
        double[] rewards,
        boolean[] terms,
        boolean[] truncs) {
      for (int i = 0; i < n; i++) {
        MinAtarEnv g = games[i];
        if (pending[i]) {
          g.restart(null);
          steps[i] = 0;
          rewards[i] = 0;
          terms[i] = false;
          truncs[i] = false;
          pending[i] = false;
        } else {
          rewards[i] = g.advance(actions[i]);
          terms[i] = g.isTerminal();
          truncs[i] = ++steps[i] == maxEpisodeSteps;
          pending[i] = terms[i] || truncs[i];
        }
        g.observe();
      }
    }
  }
}

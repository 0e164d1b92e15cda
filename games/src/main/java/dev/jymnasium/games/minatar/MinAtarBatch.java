package dev.jymnasium.games.minatar;

import dev.jymnasium.env.vector.NextStepEpisodes;

/**
 * The stepping loop of {@link MinAtarVectorEnv}: plays one step of every game, restarting the games
 * whose episode ended on the previous step (next-step autoreset), and draws each into its slice of
 * the batch buffer. Every MinAtar game has batched rules ({@link RulesBatch}); {@link GameLoop}
 * steps the games' own objects, for a {@link MinAtarEnv} of another kind.
 */
abstract class MinAtarBatch {
  /** The games, one per sub-env: their kwargs, and their seeding on a first unseeded reset. */
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
    MinAtarEnv g = games[0];
    if (g instanceof BreakoutEnv) {
      return new BreakoutBatch(games, buffer, obsSize);
    }
    if (g instanceof FreewayEnv) {
      return new FreewayBatch(games, buffer, obsSize);
    }
    if (g instanceof AsterixEnv) {
      return new AsterixBatch(games, buffer, obsSize);
    }
    if (g instanceof SpaceInvadersEnv) {
      return new SpaceInvadersBatch(games, buffer, obsSize);
    }
    if (g instanceof SeaquestEnv) {
      return new SeaquestBatch(games, buffer, obsSize);
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
   * One step of every game: a game that {@code episodes} restarts starts over, every other one
   * plays {@code actions[i]} (an index of the id's action set) and records its outcome there.
   */
  abstract void step(int[] actions, NextStepEpisodes episodes);

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
    void step(int[] actions, NextStepEpisodes episodes) {
      for (int i = 0; i < n; i++) {
        MinAtarEnv g = games[i];
        if (episodes.restarts(i)) {
          g.restart(null);
        } else {
          double reward = g.advance(actions[i]);
          episodes.record(i, reward, g.isTerminal(), false);
        }
        g.observe();
      }
    }
  }
}

package dev.jymnasium.games.minatar;

import dev.jymnasium.env.Step;

/**
 * Single MinAtar envs stepped as a next-step-autoreset vector env steps its sub-envs: one that
 * ended on the previous step restarts (reward 0, not terminated) instead of playing its action. The
 * expected side of the batch tests, in the batch's layout.
 */
final class SinglesStepped {
  final MinAtarEnv[] singles;
  final byte[] observations;
  final double[] rewards;
  final boolean[] terminations;

  /** Episodes that ended so far. */
  int episodesEnded;

  private final int size;

  SinglesStepped(MinAtarEnv[] singles) {
    this.singles = singles;
    this.size = singles[0].observationSpace().size();
    this.observations = new byte[singles.length * size];
    this.rewards = new double[singles.length];
    this.terminations = new boolean[singles.length];
  }

  /** Resets env i with seed {@code seed + i}, or unseeded (its streams go on) for null. */
  void reset(Long seed) {
    for (int i = 0; i < singles.length; i++) {
      byte[] o =
          seed == null
              ? singles[i].reset().observation()
              : singles[i].reset(seed + i).observation();
      System.arraycopy(o, 0, observations, i * size, size);
      rewards[i] = 0;
      terminations[i] = false;
    }
  }

  /** Steps every env with its action, or restarts it where it ended on the previous step. */
  void step(int[] actions) {
    for (int i = 0; i < singles.length; i++) {
      byte[] o;
      if (terminations[i]) {
        o = singles[i].reset().observation();
        rewards[i] = 0;
        terminations[i] = false;
      } else {
        Step<byte[]> r = singles[i].step(actions[i]);
        o = r.observation();
        rewards[i] = r.reward();
        terminations[i] = r.terminated();
        episodesEnded += r.terminated() ? 1 : 0;
      }
      System.arraycopy(o, 0, observations, i * size, size);
    }
  }
}

package dev.jymnasium.baselines.algo;

import dev.jymnasium.baselines.TrainingListener;
import dev.jymnasium.env.goal.GoalEnv;
import dev.jymnasium.env.vector.VectorStep;
import java.util.Map;

/**
 * Episode returns and lengths of a vector env with next-step autoreset, reported as {@code
 * charts/episodic_return} / {@code charts/episodic_length}, and {@code charts/episodic_success} (1
 * or 0) when the final step's info holds {@code is_success}, as goal envs' do. Also says which
 * sub-envs' next step is a reset step (action ignored, reward 0): such transitions are not
 * experience.
 */
final class EpisodeTracker {
  private final double[] returns;
  private final int[] lengths;
  private final boolean[] resetNext;

  EpisodeTracker(int numEnvs) {
    returns = new double[numEnvs];
    lengths = new int[numEnvs];
    resetNext = new boolean[numEnvs];
  }

  /** Whether sub-env {@code i}'s next step only resets it (its previous step ended an episode). */
  boolean isResetStep(int i) {
    return resetNext[i];
  }

  /** Accounts for one vector step taken at global step {@code step}. */
  void observe(VectorStep<?> s, long step, TrainingListener listener) {
    double[] r = s.rewards();
    for (int i = 0; i < returns.length; i++) {
      if (resetNext[i]) {
        resetNext[i] = false;
        continue;
      }
      returns[i] += r[i];
      lengths[i]++;
      if (s.terminations()[i] || s.truncations()[i]) {
        listener.onScalar("charts/episodic_return", returns[i], step);
        listener.onScalar("charts/episodic_length", lengths[i], step);
        reportSuccess(s.infos(), i, step, listener);
        returns[i] = 0;
        lengths[i] = 0;
        resetNext[i] = true;
      }
    }
  }

  /** Reports sub-env {@code i}'s batched {@code is_success} info, if it has one. */
  private static void reportSuccess(
      Map<String, Object> infos, int i, long step, TrainingListener listener) {
    Object mask = infos.get("_" + GoalEnv.IS_SUCCESS);
    if (!(mask instanceof boolean[] present) || !present[i]) {
      return;
    }
    Object values = infos.get(GoalEnv.IS_SUCCESS);
    double success;
    if (values instanceof boolean[] b) {
      success = b[i] ? 1 : 0;
    } else if (values instanceof double[] d) {
      success = d[i] != 0 ? 1 : 0;
    } else if (values instanceof long[] l) {
      success = l[i] != 0 ? 1 : 0;
    } else {
      return;
    }
    listener.onScalar("charts/episodic_success", success, step);
  }
}

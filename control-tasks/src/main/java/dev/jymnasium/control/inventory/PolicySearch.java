package dev.jymnasium.control.inventory;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Parameter search for structured policies on a fixed demand trace (common random numbers, so two
 * parameter vectors are compared on the same demand): a pattern search that tries {@code ±step} on
 * each coordinate, keeps any improvement, and halves the step when none helps, down to {@code
 * minStep}. Parameters stay {@code ≥ 0}. Integer steps with {@code minStep = 1} give the
 * integer-parameter optimum of the neighbourhood; the published repo instead fits the same
 * parameters by gradient descent through its simulator.
 */
public final class PolicySearch {
  private final ScenarioBatch batch;
  private final Consumer<ScenarioBatch> start;
  private final DemandTrace trace;
  private final int ignorePeriods;

  /**
   * The best parameters found.
   *
   * @param parameters the parameter vector
   * @param averageCost its average cost per period on the trace
   * @param evaluations rollouts performed
   */
  public record Result(double[] parameters, double averageCost, int evaluations) {}

  /**
   * @param batch the scenarios rolled, one per scenario of {@code trace}
   * @param start sets the batch's initial state (after {@link ScenarioBatch#clear})
   * @param trace the demand every candidate faces
   * @param ignorePeriods warm-up periods left out of the cost
   */
  public PolicySearch(
      ScenarioBatch batch, Consumer<ScenarioBatch> start, DemandTrace trace, int ignorePeriods) {
    this.batch = batch;
    this.start = start;
    this.trace = trace;
    this.ignorePeriods = ignorePeriods;
  }

  /** The average cost of one policy on the trace, from the initial state. */
  public double evaluate(BatchPolicy policy) {
    batch.clear();
    start.accept(batch);
    return batch.averageCost(policy, trace, ignorePeriods);
  }

  /**
   * Pattern search from {@code initial}.
   *
   * @param family builds the policy of a parameter vector
   * @param initial the starting parameters, each {@code ≥ 0}
   * @param step the first step, {@code > 0}
   * @param minStep the last step, {@code 0 < minStep ≤ step}
   */
  public Result search(
      Function<double[], BatchPolicy> family, double[] initial, double step, double minStep) {
    if (!(step > 0) || !(minStep > 0) || minStep > step) {
      throw new IllegalArgumentException(
          "need 0 < minStep <= step, got step " + step + ", minStep " + minStep);
    }
    double[] best = initial.clone();
    double bestCost = evaluate(family.apply(best));
    int evaluations = 1;
    double h = step;
    while (h >= minStep) {
      boolean improved = false;
      for (int i = 0; i < best.length; i++) {
        for (double sign : new double[] {1, -1}) {
          double[] candidate = best.clone();
          candidate[i] = Math.max(candidate[i] + sign * h, 0);
          if (candidate[i] == best[i]) {
            continue;
          }
          double cost = evaluate(family.apply(candidate));
          evaluations++;
          if (cost < bestCost) {
            best = candidate;
            bestCost = cost;
            improved = true;
          }
        }
      }
      if (!improved) {
        h /= 2;
      }
    }
    return new Result(best, bestCost, evaluations);
  }
}

package dev.jymnasium.games.toytext.tabular;

import dev.jymnasium.games.toytext.DiscreteModel;
import dev.jymnasium.games.toytext.Transition;
import java.util.List;

/**
 * Value iteration and policy evaluation over the transition table of a {@link DiscreteModel}
 * (FrozenLake, Taxi, CliffWalking), with synchronous sweeps: {@code Q(s, a) = sum over P[s][a] of p
 * * (r + (terminated ? 0 : gamma * V[s']))}. Terminal transitions do not bootstrap, so {@code gamma
 * = 1} is fine for episodic tasks whose policies reach a terminal state. Values start at 0 and
 * sweeps are synchronous, so after {@code k} sweeps they are exactly the {@code k}-step
 * (time-limited) values: policy evaluation capped at {@code maxIterations = 100} gives the return
 * within FrozenLake-v1's 100-step limit.
 */
public final class DynamicProgramming {
  private DynamicProgramming() {}

  /**
   * Value iteration: {@code V[s] <- max_a Q(s, a)} until the largest change of a sweep is below
   * {@code theta} or {@code maxIterations} sweeps were made.
   *
   * @param model the MDP
   * @param gamma discount factor in [0, 1]
   * @param theta convergence threshold, {@code > 0}
   * @param maxIterations sweep limit, {@code > 0}
   * @return optimal values (approximately) and the greedy policy for them
   */
  public static TabularSolution valueIteration(
      DiscreteModel model, double gamma, double theta, int maxIterations) {
    checkArguments(gamma, theta, maxIterations);
    Compiled m = new Compiled(model);
    double[] v = new double[m.states];
    double[] next = new double[m.states];
    int sweeps = 0;
    double delta = Double.POSITIVE_INFINITY;
    while (sweeps < maxIterations && !(delta < theta)) {
      delta = 0;
      for (int s = 0; s < m.states; s++) {
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < m.actions; a++) {
          best = Math.max(best, m.q(s, a, v, gamma));
        }
        next[s] = best;
        delta = Math.max(delta, Math.abs(best - v[s]));
      }
      double[] swap = v;
      v = next;
      next = swap;
      sweeps++;
    }
    return new TabularSolution(v, m.greedy(v, gamma), sweeps, delta, delta < theta);
  }

  /**
   * Iterative policy evaluation of a deterministic policy: {@code V[s] <- Q(s, policy[s])}.
   *
   * @param policy an action per state
   * @return the policy's values and the greedy policy for them (one step of policy improvement)
   */
  public static TabularSolution policyEvaluation(
      DiscreteModel model, int[] policy, double gamma, double theta, int maxIterations) {
    int states = model.numStates();
    if (policy.length != states) {
      throw new IllegalArgumentException(
          "policy has " + policy.length + " actions, the model " + states + " states");
    }
    double[][] stochastic = new double[states][model.numActions()];
    for (int s = 0; s < states; s++) {
      if (policy[s] < 0 || policy[s] >= model.numActions()) {
        throw new IllegalArgumentException(
            "policy["
                + s
                + "] = "
                + policy[s]
                + " is not an action in [0, "
                + model.numActions()
                + ")");
      }
      stochastic[s][policy[s]] = 1.0;
    }
    return policyEvaluation(model, stochastic, gamma, theta, maxIterations);
  }

  /**
   * Iterative policy evaluation of a stochastic policy: {@code V[s] <- sum_a pi[s][a] Q(s, a)}.
   *
   * @param policy {@code policy[s][a]}, the probability of action {@code a} in state {@code s}
   * @return the policy's values and the greedy policy for them
   */
  public static TabularSolution policyEvaluation(
      DiscreteModel model, double[][] policy, double gamma, double theta, int maxIterations) {
    checkArguments(gamma, theta, maxIterations);
    Compiled m = new Compiled(model);
    if (policy.length != m.states) {
      throw new IllegalArgumentException(
          "policy has " + policy.length + " rows, the model " + m.states + " states");
    }
    for (int s = 0; s < m.states; s++) {
      if (policy[s].length != m.actions) {
        throw new IllegalArgumentException(
            "policy["
                + s
                + "] has "
                + policy[s].length
                + " probabilities, the model "
                + m.actions
                + " actions");
      }
    }
    double[] v = new double[m.states];
    double[] next = new double[m.states];
    int sweeps = 0;
    double delta = Double.POSITIVE_INFINITY;
    while (sweeps < maxIterations && !(delta < theta)) {
      delta = 0;
      for (int s = 0; s < m.states; s++) {
        double value = 0;
        for (int a = 0; a < m.actions; a++) {
          if (policy[s][a] != 0) {
            value += policy[s][a] * m.q(s, a, v, gamma);
          }
        }
        next[s] = value;
        delta = Math.max(delta, Math.abs(value - v[s]));
      }
      double[] swap = v;
      v = next;
      next = swap;
      sweeps++;
    }
    return new TabularSolution(v, m.greedy(v, gamma), sweeps, delta, delta < theta);
  }

  /** The greedy action of every state for values {@code v} (lowest action among ties). */
  public static int[] greedyPolicy(DiscreteModel model, double[] values, double gamma) {
    Compiled m = new Compiled(model);
    if (values.length != m.states) {
      throw new IllegalArgumentException(
          "values has " + values.length + " entries, the model " + m.states + " states");
    }
    return m.greedy(values, gamma);
  }

  /** {@code Q(state, a)} for every action, from values {@code v}. */
  public static double[] qValues(DiscreteModel model, double[] values, int state, double gamma) {
    double[] q = new double[model.numActions()];
    for (int a = 0; a < q.length; a++) {
      double sum = 0;
      for (Transition t : model.transitions(state, a)) {
        sum += t.prob() * (t.reward() + (t.terminated() ? 0 : gamma * values[t.nextState()]));
      }
      q[a] = sum;
    }
    return q;
  }

  /** The expected value of the first state: {@code sum_s initial[s] * V[s]}. */
  public static double startValue(DiscreteModel model, double[] values) {
    double[] initial = model.initialStateDistribution();
    double sum = 0;
    for (int s = 0; s < initial.length; s++) {
      sum += initial[s] * values[s];
    }
    return sum;
  }

  private static void checkArguments(double gamma, double theta, int maxIterations) {
    if (!(gamma >= 0 && gamma <= 1)) {
      throw new IllegalArgumentException("gamma must be in [0, 1], got " + gamma);
    }
    if (!(theta > 0)) {
      throw new IllegalArgumentException("theta must be > 0, got " + theta);
    }
    if (maxIterations <= 0) {
      throw new IllegalArgumentException("maxIterations must be > 0, got " + maxIterations);
    }
  }

  /** The transition table flattened into arrays for fast sweeps. */
  private static final class Compiled {
    final int states;
    final int actions;

    /** Entries of (s, a) are {@code start[s * actions + a] .. start[s * actions + a + 1]}. */
    final int[] start;

    final double[] prob;
    final int[] next;
    final double[] reward;
    final boolean[] terminal;

    Compiled(DiscreteModel model) {
      states = model.numStates();
      actions = model.numActions();
      start = new int[states * actions + 1];
      int n = 0;
      for (int s = 0; s < states; s++) {
        for (int a = 0; a < actions; a++) {
          n += model.transitions(s, a).size();
          start[s * actions + a + 1] = n;
        }
      }
      prob = new double[n];
      next = new int[n];
      reward = new double[n];
      terminal = new boolean[n];
      int k = 0;
      for (int s = 0; s < states; s++) {
        for (int a = 0; a < actions; a++) {
          List<Transition> entries = model.transitions(s, a);
          for (Transition t : entries) {
            prob[k] = t.prob();
            next[k] = t.nextState();
            reward[k] = t.reward();
            terminal[k] = t.terminated();
            k++;
          }
        }
      }
    }

    double q(int s, int a, double[] v, double gamma) {
      double sum = 0;
      for (int k = start[s * actions + a], end = start[s * actions + a + 1]; k < end; k++) {
        sum += prob[k] * (reward[k] + (terminal[k] ? 0 : gamma * v[next[k]]));
      }
      return sum;
    }

    int[] greedy(double[] v, double gamma) {
      int[] policy = new int[states];
      for (int s = 0; s < states; s++) {
        int best = 0;
        double bestQ = q(s, 0, v, gamma);
        for (int a = 1; a < actions; a++) {
          double qa = q(s, a, v, gamma);
          if (qa > bestQ) {
            bestQ = qa;
            best = a;
          }
        }
        policy[s] = best;
      }
      return policy;
    }
  }
}

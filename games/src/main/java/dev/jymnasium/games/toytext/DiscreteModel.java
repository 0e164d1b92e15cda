package dev.jymnasium.games.toytext;

import java.util.List;

/**
 * A finite MDP given by its transition table, as Gymnasium's toy-text envs expose it in {@code
 * env.P}: for every state and action the list of possible {@link Transition}s, in the order the env
 * samples them. Implemented by FrozenLake, Taxi and CliffWalking; used by the dynamic-programming
 * helpers in {@code dev.jymnasium.games.toytext.tabular}.
 */
public interface DiscreteModel {
  /** Number of states; states are {@code 0 .. numStates() - 1}. */
  int numStates();

  /** Number of actions; actions are {@code 0 .. numActions() - 1}. */
  int numActions();

  /**
   * The outcomes of {@code action} in {@code state} (Gymnasium's {@code P[state][action]}), an
   * unmodifiable list whose probabilities sum to 1.
   *
   * @throws IndexOutOfBoundsException for a state or action outside the model
   */
  List<Transition> transitions(int state, int action);

  /** The distribution {@code reset} draws the first state from (a copy). */
  double[] initialStateDistribution();

  /**
   * The whole table {@code P[s][a]}: a fresh array holding the same unmodifiable lists as {@link
   * #transitions}.
   */
  @SuppressWarnings("unchecked")
  default List<Transition>[][] transitionTable() {
    List<Transition>[][] table = new List[numStates()][numActions()];
    for (int s = 0; s < table.length; s++) {
      for (int a = 0; a < table[s].length; a++) {
        table[s][a] = transitions(s, a);
      }
    }
    return table;
  }
}

package dev.jymnasium.games.toytext;

import dev.jymnasium.env.rng.NpRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A toy-text env's {@code P[s][a]}, built once with what stepping needs precomputed: each entry
 * list's probabilities for categorical sampling and its {@code {"prob": p}} info maps, shared
 * between entries of equal probability so that steps allocate nothing.
 */
final class TransitionTable {
  /** Builds the entries of one (state, action) pair. */
  @FunctionalInterface
  interface Entries {
    List<Transition> of(int state, int action);
  }

  private final List<Transition>[][] table;
  private final double[][][] probs;
  private final Map<String, Object>[][][] infos;

  @SuppressWarnings("unchecked")
  TransitionTable(int numStates, int numActions, Entries entries) {
    table = new List[numStates][numActions];
    probs = new double[numStates][numActions][];
    infos = new Map[numStates][numActions][];
    Map<Double, Map<String, Object>> infoByProb = new HashMap<>();
    for (int s = 0; s < numStates; s++) {
      for (int a = 0; a < numActions; a++) {
        List<Transition> list = entries.of(s, a);
        table[s][a] = list;
        probs[s][a] = ToyText.probabilities(list);
        infos[s][a] = new Map[list.size()];
        for (int i = 0; i < list.size(); i++) {
          infos[s][a][i] = infoByProb.computeIfAbsent(list.get(i).prob(), p -> Map.of("prob", p));
        }
      }
    }
  }

  /** The entries of (state, action), in Gymnasium's order. */
  List<Transition> transitions(int state, int action) {
    return table[state][action];
  }

  /** Index of the entry drawn for (state, action): one {@code random()} draw, always. */
  int sample(int state, int action, NpRandom rng) {
    return NpRandom.categoricalSample(probs[state][action], rng);
  }

  /** Entry {@code i} of (state, action). */
  Transition entry(int state, int action, int i) {
    return table[state][action].get(i);
  }

  /** The info map {@code {"prob": p}} of entry {@code i} of (state, action). */
  Map<String, Object> info(int state, int action, int i) {
    return infos[state][action][i];
  }
}

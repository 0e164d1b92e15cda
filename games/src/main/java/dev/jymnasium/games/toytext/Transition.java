package dev.jymnasium.games.toytext;

/**
 * One possible outcome of taking an action in a state, an entry of Gymnasium's {@code P[s][a]} list
 * {@code (prob, next_state, reward, terminated)}.
 *
 * @param prob probability of this outcome
 * @param nextState the state the env moves to
 * @param reward the reward of the step
 * @param terminated whether the step ends the episode
 */
public record Transition(double prob, int nextState, double reward, boolean terminated) {}

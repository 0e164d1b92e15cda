package dev.jymnasium.games.toytext.tabular;

/**
 * The result of a dynamic-programming run over a {@code DiscreteModel}.
 *
 * @param values state values {@code V[s]}
 * @param policy the greedy action of every state with respect to {@code values} (lowest action
 *     among ties, as numpy's {@code argmax})
 * @param iterations sweeps performed
 * @param delta the largest value change of the last sweep
 * @param converged whether {@code delta < theta} was reached within the iteration limit
 */
public record TabularSolution(
    double[] values, int[] policy, int iterations, double delta, boolean converged) {}

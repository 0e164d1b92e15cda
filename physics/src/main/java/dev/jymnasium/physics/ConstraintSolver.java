package dev.jymnasium.physics;

/** How a world solves its joints and contacts at each sub-step. */
public enum ConstraintSolver {
  /**
   * Projected Gauss–Seidel with {@link WorldSettings#solverIterations()} sweeps (ODE4J quickStep,
   * JBullet's sequential impulses): cost linear in constraint rows, so it suits piles of many
   * contacts; joints hold only as well as the sweeps converge.
   */
  ITERATIVE,
  /**
   * A direct LCP solve per island (ODE4J {@code world.step}; JBullet has none): joints and contacts
   * solved exactly, no iteration count and no random constraint order, so worlds on different
   * threads never share state. Cost grows with the cube of an island's rows: fastest for
   * articulated robots with a few contacts (Hopper: 1.2 times quickStep at 12 iterations), far
   * slower for piles (boxes-100: 15 steps/s against 600). Less forgiving, too: Walker2d and
   * HalfCheetah blow up under it (joint speeds of 1e6, then NaN) where the iterative solver's
   * softness keeps them calm. Measure before choosing.
   */
  DIRECT
}

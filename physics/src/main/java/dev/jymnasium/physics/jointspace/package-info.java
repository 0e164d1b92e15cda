/**
 * A joint-space simulator with MuJoCo's formulation: generalised coordinates, the composite rigid
 * body algorithm, recursive Newton-Euler, MuJoCo's soft joint limits, its soft pyramidal contacts
 * between capsules and with static planes, and between spheres and static planes (solved with the
 * limits as MuJoCo's convex problem), hinges, slides and a free root, Euler and RK4.
 */
package dev.jymnasium.physics.jointspace;

/**
 * A joint-space simulator with MuJoCo's formulation: generalised coordinates, the composite rigid
 * body algorithm, recursive Newton-Euler, MuJoCo's soft joint limits, its soft pyramidal contacts
 * between capsules, between capsules and cylinders, and between capsules, cylinders or spheres and
 * static planes (solved with the limits as MuJoCo's convex problem), hinges, slides and a free
 * root, MuJoCo's Euler (damping implicit) and RK4.
 */
package dev.jymnasium.physics.jointspace;

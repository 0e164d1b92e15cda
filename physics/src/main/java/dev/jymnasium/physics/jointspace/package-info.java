/**
 * A joint-space simulator with MuJoCo's formulation: generalised coordinates, the composite rigid
 * body algorithm, recursive Newton-Euler, MuJoCo's soft joint limits, its soft pyramidal contacts
 * between capsules, cylinders and static planes (solved with the limits as MuJoCo's convex
 * problem), and MuJoCo's Euler (damping implicit) and RK4.
 */
package dev.jymnasium.physics.jointspace;

/**
 * A joint-space simulator with MuJoCo's formulation for models without contacts: generalised
 * coordinates, the composite rigid body algorithm, recursive Newton-Euler, MuJoCo's soft joint
 * limits and RK4.
 */
package dev.jymnasium.physics.jointspace;

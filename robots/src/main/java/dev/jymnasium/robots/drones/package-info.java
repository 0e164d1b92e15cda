/**
 * Quadrotors re-created from gym-pybullet-drones (utiasDSL, University of Toronto's Dynamic Systems
 * Lab): the cf2x, cf2p and racer airframes from its URDF files, its physics modes, its DSL PID
 * controller and the aviary envs ({@code HoverAviary-v0}, {@code MultiHoverAviary-v0}, {@code
 * CtrlAviary-v0}, {@code VelocityAviary-v0}).
 */
package dev.jymnasium.robots.drones;

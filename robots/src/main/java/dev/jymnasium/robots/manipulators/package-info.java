/**
 * Manipulators: the Franka Emika Panda arm built from primitive shapes ({@link
 * dev.jymnasium.robots.manipulators.PandaModel}), its kinematics ({@link
 * dev.jymnasium.robots.manipulators.PandaKinematics}), its position servos ({@link
 * dev.jymnasium.robots.manipulators.PandaArm}) and the goal-conditioned tasks of panda-gym v3
 * (qgallouedec/panda-gym): Reach, Push, Slide, PickAndPlace, Stack and Flip ({@link
 * dev.jymnasium.robots.manipulators.PandaEnv}). The model is not the task: the arm knows nothing of
 * tables and cubes, and each task only adds its bodies to the world and reads them.
 */
package dev.jymnasium.robots.manipulators;

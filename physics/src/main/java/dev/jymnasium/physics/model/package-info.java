/**
 * Articulated models kept apart from tasks, as MuJoCo keeps the model apart from the task: links,
 * joints in generalized coordinates (qpos, qvel), sites and actuators (motors, position servos,
 * thrusters).
 */
package dev.jymnasium.physics.model;

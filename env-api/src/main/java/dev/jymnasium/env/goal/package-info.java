/**
 * Goal-conditioned envs (Gymnasium-Robotics' {@code GoalEnv}): dict observations with achieved and
 * desired goals and a recomputable reward.
 */
package dev.jymnasium.env.goal;

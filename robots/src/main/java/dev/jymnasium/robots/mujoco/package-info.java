/**
 * Gymnasium's MuJoCo v5 envs (Hopper, Walker2d, HalfCheetah, Ant, Swimmer, the inverted pendulums,
 * Reacher, Pusher) on our physics, with their kwargs, rewards and info.
 */
package dev.jymnasium.robots.mujoco;

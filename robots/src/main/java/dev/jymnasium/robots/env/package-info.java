/**
 * The base of physics envs: {@link dev.jymnasium.robots.env.PhysicsEnv} (one articulated model in a
 * world of the chosen engine), its shared kwargs, camera and scene.
 */
package dev.jymnasium.robots.env;

/**
 * Hindsight differentiable policy optimisation (Alvo, Russo and Kanoria 2023) for the inventory
 * envs: the settings read from an env id, the simulator rolled over fixed demand traces with its
 * pathwise gradient, the order networks and the trained policy.
 */
package dev.jymnasium.baselines.hdpo;

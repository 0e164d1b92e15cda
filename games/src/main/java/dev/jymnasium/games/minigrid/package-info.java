/**
 * Minigrid's grid worlds (Farama-Foundation/Minigrid) with their original ids: the world objects,
 * the seven actions, the agent's egocentric partial view and tile rendering in {@link
 * dev.jymnasium.games.minigrid.MiniGridEnv}, and one class per env family. Grids are generated from
 * the env's numpy-compatible generator with the original's order of draws, so the same seed gives
 * the same grid and the same observations.
 */
package dev.jymnasium.games.minigrid;

/**
 * Minigrid's observation wrappers: the image alone, the fully observable grid, and one flat vector
 * of image and mission.
 */
package dev.jymnasium.games.minigrid.wrappers;

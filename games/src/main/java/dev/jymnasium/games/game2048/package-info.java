/** The sliding-tile puzzle 2048 with the conventions of the popular RL versions. */
package dev.jymnasium.games.game2048;

/**
 * Snake on a grid, with the conventions of the popular accelerated RL versions (Jumanji's {@code
 * Snake}): absolute moves, grid-plane observations, +1 per fruit.
 */
package dev.jymnasium.games.snake;

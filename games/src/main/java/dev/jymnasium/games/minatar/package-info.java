/**
 * MinAtar games (Young and Tian 2019, {@code kenjyoung/MinAtar}): miniature Atari games on a 10 x
 * 10 grid of binary channels, with MinAtar's sticky actions and numpy {@code RandomState} draws.
 */
package dev.jymnasium.games.minatar;

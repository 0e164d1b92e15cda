/**
 * Bit-exact ports of numpy's {@code SeedSequence}, {@code PCG64} and the {@code Generator} draws
 * Gymnasium envs use, so a seed gives Gymnasium's numbers.
 */
package dev.jymnasium.env.rng;

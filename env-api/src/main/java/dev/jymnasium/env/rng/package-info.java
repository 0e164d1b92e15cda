/**
 * Bit-exact ports of numpy's {@code SeedSequence}, {@code PCG64} and the {@code Generator} draws
 * Gymnasium envs use, so a seed gives Gymnasium's numbers, plus numpy's legacy MT19937 {@code
 * RandomState} ({@link dev.jymnasium.env.rng.RandomState}) for envs that draw from it.
 */
package dev.jymnasium.env.rng;

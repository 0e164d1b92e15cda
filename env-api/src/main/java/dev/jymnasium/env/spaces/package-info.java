/**
 * Gymnasium's spaces (Box, Discrete, MultiDiscrete, MultiBinary, Tuple, Dict) with sampling,
 * membership, seeding and flattening.
 */
package dev.jymnasium.env.spaces;
